using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Two promises of README's "Custom resources": <c>apiextensions.k8s.io/v1beta1</c> CRDs are read (<c>spec.version</c>,
    /// <c>spec.validation</c>), and an OpenAPI document that refers to the meta definitions without defining them gets
    /// the generator's built-in ones. Each output is compiled with code that uses it.
    /// </summary>
    public class InputFormTests
    {
        private const string V1beta1Single = """
            apiVersion: apiextensions.k8s.io/v1beta1
            kind: CustomResourceDefinition
            metadata: { name: gadgets.stable.example.com }
            spec:
              group: stable.example.com
              version: v2
              scope: Cluster
              names: { kind: Gadget, plural: gadgets }
              validation:
                openAPIV3Schema:
                  type: object
                  description: A gadget.
                  properties:
                    spec:
                      type: object
                      properties:
                        size: { type: integer, description: How big. }
                        colors: { type: array, items: { type: string } }
            """;

        private const string V1beta1Versions = """
            apiVersion: apiextensions.k8s.io/v1beta1
            kind: CustomResourceDefinition
            metadata: { name: widgets.stable.example.com }
            spec:
              group: stable.example.com
              names: { kind: Widget, plural: widgets }
              versions:
                - { name: v1alpha1, served: true, storage: false }
                - { name: v1, served: true, storage: true }
                - { name: v0, served: false, storage: false }
              validation:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        replicas: { type: integer, format: int32 }
            """;

        [Test]
        public void AV1beta1CrdWithSpecVersionAndSpecValidationIsGenerated()
        {
            var (sources, errors, diagnostics) = Generate(
                new[] { ("/crds/gadget.yaml", V1beta1Single) },
                """
                using Kubesonnet.Api.Stable.V2;
                static class Use
                {
                    static string M() => (Gadget.New("g") + Gadget.Spec.WithSize(3) + Gadget.Spec.WithColorsMixin("red")).ToJson();
                }
                """);

            Assert.That(diagnostics, Is.Empty);
            Assert.That(sources.Keys.Where(k => k.StartsWith("Stable.", StringComparison.Ordinal)), Is.EqualTo(new[] { "Stable.V2.Gadget.g.cs" }));
            string gadget = sources["Stable.V2.Gadget.g.cs"];
            Assert.That(gadget, Does.Contain("\"stable.example.com/v2\"").And.Contain("\"Gadget\"").And.Contain("(cluster-scoped)").And.Contain("How big."));
            Assert.That(errors, Is.Empty);
        }

        [Test]
        public void AV1beta1CrdWithVersionsTakesTheSharedValidationForEachServedVersion()
        {
            var (sources, errors, diagnostics) = Generate(
                new[] { ("/crds/widget.yaml", V1beta1Versions) },
                """
                static class Use
                {
                    static string M() =>
                        (Kubesonnet.Api.Stable.V1.Widget.New("a") + Kubesonnet.Api.Stable.V1.Widget.Spec.WithReplicas(2)).ToJson()
                        + (Kubesonnet.Api.Stable.V1alpha1.Widget.New("b") + Kubesonnet.Api.Stable.V1alpha1.Widget.Spec.WithReplicas(1)).ToJson();
                }
                """);

            Assert.That(diagnostics, Is.Empty);
            Assert.That(
                sources.Keys.Where(k => k.StartsWith("Stable.", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal),
                Is.EqualTo(new[] { "Stable.V1.Widget.g.cs", "Stable.V1.WidgetSpec.g.cs", "Stable.V1alpha1.Widget.g.cs" }),
                "v0 is not served (the spec, one shape in both served versions, is one type: WidgetSpec)");
            Assert.That(errors, Is.Empty);
        }

        [Test]
        public void AnOpenApiDocumentWithoutTheMetaDefinitionsGetsTheBuiltInOnes()
        {
            // A kind whose metadata refers to ObjectMeta, which the document does not define.
            string document = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Box\": { \"type\": \"object\", \"description\": \"A box.\","
                + " \"x-kubernetes-group-version-kind\": [ { \"group\": \"demo.example.io\", \"version\": \"v1\", \"kind\": \"Box\" } ],"
                + " \"properties\": { \"metadata\": { \"$ref\": \"#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta\" },"
                + " \"spec\": { \"type\": \"object\", \"properties\": { \"size\": { \"type\": \"integer\" } } } } }");

            var (sources, errors, diagnostics) = Generate(
                new[] { ("/schemas/box.json", document) },
                """
                using Kubesonnet.Api.Demo.V1;
                using Kubesonnet.Api.Meta.V1;
                static class Use
                {
                    static string M() =>
                        (Box.New("b") + Box.Metadata.WithLabels(new System.Collections.Generic.Dictionary<string, string> { ["a"] = "1" })
                            + Box.Metadata.WithOwnerReferences(OwnerReference.WithName("o")) + Box.Spec.WithSize(1)).ToJson();
                }
                """);

            Assert.That(diagnostics, Is.Empty, "no KSN101: the references resolve to the built-in definitions");
            Assert.That(sources.Keys.Where(k => k.StartsWith("Meta.V1.", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Meta.V1.ManagedFieldsEntry.g.cs",
                "Meta.V1.ObjectMeta.g.cs",
                "Meta.V1.OwnerReference.g.cs",
            }));
            Assert.That(sources["Meta.V1.ObjectMeta.g.cs"], Does.Contain("of built-in meta.v1.json."));
            Assert.That(errors, Is.Empty);
        }

        [Test]
        public void WithoutAReferenceNoBuiltInDefinitionIsGenerated()
        {
            var (sources, errors, diagnostics) = Generate(new[] { ("/schemas/good.json", HostileHarness.Swagger(string.Empty)) }, "static class Use { }");

            Assert.That(diagnostics, Is.Empty);
            Assert.That(sources.Keys, Is.EqualTo(new[] { "Demo.V1.Good.g.cs" }));
            Assert.That(errors, Is.Empty);
        }

        /// <summary>Runs the generator over <paramref name="files"/> and compiles its output with <paramref name="use"/>.</summary>
        private static (Dictionary<string, string> Sources, string[] Errors, Diagnostic[] Diagnostics) Generate((string Path, string Text)[] files, string use)
        {
            AdditionalText[] texts = GeneratorHarness.Texts(files);
            var (result, output, diagnostics) = GeneratorHarness.Run(texts, sources: new[] { use });
            GeneratorRunResult run = result.Results.Single();
            Assert.That(run.Exception, Is.Null);
            string[] errors = GeneratorHarness.CompilerProblems(output).Select(d => d.ToString()).ToArray();
            return (GeneratorHarness.Sources(result), errors, diagnostics.ToArray());
        }
    }
}
