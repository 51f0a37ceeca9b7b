using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The real Kubernetes v1.21.2 document (618 definitions), read from ../shared or KUBESONNET_OPENAPI.</summary>
    public class KubernetesDocumentTests
    {
        // One generator run and compilation (about ten seconds) serves every test here.
        private static readonly System.Lazy<(GeneratorRunResult Run, Compilation Output, Diagnostic[] Diagnostics)> s_run = new(() =>
        {
            var text = new GeneratorHarness.InMemoryText(TestPaths.KubernetesOpenApi, File.ReadAllText(TestPaths.KubernetesOpenApi));
            var (result, output, diagnostics) = GeneratorHarness.Run(text);
            return (result.Results.Single(), output, diagnostics.ToArray());
        });

        private static (GeneratorRunResult Run, Compilation Output, Diagnostic[] Diagnostics) RunOnDocument()
        {
            Kubesonnet.Testing.SharedData.RequireFile(TestPaths.KubernetesOpenApi, "Kubernetes' OpenAPI document");

            return s_run.Value;
        }

        [Test]
        public void WholeDocumentCompilesWithNoWarningsAndTheCountsArePinned()
        {
            var (run, output, diagnostics) = RunOnDocument();

            Assert.That(run.Exception, Is.Null);
            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);

            // Pinned so that a change in what is generated shows here first: update on purpose, with the reason.
            var trees = run.GeneratedSources.Select(s => s.SyntaxTree.GetRoot()).ToArray();
            int types = run.GeneratedSources.Length;
            int settersClasses = trees.Sum(t => t.DescendantNodes().OfType<ClassDeclarationSyntax>().Count(c => c.Identifier.ValueText == "Setters"));
            int methods = trees.Sum(t => t.DescendantNodes().OfType<MethodDeclarationSyntax>().Count(m => m.Modifiers.Any(SyntaxKind.PublicKeyword) && m.Modifiers.Any(SyntaxKind.StaticKeyword)));
            long characters = run.GeneratedSources.Sum(s => (long)s.SourceText.Length);
            TestContext.Out.WriteLine($"{types} types, {settersClasses} shared Setters classes, {methods} public static methods, {characters / 1024} KiB");
            // Issue 13: 22 more files (k8s-libsonnet's helpers, beside their kinds) and more methods (map entries, whole
            // builders of groups, merges by key, maps, the helpers): 601 types in 623 files; 4498 methods before.
            Assert.That((types, settersClasses, methods), Is.EqualTo((623, 269, 6807)));
        }

        [Test]
        public void TheShapesIssue3AsksForExist()
        {
            var (_, output, _) = RunOnDocument();
            string[] expected =
            {
                "Kubesonnet.Api.Core.V1.Pod",
                "Kubesonnet.Api.Core.V1.Event",
                "Kubesonnet.Api.Events.V1.Event",
                "Kubesonnet.Api.Apps.V1.Deployment",
                "Kubesonnet.Api.Rbac.V1.ClusterRole",
                "Kubesonnet.Api.Apiextensions.V1.CustomResourceDefinition",
                "Kubesonnet.Api.Apiextensions.V1.JSONSchemaProps",
                "Kubesonnet.Api.Apiregistration.V1.APIService",
                "Kubesonnet.Api.Meta.V1.ObjectMeta",
            };
            Assert.That(expected.Where(name => output.GetTypeByMetadataName(name) == null), Is.Empty);

            // Deployment.Spec.Template.Spec.WithContainers: four levels down, through shared setters.
            INamedTypeSymbol deployment = output.GetTypeByMetadataName("Kubesonnet.Api.Apps.V1.Deployment")!;
            INamedTypeSymbol podSpec = Nested(Nested(Nested(deployment, "Spec"), "Template"), "Spec");
            Assert.That(AllMembers(podSpec, "WithContainers"), Is.Not.Empty);

            // IntOrString takes int and string; JSONSchemaProps' recursion ends in a setter taking JSONSchemaProps.
            INamedTypeSymbol rollingUpdate = Nested(Nested(Nested(deployment, "Spec"), "Strategy"), "RollingUpdate");
            Assert.That(AllMembers(rollingUpdate, "WithMaxSurge").Select(m => m.Parameters.Single().Type.ToDisplayString()), Is.EquivalentTo(new[] { "int", "string" }));
            INamedTypeSymbol props = output.GetTypeByMetadataName("Kubesonnet.Api.Apiextensions.V1.JSONSchemaProps")!;
            Assert.That(props.GetMembers("WithNot").OfType<IMethodSymbol>().Single().Parameters.Single().Type.Name, Is.EqualTo("JSONSchemaProps"));
            Assert.That(props.GetMembers("WithRef"), Is.Not.Empty, "$ref");
            Assert.That(props.GetMembers("WithXKubernetesIntOrString"), Is.Not.Empty, "x-kubernetes-int-or-string");
        }

        /// <summary>A group class as a user reaches it (<c>Deployment.Spec</c>): declared in the type or inherited from shared setters.</summary>
        private static INamedTypeSymbol Nested(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
            {
                if (t.GetTypeMembers(name).FirstOrDefault() is { } nested)
                {
                    return nested;
                }
            }

            Assert.Fail(type.ToDisplayString() + " has no group " + name);
            return null!;
        }

        private static IMethodSymbol[] AllMembers(INamedTypeSymbol type, string name)
        {
            var result = new System.Collections.Generic.List<IMethodSymbol>();
            for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
            {
                result.AddRange(t.GetMembers(name).OfType<IMethodSymbol>());
            }

            return result.ToArray();
        }
    }
}
