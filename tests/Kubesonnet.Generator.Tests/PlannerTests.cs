using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The planning stage alone: hand-built documents in, type specs and diagnostics out (no parsing, no driver).</summary>
    public class PlannerTests
    {
        private const string File = "/p/demo.json";

        private static SchemaLocation At(string path) => new SchemaLocation(File, path, 1, 0, 0, 1, 0, 0);

        private static PropertyModel Property(string name, FieldType type, string description = "") =>
            new PropertyModel(name, description, type, At("definitions/x/properties/" + name));

        private static DefinitionModel Definition(string id, FieldType type, params GroupVersionKind[] kinds) =>
            new DefinitionModel(id, "The " + id + ".", type, kinds.ToEquatableArray(), At("definitions/" + id));

        private static FieldType Object(params PropertyModel[] properties) => FieldType.Inline(properties.ToEquatableArray());

        private static Plan Plan(params DefinitionModel[] definitions) => Plan(new[] { Document(definitions) });

        private static Plan Plan(IEnumerable<DocumentModel> documents) => Planner.Create(documents, "Kubesonnet.Api", CancellationToken.None);

        private static DocumentModel Document(params DefinitionModel[] definitions) =>
            new DocumentModel(File, definitions.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);

        private static readonly GroupVersionKind Widget = new GroupVersionKind("demo.example.com", "v1", "Widget");

        [Test]
        public void AKindGetsItsNamespaceSettersGroupsAndMixins()
        {
            Plan plan = Plan(Definition(
                "com.example.demo.v1.Widget",
                Object(
                    Property("apiVersion", FieldType.Simple(ValueKind.String)),
                    Property("kind", FieldType.Simple(ValueKind.String)),
                    Property("status", FieldType.Simple(ValueKind.String)),
                    Property("replicas", FieldType.Simple(ValueKind.Integer, "int32")),
                    Property("tags", FieldType.ArrayOf(FieldType.Simple(ValueKind.String))),
                    Property("spec", Object(Property("namespace", FieldType.Simple(ValueKind.String))))),
                Widget));

            TypeSpec type = plan.Types.Single();
            Assert.That((type.Namespace, type.Name, type.HintName, type.ApiVersion, type.Kind), Is.EqualTo(("Kubesonnet.Api.Demo.V1", "Widget", "Demo.V1.Widget.g.cs", "demo.example.com/v1", "Widget")));

            // apiVersion and kind are New's, status the server's: no members. Arrays get a Mixin; objects a group.
            Assert.That(type.Members.Select(m => m.Kind + " " + m.Name), Is.EqualTo(new[] { "Setter WithReplicas", "Setter WithTags", "Mixin WithTagsMixin", "Group Spec" }));
            Assert.That(type.Members[0].Shape, Is.EqualTo(ValueShape.Of(ShapeKind.Int32)));
            MemberSpec spec = type.Members.Single(m => m.Kind == MemberKind.Group);
            Assert.That(spec.Members.Select(m => m.Name + "(" + m.ParameterName + ") at " + string.Join(".", m.Path)), Is.EqualTo(new[] { "WithNamespace(@namespace) at spec.namespace" }));
            Assert.That(plan.Diagnostics, Is.Empty);
        }

        [Test]
        public void MembersThatMeetAreNumberedAndReported()
        {
            Plan plan = Plan(Definition(
                "com.example.demo.v1.Widget",
                Object(Property("a-b", FieldType.Simple(ValueKind.String)), Property("a_b", FieldType.Simple(ValueKind.String)), Property("new", Object(Property("x", FieldType.Simple(ValueKind.Boolean))))),
                Widget));

            Assert.That(plan.Types.Single().Members.Select(m => m.Name), Is.EqualTo(new[] { "WithAB", "WithAB_", "New_" }));
            Assert.That(plan.Diagnostics.Select(d => d.Id + " " + string.Join(" | ", d.Arguments)), Is.EqualTo(new[]
            {
                "KSN201 definitions/x/properties/a_b | 'definitions/x/properties/a-b' | WithAB | WithAB_",
                "KSN201 definitions/x/properties/new | the member 'New' every generated type has | New | New_",
            }));
        }

        [Test]
        public void TypesThatMeetAreNumberedKindsFirst()
        {
            // The item type's name meets the kind's: the kind keeps it.
            Plan plan = Plan(
                Definition("com.example.demo.v1.Thing-Item", Object(Property("a", FieldType.Simple(ValueKind.String)))),
                Definition("com.example.demo.v1.ThingItem", Object(Property("b", FieldType.Simple(ValueKind.String))), new GroupVersionKind("demo.example.com", "v1", "ThingItem")));

            Assert.That(plan.Types.Select(t => t.DefinitionId + " " + t.Name), Is.EquivalentTo(new[] { "com.example.demo.v1.Thing-Item ThingItem2", "com.example.demo.v1.ThingItem ThingItem" }));
            Assert.That(plan.Diagnostics.Single().Id, Is.EqualTo("KSN201"));
        }

        [Test]
        public void ADanglingReferenceIsFreeFormJsonAndReportedOnce()
        {
            Plan plan = Plan(Definition("com.example.demo.v1.Widget", Object(Property("ref", FieldType.ReferenceTo("com.example.Missing"))), Widget));

            Assert.That(plan.Types.Single().Members.Single().Shape, Is.EqualTo(ValueShape.Of(ShapeKind.Json)));
            Assert.That(plan.Diagnostics.Select(d => d.Id + " " + d.Arguments[1]), Is.EqualTo(new[] { "KSN101 com.example.Missing" }));
        }

        [Test]
        public void AFallbackDocumentStandsInOnlyForWhatIsReferencedAndUndefined()
        {
            DocumentModel fallback = Document(
                Definition("io.example.meta.v1.Labels", Object(Property("name", FieldType.Simple(ValueKind.String)))),
                Definition("io.example.meta.v1.Unused", Object(Property("x", FieldType.Simple(ValueKind.String))))) with { IsFallback = true };
            DocumentModel document = Document(Definition("com.example.demo.v1.Widget", Object(Property("metadata", FieldType.ReferenceTo("io.example.meta.v1.Labels"))), Widget));

            Plan plan = Plan(new[] { document, fallback });

            Assert.That(plan.Types.Select(t => t.Name), Is.EquivalentTo(new[] { "Widget", "Labels" }));
            Assert.That(plan.Types.Single(t => t.Name == "Widget").NewTakesName, Is.True);
            Assert.That(plan.Diagnostics, Is.Empty);

            // Defined by a document, the fallback's definition is not used (and not reported as defined twice).
            DocumentModel own = Document(Definition("io.example.meta.v1.Labels", Object(Property("own", FieldType.Simple(ValueKind.String)))));
            Plan overridden = Plan(new[] { document, own with { FilePath = "/p/meta.json" }, fallback });
            Assert.That(overridden.Types.Single(t => t.Name == "Labels").Members.Select(m => m.Name), Is.EqualTo(new[] { "WithOwn" }));
            Assert.That(overridden.Diagnostics, Is.Empty);
        }
    }
}
