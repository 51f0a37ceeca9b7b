using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// What real jsonnet printed for each case. Our own cases (<c>tests/conformance/cases</c>) are committed under
    /// <c>Expected/</c>; the events/v1 cases of the shared corpus are read from <c>conformance/cases</c> of the shared
    /// folder where it lies (never copied into the repository: <see cref="SharedExpected"/>).
    /// </summary>
    internal static class Corpus
    {
        public static string ExpectedDirectory => Path.Combine(AppContext.BaseDirectory, "Expected");

        public static IEnumerable<string> ExpectedCases =>
            Directory.GetFiles(ExpectedDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>();

        /// <summary>What jsonnet printed for our own case <paramref name="caseName"/> (<c>Expected/NAME.json</c>).</summary>
        public static JsonNode Expected(string caseName) =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, caseName + ".json")))!;

        /// <summary>
        /// What jsonnet printed for case <paramref name="caseName"/> of the shared corpus; without it the test is skipped
        /// with the shared-inputs message.
        /// </summary>
        public static JsonNode SharedExpected(string caseName) =>
            JsonNode.Parse(File.ReadAllText(Kubesonnet.Testing.SharedData.RequireFile(Path.Combine(SharedCases, caseName + ".json"), "the shared conformance corpus")))
                ?? throw new InvalidDataException(caseName + ".json is null");

        /// <summary>
        /// Asserts that <paramref name="actualJson"/>, parsed and written again, is the text jsonnet's output for our own
        /// case gives parsed and written again: the same values in the same key order (jsonnet sorts keys by code point,
        /// and so does Kubesonnet), whatever the whitespace.
        /// </summary>
        public static void AssertMatches(string caseName, string actualJson) =>
            AssertMatches(caseName, JsonNode.Parse(actualJson)!);

        public static void AssertMatches(string caseName, JsonNode actual) =>
            Assert.That(actual.ToJsonString(), Is.EqualTo(Expected(caseName).ToJsonString()), "case " + caseName);

        /// <summary>The same comparison as <see cref="AssertMatches(string, JsonNode)"/>, with a case of the shared corpus.</summary>
        public static void AssertMatchesShared(string caseName, string actualJson) =>
            AssertMatchesShared(caseName, JsonNode.Parse(actualJson)!);

        public static void AssertMatchesShared(string caseName, JsonNode actual) =>
            Assert.That(actual.ToJsonString(), Is.EqualTo(SharedExpected(caseName).ToJsonString()), "case " + caseName + " of the shared corpus");

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
