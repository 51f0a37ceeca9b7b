using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The generator's folders use only what generator/README.md says they may (no back-edges).</summary>
    public class GeneratorStructureTests
    {
        private static readonly string[] s_folders = { "Model", "Diagnostics", "Naming", "Loading", "Planning", "Emitting" };

        private static readonly Dictionary<string, string[]> s_allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["Model"] = Array.Empty<string>(),
            ["Diagnostics"] = new[] { "Model" },
            ["Naming"] = new[] { "Model" },
            ["Loading"] = new[] { "Model", "Diagnostics", "Naming" },
            ["Planning"] = new[] { "Model", "Diagnostics", "Naming" },
            ["Emitting"] = new[] { "Model", "Planning", "Naming" },
        };

        private static string Generator => Path.Combine(TestPaths.RepositoryRoot, "generator");

        [TestCaseSource(nameof(s_folders))]
        public void AFolderUsesOnlyTheFoldersItMay(string folder)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in Directory.GetFiles(Path.Combine(Generator, folder), "*.cs", SearchOption.AllDirectories))
            {
                string text = File.ReadAllText(file);
                foreach (Match match in Regex.Matches(text, @"Kubesonnet\.Generator\.(\w+)"))
                {
                    used.Add(match.Groups[1].Value);
                }

                // Qualified by the folder's namespace alone (Emitting.Text.X, Naming.NameRules.X).
                foreach (Match match in Regex.Matches(text, @"(?<![\w.])(Model|Diagnostics|Naming|Loading|Planning|Emitting)\.([A-Z]\w*)\."))
                {
                    if (Directory.Exists(Path.Combine(Generator, match.Groups[1].Value))
                        && File.Exists(Path.Combine(Generator, match.Groups[1].Value, match.Groups[2].Value + ".cs")))
                    {
                        used.Add(match.Groups[1].Value);
                    }
                }
            }

            used.Remove(folder);
            used.RemoveWhere(u => !s_folders.Contains(u));

            Assert.That(used, Is.SubsetOf(s_allowed[folder]), folder + " uses " + string.Join(", ", used));
        }

        [Test]
        public void TheReadmeStatesTheSameTable()
        {
            string readme = File.ReadAllText(Path.Combine(Generator, "README.md"));
            foreach (KeyValuePair<string, string[]> rule in s_allowed)
            {
                string allowed = rule.Value.Length == 0 ? "—" : string.Join(", ", rule.Value.Select(f => "`" + f + "/`"));
                Assert.That(readme, Does.Contain("| `" + rule.Key + "/` | " + allowed + " |"), rule.Key);
            }
        }
    }
}
