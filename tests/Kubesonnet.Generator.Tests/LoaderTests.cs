using System.IO;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class LoaderTests
    {
        private static DocumentModel LoadCertificates() =>
            SchemaLoader.Load(TestPaths.CertificatesSchema, File.ReadAllText(TestPaths.CertificatesSchema), markedAsSchema: false, CancellationToken.None)!;

        [Test]
        public void ReadsEveryDefinitionOfTheCertificatesSchema()
        {
            DocumentModel document = LoadCertificates();

            Assert.That(document.Diagnostics, Is.Empty);
            Assert.That(document.Definitions.Select(d => d.Id), Is.EqualTo(new[]
            {
                "io.k8s.api.certificates.v1.CertificateSigningRequest",
                "io.k8s.api.certificates.v1.CertificateSigningRequestCondition",
                "io.k8s.api.certificates.v1.CertificateSigningRequestList",
                "io.k8s.api.certificates.v1.CertificateSigningRequestSpec",
                "io.k8s.api.certificates.v1.CertificateSigningRequestStatus",
                "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
                "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta",
                "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry",
                "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference",
                "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
            }));
        }

        [Test]
        public void ReadsADocumentsSchemasAsACrdsAreRead()
        {
            // One reading of the tree for both inputs: additionalProperties true is a map of anything, a reference keeps
            // its id as written, an empty type is none, a document's keywords of another version are taken out (KSN003).
            string text = "{ \"swagger\": \"2.0\", \"definitions\": { \"io.example.v1.Thing\": { \"type\": \"object\", \"properties\": {\n"
                + "  \"labels\": { \"type\": \"object\", \"additionalProperties\": true },\n"
                + "  \"closed\": { \"type\": \"object\", \"additionalProperties\": false },\n"
                + "  \"other\": { \"$ref\": \"#/definitions/io.example.v1.Other~1x\" },\n"
                + "  \"untyped\": { \"type\": \"\", \"properties\": { \"a\": { \"type\": \"string\", \"enum\": [\"x\", \"y\"] } } },\n"
                + "  \"either\": { \"type\": \"string\", \"oneOf\": [ { \"type\": \"integer\" } ] } } } } }";
            DocumentModel document = SchemaLoader.Load("/schemas/thing.json", text, markedAsSchema: true, CancellationToken.None)!;
            PropertyModel Property(string name) => document.Definitions.Single().Type.Properties.Single(p => p.Name == name);

            Assert.That(document.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN003" }));
            Assert.That(document.Diagnostics.Single().Arguments[0], Is.EqualTo("definitions/io.example.v1.Thing/properties/either/oneOf"));
            Assert.That((Property("labels").Type.Kind, Property("labels").Type.Element?.Kind), Is.EqualTo((ValueKind.Map, (ValueKind?)ValueKind.Json)));
            Assert.That(Property("closed").Type.Kind, Is.EqualTo(ValueKind.Json));
            Assert.That(Property("other").Type.Reference, Is.EqualTo("io.example.v1.Other~1x"));
            Assert.That(Property("untyped").Type.Kind, Is.EqualTo(ValueKind.InlineObject));
            Assert.That(Property("untyped").Type.Properties.Single().EnumValues, Is.EqualTo(new[] { "x", "y" }));
            Assert.That(Property("either").Type.Kind, Is.EqualTo(ValueKind.String));
        }

        [Test]
        public void AnEnumValueWithARefKeyIsAValueNotAReference()
        {
            string text = "{ \"swagger\": \"2.0\", \"definitions\": { \"io.example.v1.Thing\": { \"type\": \"object\", \"properties\": {\n"
                + "  \"p\": { \"type\": \"object\", \"enum\": [ { \"$ref\": \"#/definitions/io.example.v1.Thing\" } ] } } } } }";
            DocumentModel document = SchemaLoader.Load("/schemas/thing.json", text, markedAsSchema: true, CancellationToken.None)!;
            string table = document.Definitions.Single().Constraints;

            Assert.That(document.Diagnostics, Is.Empty);
            Assert.That(table, Does.Not.Contain(ConstraintText.ReferencePrefix));
            Assert.That(ConstraintText.ReplaceReferences(table, _ => "{}"), Is.SameAs(table), "no reference to resolve");

            // The runtime reads the value back as it was written.
            var schema = Kubesonnet.Validation.ValidationSchema.Parse(table);
            Assert.That(schema.Validate(Kubesonnet.Patch.FromJson("{ \"p\": { \"$ref\": \"#/definitions/io.example.v1.Thing\" } }")), Is.Empty);
            Assert.That(schema.Validate(Kubesonnet.Patch.FromJson("{ \"p\": { \"$ref\": \"other\" } }")), Has.Count.EqualTo(1));
        }

        [Test]
        public void KeepsTheDescriptionWrittenBesideARef()
        {
            DefinitionModel objectMeta = LoadCertificates().Definitions.Single(d => d.Id.EndsWith(".ObjectMeta", System.StringComparison.Ordinal));
            PropertyModel creationTimestamp = objectMeta.Type.Properties.Single(p => p.Name == "creationTimestamp");

            Assert.That(creationTimestamp.Type.Kind, Is.EqualTo(ValueKind.Reference));
            Assert.That(creationTimestamp.Type.Reference, Is.EqualTo("io.k8s.apimachinery.pkg.apis.meta.v1.Time"));
            Assert.That(creationTimestamp.Description, Does.StartWith("Time is a wrapper around time.Time"));
        }

        [Test]
        public void ReadsTheKindsAndTheirGroupVersion()
        {
            DefinitionModel csr = LoadCertificates().Definitions.Single(d => d.Id.EndsWith(".CertificateSigningRequest", System.StringComparison.Ordinal));

            Assert.That(csr.Kinds, Is.EqualTo(new[] { new GroupVersionKind("certificates.k8s.io", "v1", "CertificateSigningRequest") }));
            Assert.That(csr.Kinds[0].ApiVersion, Is.EqualTo("certificates.k8s.io/v1"));
        }

        [Test]
        public void IgnoresJsonThatIsNotASchemaUnlessMarked()
        {
            Assert.That(SchemaLoader.Load("appsettings.json", "{ \"Logging\": { \"LogLevel\": \"Information\" } }", markedAsSchema: false, CancellationToken.None), Is.Null);
            DocumentModel marked = SchemaLoader.Load("appsettings.json", "{ \"Logging\": { } }", markedAsSchema: true, CancellationToken.None)!;
            Assert.That(marked.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN002" }));
        }

        [Test]
        public void ReportsInvalidJsonWithItsLine()
        {
            DocumentModel document = SchemaLoader.Load("broken.json", "{\n  \"swagger\": \"2.0\",\n  \"definitions\": {\n    \"a\": [\n}", markedAsSchema: true, CancellationToken.None)!;

            DiagnosticInfo diagnostic = document.Diagnostics.Single();
            Assert.That(diagnostic.Id, Is.EqualTo("KSN001"));
            Assert.That(diagnostic.Location!.FilePath, Is.EqualTo("broken.json"));
            Assert.That(diagnostic.Location.StartLine, Is.GreaterThanOrEqualTo(3));
        }
    }
}
