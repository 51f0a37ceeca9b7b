using System.Linq;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The crashes the fuzzer found, each as the smallest document that showed it, and what is reported now.</summary>
    public class FuzzRegressionTests
    {
        [Test]
        public void ATextThatEndsInABackslashInsideAStringIsASyntaxError()
        {
            // JsonSkim looked for the end of the string past the end of the text (ArgumentOutOfRangeException, KSN901).
            HostileHarness.Outcome outcome = HostileHarness.Run("/fuzz/truncated.json", "{\"swagger\":\"2.0\",\"definitions\":{\"a\":{\"description\":\"x\\");

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN001" }), outcome.Describe());
        }

        [Test]
        public void AValueTheReaderRefusesIsCutNotTheWholeFileLost()
        {
            // Microsoft.OpenApi refuses a document with a scalar over 65,536 characters and returns no document, on which
            // the loader then failed (NullReferenceException, KSN901).
            string text = HostileHarness.Swagger("\"io.example.api.demo.v1.Long\": { \"type\": \"object\", \"properties\": { \"a\": { \"type\": \"string\", \"description\": \"" + new string('x', 70_000) + "\" } } }");

            HostileHarness.Outcome outcome = HostileHarness.Run("/fuzz/long.json", text);

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN007" }), outcome.Describe());
            Assert.That(outcome.HintNames, Is.EquivalentTo(new[] { "Demo.V1.Long.g.cs", "Demo.V1.Good.g.cs" }));
            Assert.That(outcome.CompilerProblems, Is.Empty);
        }

        [Test]
        public void AKeyTheReaderRefusesDropsItsEntryAndTheRestIsRead()
        {
            // A key the reader refuses cannot be cut: the entry is dropped, and the rest is read.
            string key = new string('k', 70_000);
            string text = HostileHarness.Swagger("\"io.example.api.demo.v1.Long\": { \"type\": \"object\", \"properties\": { \"" + key + "\": { \"type\": \"string\" }, \"b\": { \"type\": \"string\" } } }");

            HostileHarness.Outcome outcome = HostileHarness.Run("/fuzz/long.json", text);

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN007" }), outcome.Describe());
            Assert.That(outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Long.g.cs").SourceText.ToString(), Does.Contain("WithB(string b)").And.Not.Contain("Kkkk"));
        }
    }
}
