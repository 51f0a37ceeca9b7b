using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class DocumentationTests
    {
        private const string Type = "Kubesonnet.Api.Certificates.V1.CertificateSigningRequest";

        /// <summary>The compiled XML documentation of the generated code, by member id.</summary>
        private static Dictionary<string, XElement> CompiledDocumentation()
        {
            var (_, output, _) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            EmitResult emit = output.Emit(pe, xmlDocumentationStream: xml);
            Assert.That(emit.Success, Is.True, string.Join("\n", emit.Diagnostics));
            xml.Position = 0;
            return XDocument.Load(xml).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
        }

        [Test]
        public void EverySeedFunctionHasTheSeedsTextAsItsDocComment()
        {
            if (!File.Exists(TestPaths.Seed))
            {
                Assert.Ignore("The seed document is not at " + TestPaths.Seed + ".");
            }

            IReadOnlyDictionary<string, string> functions = SeedDocumentation.Functions(File.ReadAllText(TestPaths.Seed));
            Assert.That(functions, Has.Count.EqualTo(32), "the seed documents new and 31 setters");
            Dictionary<string, XElement> members = CompiledDocumentation();

            var failures = new List<string>();
            foreach ((string function, string text) in functions)
            {
                string memberPrefix = "M:" + Type + "." + string.Join(".", function.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
                var overloads = members.Where(m => m.Key == memberPrefix || m.Key.StartsWith(memberPrefix + "(", System.StringComparison.Ordinal)).ToList();
                if (overloads.Count == 0)
                {
                    failures.Add(function + ": no generated member " + memberPrefix);
                    continue;
                }

                foreach ((string id, XElement member) in overloads)
                {
                    string actual = SeedDocumentation.SummaryText(member.Element("summary")!);
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
            if (!File.Exists(TestPaths.Seed))
            {
                Assert.Ignore("The seed document is not at " + TestPaths.Seed + ".");
            }

            string seed = File.ReadAllText(TestPaths.Seed).Replace("\r\n", "\n");
            Dictionary<string, XElement> members = CompiledDocumentation();
            foreach (string group in new[] { "metadata", "spec" })
            {
                int start = seed.IndexOf("## obj " + group + "\n", System.StringComparison.Ordinal) + ("## obj " + group + "\n").Length;
                string text = seed[start..seed.IndexOf("\n### ", start, System.StringComparison.Ordinal)];
                string id = "T:" + Type + "." + char.ToUpperInvariant(group[0]) + group[1..];
                Assert.That(SeedDocumentation.SummaryText(members[id].Element("summary")!), Is.EqualTo(SeedDocumentation.Normalize(text)), id);
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
