using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Issue 12: one type per shape, names for what a type is, stable names, kinds that keep their names.</summary>
    public class ShapeSharingTests
    {
        /// <summary>A container-like item: controller-gen's description names its Go type.</summary>
        private const string Container = """
            type: object
            description: Container is a single application container.
            properties:
              name: {type: string}
              image: {type: string}
              ports:
                type: array
                items:
                  type: object
                  description: ContainerPort represents a network port in a single container.
                  properties:
                    containerPort: {type: integer, format: int32}
                    protocol: {type: string}
            """;

        private static string Crd(string group, string kind, string plural, string[] versions, string specProperties) =>
            "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: " + plural + "." + group + "\nspec:\n  group: " + group
            + "\n  scope: Namespaced\n  names: {plural: " + plural + ", kind: " + kind + "}\n  versions:\n"
            + string.Concat(versions.Select(v =>
                "    - name: " + v + "\n      served: true\n      storage: " + (v == versions[0] ? "true" : "false") + "\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              properties:\n"
                + specProperties))
            + "---\n";

        private static string Items(string field, string itemSchema) =>
            "                " + field + ":\n                  type: array\n                  items:\n" + Indent(itemSchema, 20);

        private static string Indent(string text, int spaces) =>
            string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(line => new string(' ', spaces) + line + "\n"));

        private static (Dictionary<string, string> Sources, Compilation Output, Diagnostic[] Diagnostics) Run(params (string Path, string Text)[] files)
        {
            var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Texts(files));
            Assert.That(result.Results.Single().Exception, Is.Null);
            return (result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), output, diagnostics.ToArray());
        }

        /// <summary>The parameters of a type's methods of one name, its base types' included (a group derives its setters).</summary>
        private static string[] Parameters(Compilation output, string type, string method)
        {
            var result = new List<string>();
            for (INamedTypeSymbol? t = output.GetTypeByMetadataName(type); t != null && result.Count == 0; t = t.BaseType)
            {
                result.AddRange(t.GetMembers(method).OfType<IMethodSymbol>().SelectMany(m => m.Parameters.Select(p => (p.IsParams ? "params " : string.Empty) + p.Type.ToDisplayString())));
            }

            return result.ToArray();
        }

        private static IEnumerable<string> TypeNames(Dictionary<string, string> sources) => sources.Keys.Where(k => !k.StartsWith("Meta.", StringComparison.Ordinal));

        [Test]
        public void IdenticalShapesAreOneTypeWithinACrdAcrossItsVersionsAndAcrossCrds()
        {
            string pods = Crd("apps.example.com", "Runner", "runners", new[] { "v1", "v1beta1" }, Items("containers", Container) + Items("initContainers", Container));
            string jobs = Crd("apps.example.com", "Batch", "batches", new[] { "v1" }, Items("containers", Container));

            var (sources, output, diagnostics) = Run(("/crds/runners.yaml", pods), ("/crds/batches.yaml", jobs));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            Assert.That(TypeNames(sources).OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Apps.V1.Batch.g.cs",
                "Apps.V1.Container.g.cs",
                "Apps.V1.ContainerPort.g.cs",
                "Apps.V1.Runner.g.cs",
                "Apps.V1.RunnerSpec.g.cs",
                "Apps.V1beta1.Runner.g.cs",
            }), "Runner's spec is the same in both versions: one type, named for the kind");
            string[] one = { "params Kubesonnet.Api.Apps.V1.Container[]", "System.Collections.Generic.IEnumerable<Kubesonnet.Api.Apps.V1.Container>" };
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1.Runner+Spec", "WithContainers"), Is.EquivalentTo(one));
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1.Runner+Spec", "WithInitContainers"), Is.EquivalentTo(one));
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1beta1.Runner+Spec", "WithContainers"), Is.EquivalentTo(one), "across versions");
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1.Batch+Spec", "WithContainers"), Is.EquivalentTo(one), "across CRDs");
        }

        /// <summary>The constraint table a generated file's <c>ValidationSchema</c> parses.</summary>
        private static string Table(Dictionary<string, string> sources, string file)
        {
            string text = sources[file];
            int at = text.IndexOf("\"\"\"", text.IndexOf("ValidationSchema.Parse(", StringComparison.Ordinal), StringComparison.Ordinal) + 3;
            return text.Substring(at, text.IndexOf("\"\"\"", at, StringComparison.Ordinal) - at);
        }

        [Test]
        public void ATableRefersToASharedTypesTableWhereTheConstraintsAreTheSame()
        {
            string bounded = Container.Replace("name: {type: string}", "name: {type: string, minLength: 1}", StringComparison.Ordinal);
            string sidecar = "                sidecar:\n" + Indent(bounded, 18);
            string crd = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", bounded) + sidecar);

            var (sources, _, diagnostics) = Run(("/crds/runners.yaml", crd));

            // The item's and the object field's tables are the same: both refer to Container's, which has them once.
            Assert.That(diagnostics, Is.Empty);
            string runner = Table(sources, "Apps.V1.Runner.g.cs");
            Assert.That(runner, Does.Contain("\"containers\":{\"type\":\"array\",\"items\":{\"$ref\":0}}").And.Contain("\"sidecar\":{\"$ref\":0}"));
            Assert.That(runner, Does.Not.Contain("minLength"));
            Assert.That(Table(sources, "Apps.V1.Container.g.cs"), Does.Contain("\"minLength\":1").And.Contain("\"ports\":{\"type\":\"array\",\"items\":{\"$ref\":0}}"));

            // Another bound on one of them: the same type, but each table keeps its own constraints inline.
            string other = sidecar.Replace("minLength: 1", "minLength: 2", StringComparison.Ordinal);
            crd = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", bounded) + other);

            (sources, _, diagnostics) = Run(("/crds/runners.yaml", crd));

            Assert.That(diagnostics, Is.Empty);
            runner = Table(sources, "Apps.V1.Runner.g.cs");
            Assert.That(runner, Does.Contain("\"minLength\":1").And.Contain("\"minLength\":2"));
            Assert.That(Table(sources, "Apps.V1.Container.g.cs"), Is.EqualTo("{}"));
        }

        [Test]
        public void AShapeWithOneFieldMoreIsATypeOfItsOwn()
        {
            string wider = Container.Replace("  image: {type: string}\n", "  image: {type: string}\n  command: {type: string}\n", StringComparison.Ordinal);
            Assert.That(wider, Is.Not.EqualTo(Container));
            string crd = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", Container) + Items("sidecars", wider));

            var (sources, output, diagnostics) = Run(("/crds/runners.yaml", crd));

            // Both say "Container is…": different shapes, so the one whose field is containers keeps the name.
            Assert.That(diagnostics, Is.Empty);
            Assert.That(TypeNames(sources).OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Apps.V1.Container.g.cs",
                "Apps.V1.ContainerPort.g.cs",
                "Apps.V1.Runner.g.cs",
                "Apps.V1.Sidecar.g.cs",
            }));
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Apps.V1.Sidecar")!.GetMembers("WithCommand"), Is.Not.Empty);
        }

        [Test]
        public void AnOpenApiDefinitionOfExactlyTheSameShapeIsUsedAndOneWithMoreFieldsIsNot()
        {
            const string Document = """
                {
                  "swagger": "2.0",
                  "info": { "title": "Kubernetes", "version": "v1.21.2" },
                  "paths": {},
                  "definitions": {
                    "io.k8s.api.core.v1.ContainerPort": {
                      "description": "ContainerPort represents a network port in a single container.",
                      "type": "object",
                      "properties": {
                        "containerPort": { "type": "integer", "format": "int32", "description": "Number of port to expose." },
                        "protocol": { "type": "string", "description": "Protocol for port." }
                      }
                    },
                    "io.k8s.api.core.v1.Wide": {
                      "description": "Wide has a field more than Runner's containers.",
                      "type": "object",
                      "properties": {
                        "name": { "type": "string" },
                        "image": { "type": "string" },
                        "ports": { "type": "array", "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort" } },
                        "extra": { "type": "string" }
                      }
                    }
                  }
                }
                """;
            string crd = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", Container));

            var (sources, output, diagnostics) = Run(("/schema/core.json", Document), ("/crds/runners.yaml", crd));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1.Container", "WithPorts"), Does.Contain("params Kubesonnet.Api.Core.V1.ContainerPort[]"), "exactly the same shape: the document's type");
            Assert.That(sources.Keys, Does.Not.Contain("Apps.V1.ContainerPort.g.cs"));
            Assert.That(Parameters(output, "Kubesonnet.Api.Apps.V1.Runner+Spec", "WithContainers"), Does.Contain("params Kubesonnet.Api.Apps.V1.Container[]"), "Wide has a field more: not used");
        }

        [Test]
        public void AddingAFieldElsewhereRenamesNoExistingType()
        {
            const string Selector = """
                type: object
                properties:
                  key: {type: string}
                  values: {type: array, items: {type: string}}
                """;
            string before = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", Container) + Items("selectors", Selector));
            string after = Crd(
                "apps.example.com",
                "Runner",
                "runners",
                new[] { "v1" },
                Items("containers", Container.Replace("  image: {type: string}\n", "  image: {type: string}\n  workingDir: {type: string}\n", StringComparison.Ordinal))
                + Items("selectors", Selector)
                + Items("volumes", "type: object\nproperties:\n  name: {type: string}\n  claim: {type: object, properties: {claimName: {type: string}}}\n")
                + "                strategy:\n                  type: object\n                  properties:\n                    rollingUpdate: {type: object, properties: {maxSurge: {type: integer}}}\n");

            IEnumerable<string> namesBefore = TypeNames(Run(("/crds/runners.yaml", before)).Sources);
            var (sources, output, diagnostics) = Run(("/crds/runners.yaml", after));

            Assert.That(namesBefore, Is.EquivalentTo(new[] { "Apps.V1.Container.g.cs", "Apps.V1.ContainerPort.g.cs", "Apps.V1.Runner.g.cs", "Apps.V1.Selector.g.cs" }));
            Assert.That(TypeNames(sources), Is.SupersetOf(namesBefore), "every type keeps its name, also the one that got a field");
            Assert.That(TypeNames(sources), Does.Contain("Apps.V1.Volume.g.cs"));
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Apps.V1.Container")!.GetMembers("WithWorkingDir"), Is.Not.Empty);
            Assert.That(diagnostics, Is.Empty);
        }

        [Test]
        public void AKindKeepsItsNameWhenAnItemTypeOfItsNamespaceWantsIt()
        {
            // Container is a kind here, and another CRD of the group has items whose description names the Go type Container.
            string kind = Crd("apps.example.com", "Container", "containers", new[] { "v1" }, "                image: {type: string}\n");
            string runner = Crd("apps.example.com", "Runner", "runners", new[] { "v1" }, Items("containers", Container));

            var (sources, output, diagnostics) = Run(("/crds/containers.yaml", kind), ("/crds/runners.yaml", runner));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            INamedTypeSymbol container = output.GetTypeByMetadataName("Kubesonnet.Api.Apps.V1.Container")!;
            Assert.That(container.GetMembers("New"), Is.Not.Empty, "the kind has the name");
            string items = Parameters(output, "Kubesonnet.Api.Apps.V1.Runner+Spec", "WithContainers").First();
            Assert.That(items, Does.Not.Contain(".Container[]").And.Not.Match("[0-9]\\[\\]$"), "the item type has another name, not a number");
        }

        [Test]
        public void AKindNamedAsItsGroupsFirstLabelKeepsItsName()
        {
            string crd = Crd("gateway.networking.k8s.io", "Gateway", "gateways", new[] { "v1" }, "                gatewayClassName: {type: string}\n");

            var (sources, output, diagnostics) = Run(("/crds/gateways.yaml", crd));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            Assert.That(sources.Keys, Does.Contain("Gateway.V1.Gateway.g.cs"));
            INamedTypeSymbol gateway = output.GetTypeByMetadataName("Kubesonnet.Api.Gateway.V1.Gateway")!;
            Assert.That(gateway, Is.Not.Null);
            Assert.That(gateway.GetMembers("New"), Is.Not.Empty);

            // A user's code reads it as the issue writes it.
            var client = output.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
                "using Kubesonnet.Api.Gateway.V1;\nnamespace App { internal static class Use { internal static string Make() => (Gateway.New(\"web\") + Gateway.Spec.WithGatewayClassName(\"istio\")).ToJson(); } }",
                GeneratorHarness.ParseOptions));
            Assert.That(client.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
        }
    }
}
