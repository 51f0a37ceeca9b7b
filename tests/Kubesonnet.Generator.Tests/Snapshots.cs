using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Compares generated files with the snapshots committed under <c>Snapshots/</c>: the whole set of files and each
    /// file's text. A missing or different snapshot fails; <c>KUBESONNET_UPDATE_SNAPSHOTS=1</c> rewrites them and
    /// deletes stale ones instead (then review the diff in git). The generator's version is scrubbed
    /// (<c>GeneratedCode("Kubesonnet.Generator", "{version}")</c>): a release does not rewrite every snapshot.
    /// </summary>
    internal static class Snapshots
    {
        public const string UpdateVariable = "KUBESONNET_UPDATE_SNAPSHOTS";

        /// <summary>What stands for the generator's version in snapshots.</summary>
        public const string VersionPlaceholder = "{version}";

        private static readonly System.Text.RegularExpressions.Regex s_version =
            new System.Text.RegularExpressions.Regex("GeneratedCode\\(\"Kubesonnet\\.Generator\", \"[^\"]*\"\\)");

        /// <summary>The generated text with the generator's version replaced by <see cref="VersionPlaceholder"/>.</summary>
        public static string Scrub(string generated) =>
            s_version.Replace(generated, "GeneratedCode(\"Kubesonnet.Generator\", \"" + VersionPlaceholder + "\")");

        private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

        public static void Verify(string folder, IReadOnlyDictionary<string, string> generated)
        {
            Dictionary<string, string> files = generated.ToDictionary(f => f.Key, f => Scrub(f.Value), StringComparer.Ordinal);
            string directory = Path.Combine(TestPaths.RepositoryRoot, "tests", "Kubesonnet.Generator.Tests", "Snapshots", folder);
            if (Updating)
            {
                Directory.CreateDirectory(directory);
                foreach (string stale in Directory.GetFiles(directory).Where(f => !files.ContainsKey(Path.GetFileName(f))))
                {
                    File.Delete(stale);
                }

                foreach (KeyValuePair<string, string> file in files)
                {
                    File.WriteAllText(Path.Combine(directory, file.Key), file.Value, new UTF8Encoding(false));
                }

                Assert.Warn("Snapshots in " + directory + " were rewritten; review them with git diff.");
                return;
            }

            var problems = new StringBuilder();
            string[] existing = Directory.Exists(directory) ? Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>().ToArray() : Array.Empty<string>();
            foreach (string missing in files.Keys.Except(existing, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.AppendLine("missing snapshot: " + missing);
            }

            foreach (string stale in existing.Except(files.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
            {
                problems.AppendLine("snapshot of a file no longer generated: " + stale);
            }

            foreach (KeyValuePair<string, string> file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                string path = Path.Combine(directory, file.Key);
                if (!File.Exists(path))
                {
                    continue;
                }

                string expected = File.ReadAllText(path);
                if (expected != file.Value)
                {
                    problems.AppendLine("differs: " + file.Key);
                    problems.AppendLine(Diff(expected, file.Value));
                }
            }

            if (problems.Length > 0)
            {
                Assert.Fail(problems + "\nRun the tests with " + UpdateVariable + "=1 to accept the new output, then review it with git diff.");
            }
        }

        private static string Diff(string expected, string actual)
        {
            DiffPaneModel diff = InlineDiffBuilder.Diff(expected, actual);
            var builder = new StringBuilder();
            int shown = 0;
            foreach (DiffPiece line in diff.Lines)
            {
                if (line.Type == ChangeType.Unchanged)
                {
                    continue;
                }

                builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
                if (++shown == 40)
                {
                    builder.AppendLine("…");
                    break;
                }
            }

            return builder.ToString();
        }
    }
}
