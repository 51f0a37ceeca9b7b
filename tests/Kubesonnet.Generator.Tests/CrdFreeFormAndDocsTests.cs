using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Issue 12, point 5: Mixins on free-form values, and hard-wrapped CRD descriptions unwrapped into paragraphs.</summary>
    public class CrdFreeFormAndDocsTests
    {
        private const string Release = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: releases.helm.example.com}
            spec:
              group: helm.example.com
              scope: Namespaced
              names: {plural: releases, kind: Release}
              versions:
                - name: v2
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          properties:
                            values:
                              description: |-
                                Values holds the values for this Helm release, merged over
                                the chart's own values and the ones of
                                valuesFrom.

                                A second paragraph, after a blank line:
                                - a list item stays on its line
                                - and so does this one
                              x-kubernetes-preserve-unknown-fields: true
            """;

        [Test]
        public void AnUntypedFreeFormFieldGetsAMixinOfJsonNode()
        {
            var (_, output, diagnostics) = GeneratorHarness.Run(new GeneratorHarness.InMemoryText("/crds/release.yaml", Release));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            INamedTypeSymbol spec = output.GetTypeByMetadataName("Kubesonnet.Api.Helm.V2.Release+Spec")!;
            IMethodSymbol mixin = spec.GetMembers("WithValuesMixin").OfType<IMethodSymbol>().Single();
            Assert.That(mixin.Parameters.Single().Type.ToDisplayString(), Is.EqualTo("System.Text.Json.Nodes.JsonNode?"));
        }

        [Test]
        public void AHardWrappedDescriptionIsUnwrappedIntoParagraphs()
        {
            var (result, _, _) = GeneratorHarness.Run(new GeneratorHarness.InMemoryText("/crds/release.yaml", Release));
            string source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Helm.V2.Release.g.cs").SourceText.ToString();
            string flat = string.Join(" ", source.Split('\n').Select(l => l.Trim().TrimStart('/').Trim()));

            Assert.That(flat, Does.Contain("<para>Values holds the values for this Helm release, merged over the chart's own values and the ones of valuesFrom.</para>"));
            Assert.That(flat, Does.Contain("<para>A second paragraph, after a blank line:<br/> - a list item stays on its line<br/> - and so does this one"));
        }
    }
}
