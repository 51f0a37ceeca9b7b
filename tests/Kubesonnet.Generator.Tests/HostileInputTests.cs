using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Schema text must never become code: names and descriptions built to break out of their place.</summary>
    public class HostileInputTests
    {
        private static readonly string[] s_names =
        {
            "class", "a\"b", "1x", "$ref", "x-y.z/w", "back\\slash", "new", "toJson", "Thing", "line\u2028break", "ünïcode", "Class",
        };

        private static string Schema()
        {
            const string Description = "Ends */ and </summary> <inject/> & \\n#error injected\\n}} class Injected {} \\u2028 public void M(){} \\u0000 end";
            string properties = string.Join(",\n", s_names.Select(n => "\"" + n.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\u2028") + "\": { \"type\": \"string\", \"description\": \"" + Description + "\" }"));
            return "{ \"swagger\": \"2.0\", \"info\": { \"title\": \"t\", \"version\": \"1\" }, \"paths\": {}, \"definitions\": {\n"
                + "\"io.example.api.demo.v1.Thing\": { \"type\": \"object\", \"description\": \"" + Description + "\",\n"
                + "\"x-kubernetes-group-version-kind\": [ { \"group\": \"demo.example.io\", \"version\": \"v1\", \"kind\": \"Th\\\"ing\" } ],\n"
                + "\"properties\": {\n" + properties + "\n} } } }";
        }

        [Test]
        public void HostileNamesAndDescriptionsCompileAndKeepTheirWireNames()
        {
            var (result, output, _) = GeneratorHarness.Run(new GeneratorHarness.InMemoryText("/hostile.json", Schema()));
            GeneratorRunResult run = result.Results.Single();

            Assert.That(run.Exception, Is.Null);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            SyntaxTree tree = run.GeneratedSources.Single().SyntaxTree;
            CompilationUnitSyntax root = (CompilationUnitSyntax)tree.GetRoot();

            // One type, no other declared types or members than what the generator writes.
            Assert.That(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText), Is.EqualTo(new[] { "Thing" }));
            Assert.That(root.DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText), Has.None.EqualTo("M"));
            Assert.That(root.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia)), Is.False);

            // The names on the wire are the schema's own.
            // Paths are `new PatchPath("a", …)` in the type and `TAt.Path.Append("a")` in its shared Setters class.
            var wireNames = root.DescendantNodes().OfType<ArgumentListSyntax>()
                .Where(a => a.Parent is ObjectCreationExpressionSyntax c && c.Type.ToString().EndsWith("PatchPath", System.StringComparison.Ordinal)
                    || a.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Append" } })
                .SelectMany(a => a.Arguments)
                .Select(arg => (string)((LiteralExpressionSyntax)arg.Expression).Token.Value!)
                .ToHashSet();
            // (A kind without metadata.name gets New() writing apiVersion and kind.)
            Assert.That(wireNames, Is.EquivalentTo(s_names.Append("apiVersion").Append("kind")));

            // The kind's string constant is exact too.
            var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.Value as string).ToList();
            Assert.That(literals, Does.Contain("Th\"ing"));
            Assert.That(literals, Does.Contain("demo.example.io/v1"));
        }

        [Test]
        public void CollidingNamesAreRenamedWithADiagnostic()
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(new GeneratorHarness.InMemoryText("/hostile.json", Schema()));

            // "class" and "Class" both make WithClass; "Thing" makes WithThing (no collision); "new" stays a setter.
            Assert.That(diagnostics.Select(d => d.Id), Does.Contain("KSN201"), string.Join("\n", diagnostics));
            Diagnostic collision = diagnostics.First(d => d.Id == "KSN201");
            Assert.That(collision.Location.GetLineSpan().Path, Is.EqualTo("/hostile.json"));
            var methods = result.Results.Single().GeneratedSources.Single().SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToHashSet();
            Assert.That(methods, Is.SupersetOf(new[] { "WithClass", "WithClass_", "WithRef", "With1x", "WithXYZW", "WithNew", "WithToJson" }));
        }
    }
}
