using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kubesonnet.Testing;
using NUnit.Framework;

namespace Kubesonnet.Tests.Conformance
{
    /// <summary>
    /// The expected output of the conformance cases, as real jsonnet printed it: <c>conformance/cases/NAME.json</c> of
    /// the shared folder, read where it lies (never copied into the repository). Without it the test is skipped with the
    /// shared-inputs message (<see cref="SharedData"/>).
    /// </summary>
    internal static class Corpus
    {
        private const string What = "the shared conformance corpus";

        /// <summary>What jsonnet printed for case <paramref name="caseName"/>.</summary>
        public static JsonNode Expected(string caseName) =>
            JsonNode.Parse(File.ReadAllText(SharedData.RequireFile(SharedData.PathOf("conformance", "cases", caseName + ".json"), What)))
                ?? throw new InvalidDataException(caseName + ".json is null");

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
