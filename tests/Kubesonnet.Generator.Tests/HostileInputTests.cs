using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kubesonnet.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Schema text must never become code: a schema built to inject a type, a member or a directive through each
    /// place text goes (descriptions, property names, group/version/kind, definition ids, string constants) compiles
    /// to exactly the types and members the generator writes, and every name on the wire is the schema's own.
    /// </summary>
    public class HostileInputTests
    {
        private const string Injection = "*/ </summary> <inject/> & \n#error injected\n}} class Injected {} public void M(){} ";

        /// <summary>Descriptions that try to end the comment, the XML, the line, or to hide text (bidi, NUL).</summary>
        private const string Description =
            "Ends " + Injection + "\u2028#error ls\u2029#error ps\u0085#error nel\r#error cr\r\n#error crlf\u0000 nul "
            + "<![CDATA[ x ]]> <!-- c --> /// <summary>x</summary> \u202Eevil\u202C \"quoted\" \\ back **bold** ** * &amp; &#x3c; end";

        /// <summary>Property names of every awkward kind: quotes, keywords, digits first, $, -, ., /, unicode, empty, case.</summary>
        private static readonly string[] s_names =
        {
            "class", "Class", "a\"b", "1x", "$ref", "x-y.z/w", "back\\slash", "new", "toJson", "thing", "line\u2028break",
            "ünïcode", "名前", string.Empty, "namespace", "\u0000nul", "#error", "*/", "</summary>", "a b", "zero\u200Bwidth",
            "__arglist", "@at", "K; class X {}", "toString",
        };

        /// <summary>Odd definition ids: the type name is the last dotted segment; ids that name a member every type has.</summary>
        private static readonly string[] s_oddIds =
        {
            "io.example.api.demo.v1.Odd\"Name{}", "io.example.api.demo.v1.New", "io.example.api.demo.v1.Setters",
            "io.example.api.demo.v1.At", "io.example.api.demo.v1.Foo", "io.example.api.demo.v1.FOO",
            "io.example.api.demo.v1.*/ #error", "io.example.a\"b.v1\n#error.T", "io.example.api.demo.v1.",
        };

        private static JsonObject Str() => new JsonObject { ["type"] = "string", ["description"] = Description };

        private static JsonObject Obj(params (string Name, JsonNode Schema)[] properties)
        {
            var props = new JsonObject();
            foreach ((string name, JsonNode schema) in properties)
            {
                props[name] = schema;
            }

            return new JsonObject { ["type"] = "object", ["description"] = Description, ["properties"] = props };
        }

        private static JsonArray Gvk(string group, string version, string kind) =>
            new JsonArray(new JsonObject { ["group"] = group, ["version"] = version, ["kind"] = kind });

        private static string Schema()
        {
            JsonObject thing = Obj(s_names.Select(n => (n, (JsonNode)Str())).Concat(new (string, JsonNode)[]
            {
                // Objects: groups named like the position class, a type parameter, and (nested) the type itself.
                ("at", Obj(("x", Str()))),
                ("tOwner", Obj(("x", Str()))),
                ("spec", Obj(("thing", Obj(("x", Str()))))),
                ("meta", new JsonObject { ["$ref"] = "#/definitions/io.example.api.demo.v1.Meta", ["description"] = Description }),
                ("metadata", Obj(("name", Str()))),
            }).ToArray());
            thing["x-kubernetes-group-version-kind"] = Gvk("demo.example.io", "v1", "Th\"ing");

            var definitions = new JsonObject
            {
                ["io.example.api.demo.v1.Thing"] = thing,
                ["io.example.api.demo.v1.Meta"] = Obj(("name", Str()), ("tAt", Obj(("y", Str()))), ("tOwner", Obj(("y", Str())))),
                ["io.example.api.demo.v1.Evil"] = Obj(("x", Str())),
            };
            definitions["io.example.api.demo.v1.Evil"]!["x-kubernetes-group-version-kind"] = Gvk("a\"b", "v1\n#error", "K; class X {}");
            foreach (string id in s_oddIds)
            {
                definitions[id] = Obj(("value", Str()));
            }

            var document = new JsonObject
            {
                ["swagger"] = "2.0",
                ["info"] = new JsonObject { ["title"] = Description, ["version"] = "1" },
                ["definitions"] = definitions,
            };
            return document.ToJsonString();
        }

        private static HostileHarness.Outcome Generate() => HostileHarness.Run("/hostile.json", Schema());

        private static IEnumerable<CompilationUnitSyntax> Roots(HostileHarness.Outcome outcome) =>
            outcome.Run.GeneratedSources.Select(s => (CompilationUnitSyntax)s.SyntaxTree.GetRoot());

        [Test]
        public void HostileSchemaCompilesWithoutAWarning()
        {
            HostileHarness.Outcome outcome = Generate();

            outcome.AssertNoCrash();
            Assert.That(outcome.CompilerProblems, Is.Empty);
        }

        [Test]
        public void NothingIsInjected()
        {
            HostileHarness.Outcome outcome = Generate();
            CompilationUnitSyntax[] roots = Roots(outcome).ToArray();

            // Exactly the types the schema defines, one file each, in the namespaces NameRules gives them.
            var types = roots.SelectMany(r => r.DescendantNodes().OfType<StructDeclarationSyntax>())
                .Select(t => ((BaseNamespaceDeclarationSyntax)t.Parent!).Name + "." + t.Identifier.ValueText)
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.That(types, Is.EqualTo(new[]
            {
                "Kubesonnet.Api.AB.V1Error.Evil",
                "Kubesonnet.Api.AB.V1Error.T",
                "Kubesonnet.Api.Demo.V1.At2",
                "Kubesonnet.Api.Demo.V1.Error",
                "Kubesonnet.Api.Demo.V1.FOO",
                "Kubesonnet.Api.Demo.V1.Foo",
                "Kubesonnet.Api.Demo.V1.Meta",
                "Kubesonnet.Api.Demo.V1.New2",
                "Kubesonnet.Api.Demo.V1.OddName",
                "Kubesonnet.Api.Demo.V1.Setters2",
                "Kubesonnet.Api.Demo.V1.Thing",
                "Kubesonnet.Api.Demo.V1._2",
            }));
            Assert.That(roots.Select(r => r.Members.Count), Is.All.EqualTo(1), "one namespace per file");

            // Other declared types are the generator's: groups (from the schema's object properties), Setters and At.
            string[] groups = { "At_", "TOwner", "TOwner_", "TAt", "TAt_", "Spec", "Thing_", "Meta", "Metadata" };
            var nested = roots.SelectMany(r => r.DescendantNodes().OfType<ClassDeclarationSyntax>()).Select(c => c.Identifier.ValueText);
            Assert.That(nested.Distinct(), Is.SubsetOf(groups.Concat(new[] { "Setters", "At" })));
            Assert.That(roots.SelectMany(r => r.DescendantNodes()).OfType<BaseTypeDeclarationSyntax>()
                .Where(t => t is not StructDeclarationSyntax && t is not ClassDeclarationSyntax), Is.Empty, "no interface, enum or record");
            Assert.That(roots.SelectMany(r => r.DescendantNodes()).OfType<DelegateDeclarationSyntax>(), Is.Empty);

            // Members: setters (With…), and what every type has.
            string[] fixedMembers = { "New", "ToPatch", "ToJson", "ToYaml", "Validate", "ToString", "Equals", "GetHashCode", "FromPatch" };
            var methods = roots.SelectMany(r => r.DescendantNodes().OfType<MethodDeclarationSyntax>()).Select(m => m.Identifier.ValueText).Distinct();
            Assert.That(methods.Where(m => !m.StartsWith("With", StringComparison.Ordinal) && !fixedMembers.Contains(m)), Is.Empty);
            Assert.That(methods, Has.None.EqualTo("M"));

            // No directive but #nullable enable; no trivia a description could have turned into code.
            var directives = roots.SelectMany(r => r.DescendantTrivia(descendIntoTrivia: true)).Where(t => t.IsDirective).Select(t => t.ToString().Trim());
            Assert.That(directives, Is.All.EqualTo("#nullable enable"));
            Assert.That(roots.SelectMany(r => r.DescendantTrivia()).Where(t => t.IsKind(SyntaxKind.MultiLineCommentTrivia)), Is.Empty);

            // Each doc comment is XML the compiler reads whole (a broken one would warn: see the test above).
            foreach (CompilationUnitSyntax root in roots)
            {
                Assert.That(root.GetDiagnostics(), Is.Empty);
                string text = root.ToFullString();
                Assert.That(new[] { "\u202E", "\u2028", "\u2029", "\u0085", "\u0000", "\r" }.Where(c => text.Contains(c, StringComparison.Ordinal)), Is.Empty);
            }
        }

        [Test]
        public void NamesOnTheWireAreTheSchemasOwn()
        {
            HostileHarness.Outcome outcome = Generate();
            CompilationUnitSyntax thing = Roots(outcome).Single(r => r.DescendantNodes().OfType<StructDeclarationSyntax>().Single().Identifier.ValueText == "Thing");

            // Paths are `new("a", …)` (a PatchPath field or property) in the type and `TAt.Path.Append("a")` in a shared
            // Setters class.
            var wireNames = thing.DescendantNodes().OfType<ArgumentListSyntax>()
                .Where(a => (a.Parent is ObjectCreationExpressionSyntax c && c.Type.ToString().EndsWith("PatchPath", StringComparison.Ordinal))
                    || (a.Parent is ImplicitObjectCreationExpressionSyntax i && i.Ancestors().Any(n =>
                        (n is FieldDeclarationSyntax f && f.Declaration.Type.ToString().EndsWith("PatchPath", StringComparison.Ordinal))
                        || (n is PropertyDeclarationSyntax p && p.Type.ToString().EndsWith("PatchPath", StringComparison.Ordinal))))
                    || a.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Append" } })
                .SelectMany(a => a.Arguments)
                .Select(arg => (string)((LiteralExpressionSyntax)arg.Expression).Token.Value!)
                .ToHashSet();
            Assert.That(wireNames, Is.EquivalentTo(s_names.Concat(new[] { "at", "x", "tOwner", "spec", "thing", "meta", "metadata", "name" }).Distinct()));

            // The kind's constants are exact; so are another kind's hostile group, version and kind.
            var literals = thing.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.Value as string).ToList();
            Assert.That(literals, Does.Contain("Th\"ing").And.Contain("demo.example.io/v1"));
            CompilationUnitSyntax evil = Roots(outcome).Single(r => r.DescendantNodes().OfType<StructDeclarationSyntax>().Single().Identifier.ValueText == "Evil");
            var evilLiterals = evil.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => l.Token.Value as string).ToList();
            Assert.That(evilLiterals, Does.Contain("K; class X {}").And.Contain("a\"b/v1\n#error"));
        }

        [Test]
        public void ConstraintTablesKeepTheSchemasTextExact()
        {
            // The table literal, read back from the syntax tree, is JSON the runtime reads, and its property names
            // are the schema's own, hostile ones included.
            HostileHarness.Outcome outcome = Generate();
            CompilationUnitSyntax thing = Roots(outcome).Single(r => r.DescendantNodes().OfType<StructDeclarationSyntax>().Single().Identifier.ValueText == "Thing");
            string table = thing.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" })
                .Select(i => (string)((LiteralExpressionSyntax)i.ArgumentList.Arguments[0].Expression).Token.Value!)
                .Single();
            var references = Enumerable.Repeat<Func<Kubesonnet.Validation.ValidationSchema>>(() => Kubesonnet.Validation.ValidationSchema.Parse("{}"), 8).ToArray();
            Assert.That(() => Kubesonnet.Validation.ValidationSchema.Parse(table, references), Throws.Nothing);
            JsonObject properties = JsonNode.Parse(table)!["properties"]!.AsObject();
            Assert.That(properties.Select(p => p.Key), Is.SupersetOf(s_names.Where(n => n.Length > 0)));
        }

        [Test]
        public void EveryChangedNameIsReported()
        {
            HostileHarness.Outcome outcome = Generate();

            // Collisions (class/Class, new, toJson/toString, at, tOwner, thing in Thing, New/Setters/At types, …).
            Assert.That(outcome.WithId("KSN201").Count(), Is.GreaterThanOrEqualTo(8), outcome.Describe());
            Assert.That(outcome.WithId("KSN202").Select(d => d.GetMessage()), Has.Some.Contain("io.example.api.demo.v1.'"), outcome.Describe());
            Assert.That(outcome.WithId("KSN203").Select(d => d.GetMessage()), Has.Some.Contain("the group 'a\"b'").And.Some.Contain("the version 'v1\\n#error'"), outcome.Describe());
            Assert.That(outcome.Diagnostics.Where(d => d.Id != "KSN201" && d.Id != "KSN202" && d.Id != "KSN203"), Is.Empty, outcome.Describe());
            Assert.That(outcome.Diagnostics.Select(d => d.Location.GetLineSpan().Path), Is.All.EqualTo("/hostile.json"));

            // A message is one line whatever the schema's text: a line break in a version would start a line of its own in a build log.
            Assert.That(outcome.Diagnostics.Select(d => d.GetMessage()).Where(m => m.IndexOfAny(new[] { '\n', '\r', '\u2028', '\u2029', '\u0085' }) >= 0), Is.Empty);

            var methods = outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Thing.g.cs").SyntaxTree.GetRoot()
                .DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToHashSet();
            Assert.That(methods, Is.SupersetOf(new[] { "WithClass", "WithClass_", "WithRef", "With1x", "WithXYZW", "WithNew", "WithToJson", "WithThing" }));
        }

        [Test]
        public void TypesWhoseNamesDifferOnlyInCaseGetTheirOwnFiles()
        {
            // Roslyn compares hint names ignoring case: Foo and FOO in one file name would throw, losing every file.
            HostileHarness.Outcome outcome = Generate();

            Assert.That(outcome.HintNames, Is.SupersetOf(new[] { "Demo.V1.FOO.g.cs", "Demo.V1.Foo.2.g.cs" }));
            Assert.That(outcome.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(outcome.HintNames.Count()));
        }

        // Lone surrogates cannot stand in attribute arguments (metadata is UTF-8): a marker is replaced here.
        [TestCase("# lone high", "\"\\uD800 lone high\"")]
        [TestCase("#", "\"\\uD800\"")]
        [TestCase("\u2028\u2029\u0085\r\n\0", "\"\\u2028\\u2029\\u0085\\u000D\\u000A\\u0000\"")]
        [TestCase("\"\\", "\"\\\"\\\\\"")]
        [TestCase("\u202E", "\"\\u202E\"")]
        public void StringLiteralsEscapeEverythingButPrintableAscii(string value, string literal)
        {
            value = value.Replace('#', '\uD800');
            Assert.That(Text.Literal(value), Is.EqualTo(literal));
            Assert.That(SyntaxFactory.ParseExpression(Text.Literal(value)) is LiteralExpressionSyntax l ? l.Token.ValueText : null, Is.EqualTo(value));
        }

        [Test]
        public void DocTextHasNoLineBreakNoBidiControlAndNoMarkup()
        {
            string joined = string.Join("\n", Text.DocLines(Description + "\uD800"));

            Assert.That(joined.Split('\n').Select(SyntaxFactory.ParseLeadingTrivia).All(t => t.All(x => !x.IsDirective)), Is.True);
            string[] never = { "\u2028", "\u2029", "\u202E", "\u0085", "\0", "\r", "\uD800", "<inject", "</summary>", "<!--", "<![CDATA[" };
            Assert.That(never.Where(n => joined.Contains(n, StringComparison.Ordinal)), Is.Empty);
        }

        [Test]
        [CancelAfter(5 * 60 * 1000)]
        public void BoldOfAMillionStarsIsWrittenInProportion(CancellationToken cancellation)
        {
            // Pairing "**" by a search from each one was quadratic; the bound is on what is written, a hang is stopped
            // by [CancelAfter] (the work runs beside the test, which waits on the token).
            string text = string.Concat(Enumerable.Repeat("** ", 1_000_000));
            Task<List<string>> work = Task.Run(() => Text.DocLines(text), cancellation);
            work.Wait(cancellation);
            List<string> lines = work.Result;

            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines.Sum(l => (long)l.Length), Is.InRange(text.Length / 2, 3L * text.Length), "characters written");
        }
    }
}
