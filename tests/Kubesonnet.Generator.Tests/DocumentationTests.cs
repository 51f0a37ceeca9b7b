using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using System.Xml.XPath;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class DocumentationTests
    {
        private const string Type = "Kubesonnet.Api.Certificates.V1.CertificateSigningRequest";

        /// <summary>The generated code, compiled (documentation on, errors fail the test).</summary>
        private static Compilation Compiled()
        {
            var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());
            Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.That(errors, Is.Empty);
            return output;
        }

        /// <summary>
        /// The doc comments of the members a user reaches as <c>Type.Group.Member</c>, by that dotted name: declared
        /// there or inherited from a definition's shared <c>Setters</c> class, as the IDE shows them.
        /// </summary>
        private static Dictionary<string, List<(string Id, XElement Doc)>> MemberDocumentation(Compilation compilation, string typeName)
        {
            var result = new Dictionary<string, List<(string, XElement)>>();
            void Visit(INamedTypeSymbol type, string prefix)
            {
                for (INamedTypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    foreach (ISymbol member in current.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public))
                    {
                        if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                        {
                            string key = prefix + method.Name;
                            if (!result.TryGetValue(key, out var list))
                            {
                                result[key] = list = new List<(string, XElement)>();
                            }

                            list.Add((method.GetDocumentationCommentId()!, Documentation(method, compilation)));
                        }
                        else if (member is INamedTypeSymbol nested && nested.Name != "At" && nested.Name != "Setters")
                        {
                            string key = prefix + nested.Name;
                            result[key] = new List<(string, XElement)> { (nested.GetDocumentationCommentId()!, XElement.Parse(nested.GetDocumentationCommentXml() is { Length: > 0 } xml ? xml : "<member/>")) };
                            if (prefix.Split('.').Length < 4)
                            {
                                Visit(nested, key + ".");
                            }
                        }
                    }
                }
            }

            Visit(compilation.GetTypeByMetadataName(typeName)!, string.Empty);
            return result;
        }

        /// <summary>
        /// A member's doc comment with every <c>&lt;inheritdoc cref&gt;</c> resolved as the IDE (Roslyn) does: one at the
        /// top takes the source's elements that <c>path</c> selects (all by default), but for a <c>param</c> the member
        /// documents itself; one inside an element (a summary's <c>&lt;inheritdoc path="/summary/node()"/&gt;</c>) is
        /// replaced by the nodes its <c>path</c> selects.
        /// </summary>
        private static XElement Documentation(ISymbol symbol, Compilation compilation)
        {
            XElement own = XElement.Parse(symbol.GetDocumentationCommentXml() is { Length: > 0 } xml ? xml : "<member/>");
            foreach (XElement inherit in own.Descendants("inheritdoc").Where(e => e.Attribute("cref") != null).ToList())
            {
                string cref = inherit.Attribute("cref")!.Value;
                ISymbol? source = DocumentationCommentId.GetFirstSymbolForDeclarationId(cref, compilation);
                Assert.That(source, Is.Not.Null, "inheritdoc cref " + cref + " of " + symbol.GetDocumentationCommentId());
                XElement inherited = Documentation(source!, compilation);
                string path = (string?)inherit.Attribute("path") ?? "/*";
                var selected = ((System.Collections.IEnumerable)inherited.XPathEvaluate(path.StartsWith('/') ? "." + path : path)).Cast<XNode>().ToList();
                if (inherit.Parent == own)
                {
                    inherit.Remove();
                    foreach (XElement element in selected.OfType<XElement>().Where(e => own.Elements(e.Name).All(o => (string?)o.Attribute("name") != (string?)e.Attribute("name"))))
                    {
                        own.Add(element);
                    }
                }
                else
                {
                    inherit.ReplaceWith(selected);
                }
            }

            return own;
        }

        [Test]
        public void EverySeedFunctionHasTheSeedsTextAsItsDocComment()
        {
            Kubesonnet.Testing.SharedData.RequireFile(TestPaths.Seed, "the seed page");

            IReadOnlyDictionary<string, string> functions = SeedDocumentation.Functions(File.ReadAllText(TestPaths.Seed));
            Assert.That(functions, Has.Count.EqualTo(32), "the seed documents new and 31 setters");
            var members = MemberDocumentation(Compiled(), Type);

            var failures = new List<string>();
            foreach ((string function, string text) in functions)
            {
                string name = string.Join(".", function.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
                if (!members.TryGetValue(name, out var overloads))
                {
                    failures.Add(function + ": no member " + Type + "." + name);
                    continue;
                }

                foreach ((string id, XElement member) in overloads)
                {
                    XElement? summary = member.Element("summary");
                    string actual = summary == null ? "(no summary)" : SeedDocumentation.SummaryText(summary);
                    if (actual != SeedDocumentation.Normalize(text))
                    {
                        failures.Add(id + ":\n  expected: " + SeedDocumentation.Normalize(text) + "\n  actual:   " + actual);
                    }

                    foreach (XElement param in member.Elements("param"))
                    {
                        if (string.IsNullOrWhiteSpace(param.Value))
                        {
                            failures.Add(id + ": empty <param>");
                        }
                    }
                }
            }

            Assert.That(failures, Is.Empty);
        }

        [Test]
        public void GroupsHaveTheSeedsObjectText()
        {
            Kubesonnet.Testing.SharedData.RequireFile(TestPaths.Seed, "the seed page");

            string seed = File.ReadAllText(TestPaths.Seed).Replace("\r\n", "\n");
            var members = MemberDocumentation(Compiled(), Type);
            foreach (string group in new[] { "metadata", "spec" })
            {
                int start = seed.IndexOf("## obj " + group + "\n", System.StringComparison.Ordinal) + ("## obj " + group + "\n").Length;
                string text = seed[start..seed.IndexOf("\n### ", start, System.StringComparison.Ordinal)];
                string name = char.ToUpperInvariant(group[0]) + group[1..];
                Assert.That(SeedDocumentation.SummaryText(members[name].Single().Doc.Element("summary")!), Is.EqualTo(SeedDocumentation.Normalize(text)), name);
            }
        }

        [Test]
        public void EveryPublicGeneratedMemberIsDocumented()
        {
            var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());
            // CS1591 (missing XML comment) is reported when documentation mode is on.
            Diagnostic[] missing = output.GetDiagnostics().Where(d => d.Id == "CS1591" || d.Id.StartsWith("CS157", System.StringComparison.Ordinal)).ToArray();
            Assert.That(missing, Is.Empty);
        }
    }
}
