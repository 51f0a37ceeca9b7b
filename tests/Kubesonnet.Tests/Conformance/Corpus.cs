using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Tests.Conformance
{
    /// <summary>The expected output of the conformance cases, as real jsonnet printed it (committed under Expected/).</summary>
    internal static class Corpus
    {
        public static string ExpectedDirectory => Path.Combine(AppContext.BaseDirectory, "Conformance", "Expected");

        public static JsonNode Expected(string caseName) =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, caseName + ".json")))!;

        /// <summary>
        /// Asserts that <paramref name="actualJson"/> is what jsonnet printed for the case: same values and the same
        /// key order (jsonnet sorts keys by code point, and so do we).
        /// </summary>
        public static void AssertMatches(string caseName, string actualJson) =>
            AssertMatches(caseName, JsonNode.Parse(actualJson)!);

        public static void AssertMatches(string caseName, JsonNode actual)
        {
            JsonNode expected = Expected(caseName);
            Assert.That(actual.ToJsonString(), Is.EqualTo(expected.ToJsonString()), "case " + caseName);
        }

        /// <summary>An object of several named results, keys sorted as jsonnet prints them.</summary>
        public static JsonObject Object(params (string Key, string Json)[] parts)
        {
            var result = new JsonObject();
            foreach ((string key, string json) in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                result[key] = JsonNode.Parse(json);
            }

            return result;
        }
    }
}
