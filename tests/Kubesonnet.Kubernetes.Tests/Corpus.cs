using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// What real jsonnet printed for each case, committed under <c>Expected/</c>: the two events/v1 cases of
    /// <c>../shared/conformance/cases</c> and every case of <c>tests/conformance/cases</c>.
    /// </summary>
    internal static class Corpus
    {
        public static string ExpectedDirectory => Path.Combine(AppContext.BaseDirectory, "Expected");

        public static IEnumerable<string> ExpectedCases =>
            Directory.GetFiles(ExpectedDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>();

        public static JsonNode Expected(string caseName) =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, caseName + ".json")))!;

        /// <summary>
        /// Asserts that <paramref name="actualJson"/>, parsed and written again, is the text jsonnet's output gives
        /// parsed and written again: the same values in the same key order (jsonnet sorts keys by code point, and so
        /// does Kubesonnet), whatever the whitespace.
        /// </summary>
        public static void AssertMatches(string caseName, string actualJson) =>
            AssertMatches(caseName, JsonNode.Parse(actualJson)!);

        public static void AssertMatches(string caseName, JsonNode actual) =>
            Assert.That(actual.ToJsonString(), Is.EqualTo(Expected(caseName).ToJsonString()), "case " + caseName);

        /// <summary>A jsonnet object of named results (<c>{ single: …, mixinAppends: … }</c>), keys sorted by code point.</summary>
        public static JsonObject Object(params (string Key, string Json)[] parts)
        {
            var result = new JsonObject();
            foreach ((string key, string json) in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                result[key] = JsonNode.Parse(json);
            }

            return result;
        }

        /// <summary>A map argument, as jsonnet's <c>{ a: '1' }</c>.</summary>
        public static Dictionary<string, string> Map(params (string Key, string Value)[] entries) =>
            entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        /// <summary>The shared corpus' cases (<c>conformance/cases</c> of the shared folder, see <see cref="Kubesonnet.Testing.SharedData"/>).</summary>
        public static string SharedCases => Kubesonnet.Testing.SharedData.PathOf("conformance", "cases");

        /// <summary>
        /// <c>tests/conformance/cases</c> (the repository's own jsonnet cases), found by walking up from the test
        /// binaries; null when the tree is not there (a copied test output).
        /// </summary>
        public static string? FindCases(params string[] relative)
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                string candidate = Path.Combine(new[] { directory.FullName }.Concat(relative).ToArray());
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
