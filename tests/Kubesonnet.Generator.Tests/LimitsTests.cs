using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Every limit of the generator is in one table (generator/Limits.cs), and README's table agrees with it.</summary>
    public class LimitsTests
    {
        private static FieldInfo[] LimitFields() =>
            typeof(Limits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToArray();

        private static string ReadmeRows()
        {
            string readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
            int start = readme.IndexOf("\n## Hostile input\n", StringComparison.Ordinal);
            int end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
            return readme.Substring(start, end - start);
        }

        [Test]
        public void EveryLimitHasItsReadmeRowWithItsValue()
        {
            string section = ReadmeRows();
            foreach (FieldInfo field in LimitFields())
            {
                string value = ((int)field.GetRawConstantValue()!).ToString("N0", CultureInfo.InvariantCulture);
                Assert.That(section, Does.Contain("| `" + field.Name + "` | " + value + " | "), field.Name);
            }
        }

        [Test]
        public void TheReadmeTableHasNoRowWithoutItsLimit()
        {
            var rows = Regex.Matches(ReadmeRows(), @"\n  \| `(\w+)` \| [0-9,]+ \|").Select(m => m.Groups[1].Value);

            Assert.That(rows, Is.EquivalentTo(LimitFields().Select(f => f.Name)));
        }

        [Test]
        public void EveryLimitSaysWhatHappensPastIt()
        {
            // "Past it: KSN004." or "Past it: no diagnostic." in its doc comment: each limit with its diagnostic.
            string source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "generator", "Limits.cs"));
            foreach (FieldInfo field in LimitFields())
            {
                int at = source.IndexOf("public const int " + field.Name + " ", StringComparison.Ordinal);
                int doc = source.LastIndexOf("/// <summary>", at, StringComparison.Ordinal);
                string comment = source.Substring(doc, at - doc);
                Assert.That(comment, Does.Match("Past it|past it|unreported"), field.Name);
            }
        }

        [Test]
        public void NoOtherFileOfTheGeneratorDeclaresALimit()
        {
            string generator = Path.Combine(TestPaths.RepositoryRoot, "generator");
            var declaring = Directory.GetFiles(generator, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Where(f => Path.GetFileName(f) != "Limits.cs")
                .Where(f => Regex.IsMatch(File.ReadAllText(f), @"const int Max\w*"))
                .Select(f => Path.GetRelativePath(generator, f));

            Assert.That(declaring, Is.Empty);
        }
    }
}
