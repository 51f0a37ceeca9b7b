using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kubesonnet.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>One table of diagnostics, and the README, the release file and the generator agree with it.</summary>
    public class DiagnosticTableTests
    {
        private static readonly Regex s_id = new Regex("^KSN[01289][0-9]{2}$");

        private static string ReadmeSection()
        {
            string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
            int start = readme.IndexOf("\n## Diagnostics\n", StringComparison.Ordinal);
            int end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
            return readme.Substring(start, end - start);
        }

        [Test]
        public void IdsAreKsnAndThreeDigitsByAreaWithAHelpLinkToTheirSectionOfTheDiagnosticsPage()
        {
            string section = ReadmeSection();
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                Assert.That(descriptor.Id, Does.Match(s_id));
                Assert.That(descriptor.Category, Is.EqualTo("Kubesonnet"));
                string anchor = descriptor.Id.ToLowerInvariant();
                Assert.That(descriptor.HelpLinkUri, Is.EqualTo("https://github.com/kubesonnet/kubesonnet/blob/main/docs/diagnostics.md#" + anchor));
                Assert.That(section, Does.Contain("<a id=\"" + anchor + "\"></a>" + descriptor.Id + " | " + descriptor.DefaultSeverity.ToString().ToLowerInvariant() + " |"));
            }
        }

        [Test]
        public void TheReadmeListsExactlyTheTableInOrder()
        {
            var rows = Regex.Matches(ReadmeSection(), "<a id=\"(ksn[0-9]{3})\"></a>").Select(m => m.Groups[1].Value.ToUpperInvariant());

            Assert.That(rows, Is.EqualTo(DiagnosticDescriptors.All.Select(d => d.Id)));
        }

        [Test]
        public void TheReleaseFileListsEveryDescriptor()
        {
            string[] lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "generator", "AnalyzerReleases.Unshipped.md"))
                .Where(l => l.StartsWith("KSN", StringComparison.Ordinal))
                .ToArray();

            Assert.That(lines, Is.EqualTo(DiagnosticDescriptors.All.Select(d => d.Id + " | Kubesonnet | " + d.DefaultSeverity + " | " + d.Title)));
        }

        [Test]
        public void EveryIdTheGeneratorAndThePackageReportIsInTheTable()
        {
            string generator = Path.Combine(TestPaths.RepositoryRoot, "generator");
            var used = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(KSN[0-9]{3})\"").Select(m => m.Groups[1].Value))
                .Concat(Regex.Matches(File.ReadAllText(Path.Combine(generator, "buildTransitive", "Kubesonnet.Generator.targets")), "Code=\"(KSN[0-9]{3})\"").Select(m => m.Groups[1].Value))
                .Distinct();

            Assert.That(used, Is.SubsetOf(DiagnosticDescriptors.All.Select(d => d.Id)));
            Assert.That(used, Does.Contain("KSN800"));
        }

        [Test]
        public void IdsAreWrittenOnlyInTheDiagnosticsFolder()
        {
            // Every diagnostic is raised through its factory (Report.DanglingReference(...)), never by its ID.
            string generator = Path.Combine(TestPaths.RepositoryRoot, "generator");
            string diagnostics = Path.Combine(generator, "Diagnostics") + Path.DirectorySeparatorChar;
            var elsewhere = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Where(f => !f.StartsWith(diagnostics, StringComparison.Ordinal))
                .Where(f => Regex.IsMatch(File.ReadAllText(f), "\"KSN[0-9]"))
                .Select(f => Path.GetRelativePath(generator, f));

            Assert.That(elsewhere, Is.Empty);
        }

        [Test]
        public void EveryDescriptorHasItsFactoryAndItsFormatInItsDocComment()
        {
            string source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "generator", "Diagnostics", "DiagnosticDescriptors.cs"));
            string factories = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "generator", "Diagnostics", "Report.cs"));
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                string format = descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
                Assert.That(source, Does.Contain("/// <summary>" + descriptor.Id + " ("), descriptor.Id);
                Assert.That(source, Does.Contain("Format: <c>" + format + "</c>"), descriptor.Id);
                if (descriptor.Id != "KSN800")
                {
                    // KSN800 is the package's MSBuild targets' to report; every other one has its factory.
                    string name = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                        .Single(f => ReferenceEquals(f.GetValue(null), descriptor)).Name;
                    Assert.That(factories, Does.Contain("public static Report " + name + "(").And.Contain("new Report(DiagnosticDescriptors." + name + ","), descriptor.Id);
                }
            }
        }

        [TestCase("v1\n#error", "v1\\n#error")]
        [TestCase("a\u202Eb\u0000\r", "a\\u202Eb\\u0000\\r")]
        [TestCase("ünïcode 名前", "ünïcode 名前")]
        public void ArgumentsAreShownOnOneLine(string argument, string shown)
        {
            Assert.That(DiagnosticDescriptors.Printable(argument), Is.EqualTo(shown));
        }

        [Test]
        public void LongArgumentsAreCut()
        {
            Assert.That(DiagnosticDescriptors.Printable(new string('x', 1_000_000)), Has.Length.EqualTo(Limits.MaxArgumentLength + 1).And.EndWith("…"));
        }
    }
}
