using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Every stage is bounded: no document recurses without end, loops, or takes minutes. Each case runs on a 1 MB
    /// stack (a recursion the generator did not bound would take the test host down); what bounds the work is
    /// asserted (the limit's diagnostic, and code written in proportion to the document), and [CancelAfter] stops a
    /// hang (its token reaches the generator), without any assertion on time.
    /// </summary>
    [CancelAfter(5 * 60 * 1000)]
    public class HostileLimitTests
    {
        /// <summary>Code written per character of a document here, at most (the most, ManyMixinsTakeLinearTime, writes 29).</summary>
        private const int MaxOutputPerInputChar = 40;

        /// <summary>Code written whatever the document (the built-in meta definitions a document lacks).</summary>
        private const int OutputAllowance = 200_000;

        private const string YamlStart = "swagger: \"2.0\"\ndefinitions:\n";

        /// <summary>Ten levels of nine aliases each: 10^9 "lol"s once expanded, 1 KB of text.</summary>
        private static string BillionLaughs(string use)
        {
            var text = new StringBuilder(YamlStart);
            text.Append("  io.example.api.demo.v1.Lol:\n    type: object\n    x-lol0: &l0 [ \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\" ]\n");
            for (int i = 1; i < 10; i++)
            {
                text.Append("    x-lol").Append(i).Append(": &l").Append(i).Append(" [ ")
                    .Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 9))).Append(" ]\n");
            }

            return text.Append(use).ToString();
        }

        private static HostileHarness.Outcome RunBounded(string file, string text)
        {
            HostileHarness.Outcome outcome = HostileHarness.Run(new[] { (file, text) }, compile: false);
            outcome.AssertNoCrash();
            long written = outcome.Run.GeneratedSources.Sum(s => (long)s.SourceText.Length);
            TestContext.Out.WriteLine($"{written} characters of code for {text.Length} of document");
            Assert.That(written, Is.LessThanOrEqualTo(OutputAllowance + ((long)MaxOutputPerInputChar * text.Length)), "code written");
            return outcome;
        }

        private static void AssertLimit(HostileHarness.Outcome outcome, string detail)
        {
            Diagnostic diagnostic = outcome.Diagnostics.Single();
            Assert.That(diagnostic.Id, Is.EqualTo("KSN004"), outcome.Describe());
            Assert.That(diagnostic.GetMessage(), Does.Contain(detail), outcome.Describe());
            Assert.That(diagnostic.Location.GetLineSpan().Path, Does.StartWith("/schemas/"));
        }

        [Test]
        public void BillionLaughsFinishesFastWithADiagnostic()
        {
            // Used where every walk looks: a property's schema, which the checks, the reader and MapType all visit.
            HostileHarness.Outcome outcome = RunBounded("/schemas/lol.yaml", BillionLaughs("    properties:\n      lol: { type: array, items: *l9 }\n"));

            // Refused where the expansion passes the bound, among the x-lol lines, long before anything walks it.
            AssertLimit(outcome, "aliases expand the document");
            Assert.That(outcome.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line, Is.InRange(4, 13));
        }

        [Test]
        public void BillionLaughsAsAKeyFinishesFast()
        {
            // SharpYaml's own loader hashes a key's whole structure: this one for minutes.
            AssertLimit(RunBounded("/schemas/lol.yaml", BillionLaughs("    ? *l9\n    : x\n")), "aliases expand the document");
        }

        [Test]
        public void SmallAliasExpansionIsFine()
        {
            // A schema shared by aliases a few times is how YAML is written; it generates.
            string text = YamlStart
                + "  io.example.api.demo.v1.Shared:\n    type: object\n    properties:\n"
                + "      a: &s { type: object, properties: { x: { type: string }, y: { type: integer } } }\n"
                + "      b: *s\n      c: *s\n";

            HostileHarness.Outcome outcome = RunBounded("/schemas/shared.yaml", text);

            Assert.That(outcome.Diagnostics, Is.Empty, outcome.Describe());
            Assert.That(outcome.HintNames, Is.EqualTo(new[] { "Demo.V1.Shared.g.cs" }));
        }

        [TestCase("a: &x [ *x ]\n", TestName = "AliasInsideItsOwnAnchor")]
        [TestCase("? &k [ *k ]\n: 1\n", TestName = "KeyThatIsAnAliasToItself")]
        [TestCase("a: &x\n  b: *x\n", TestName = "MappingThatHoldsItself")]
        public void RecursiveAliasesAreRefused(string yaml)
        {
            // SharpYaml builds a cycle here, which every walk after it would follow for ever (the second case: at once).
            AssertLimit(RunBounded("/schemas/cycle.yaml", YamlStart + "  io.example.api.demo.v1.Cycle:\n    type: object\n    x-cycle:\n" + Indent(yaml, 6)), "stands inside the node it refers to");
        }

        [Test]
        public void DeepJsonNestingIsRefused()
        {
            string text = "{ \"swagger\": \"2.0\", \"definitions\": { \"x\": " + new string('[', 100_000) + new string(']', 100_000) + " } }";

            AssertLimit(RunBounded("/schemas/deep.json", text), "nest");
        }

        [Test]
        public void DeepYamlBlockNestingIsRefused()
        {
            var text = new StringBuilder(YamlStart);
            for (int i = 0; i < 1_000; i++)
            {
                text.Append(' ', 2 + (2 * i)).Append("a:\n");
            }

            AssertLimit(RunBounded("/schemas/deep.yaml", text.ToString()), "nest deeper than 256");
        }

        [Test]
        public void DeepYamlFlowNestingBehindAQuoteIsRefused()
        {
            // A single-quoted '"' makes a scan for JSON brackets think the rest is one string: the tree builder counts.
            string text = YamlStart + "  x: '\"'\n  y: " + new string('[', 20_000) + new string(']', 20_000) + "\n";

            AssertLimit(RunBounded("/schemas/deep.yaml", text), "nest deeper than 256");
        }

        [Test]
        public void NestingThroughAliasesIsCounted()
        {
            // Each alias brings its anchor's depth: 40 levels, 40 times, is 1,600 levels deep with little text.
            var text = new StringBuilder(YamlStart + "  io.example.api.demo.v1.Deep:\n    type: object\n");
            text.Append("    x-d0: &d0 ").Append(new string('[', 40)).Append(new string(']', 40)).Append('\n');
            for (int i = 1; i < 40; i++)
            {
                text.Append("    x-d").Append(i).Append(": &d").Append(i).Append(' ').Append(new string('[', 40)).Append("*d").Append(i - 1).Append(new string(']', 40)).Append('\n');
            }

            AssertLimit(RunBounded("/schemas/deep.yaml", text.ToString()), "nests objects and arrays deeper than 256");
        }

        [Test]
        public void NestingJustBelowTheLimitIsReadOnASmallStack()
        {
            // 250 levels in the places a reader could recurse: an extension value, and schemas in schemas.
            var schema = new StringBuilder();
            for (int i = 0; i < 120; i++)
            {
                schema.Append("{ \"type\": \"object\", \"properties\": { \"p\": ");
            }

            schema.Append("{ \"type\": \"string\" }").Append(string.Concat(Enumerable.Repeat(" } }", 120)));
            string text = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Deep\": { \"type\": \"object\", \"x-deep\": " + new string('[', 240) + new string(']', 240) + ", \"properties\": { \"deep\": " + schema + " } }");

            HostileHarness.Outcome outcome = RunBounded("/schemas/deep.json", text);

            // The extension's value is never read (nor reported); the mapper stops at its own depth (KSN102), groups p in p
            // are renamed (KSN201); everything else is generated.
            Assert.That(outcome.Diagnostics.Select(d => d.Id).Distinct(), Is.EquivalentTo(new[] { "KSN102", "KSN201" }), outcome.Describe());
            Assert.That(outcome.HintNames, Does.Contain("Demo.V1.Deep.g.cs").And.Contain("Demo.V1.Good.g.cs"));
        }

        [Test]
        public void HugeDescriptionsAndManyCollidingNamesTakeSeconds()
        {
            // 4 MB of description made of "**" and "<" (doc comments escape and pair them), and 2,744 property names
            // that all map to WithA (collisions are numbered from a counter, not searched).
            string description = string.Concat(Enumerable.Repeat("** < & ", 600_000));
            string[] suffixes = { "-", ".", "/", "$", "#", "!", "~", "+", ":", "=", "%", "^", "(", ")" };
            var names = suffixes.SelectMany(a => suffixes.SelectMany(b => suffixes.Select(c => "a" + a + b + c))).ToArray();
            string text = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Big\": { \"type\": \"object\", \"description\": \"" + description + "\", \"properties\": { "
                + string.Join(", ", names.Select(n => "\"" + n + "\": { \"type\": \"string\" }")) + " } }");

            HostileHarness.Outcome outcome = RunBounded("/schemas/big.json", text);

            // The description is longer than the reader takes: it is cut (KSN007), not the reason to lose the file.
            Assert.That(outcome.Diagnostics.Select(d => d.Id).Distinct(), Is.EquivalentTo(new[] { "KSN007", "KSN201" }), outcome.Describe());
            string big = outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Big.g.cs").SourceText.ToString();
            Assert.That(big, Does.Contain("WithA(").And.Contain("WithA_(").And.Contain("WithA_" + (names.Length - 1) + "("));
        }

        [Test]
        public void ManyPropertiesTakeLinearTime()
        {
            // 40,000 properties, half of them not a schema: each located, half reported and replaced. Locating a property
            // by a scan of its siblings, and replacing entries one by one, each took minutes here.
            string text = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Wide\": { \"type\": \"object\", \"properties\": { "
                + string.Join(", ", Enumerable.Range(0, 40_000).Select(i => "\"p" + i + "\": " + (i % 2 == 0 ? "\"x\"" : "{ \"type\": \"string\" }"))) + " } }");

            HostileHarness.Outcome outcome = RunBounded("/schemas/wide.json", text);

            // Reports of one ID stop at a hundred per file; the values are handled all the same.
            Assert.That(outcome.WithId("KSN105").Count(), Is.EqualTo(100));
            Assert.That(outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Wide.g.cs").SourceText.ToString(), Does.Contain("WithP39998(global::System.Text.Json.Nodes.JsonNode? p39998)"));
        }

        [Test]
        public void ManyMixinsTakeLinearTime()
        {
            // 20,000 array fields: a setter and a Mixin each. The emitter found each Mixin's setter by a scan of its
            // siblings (the fuzzer's CRD with 14,000 labels took 8 s to emit; this, longer).
            string text = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Lists\": { \"type\": \"object\", \"properties\": { "
                + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "\"l" + i + "\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }")) + " } }");

            HostileHarness.Outcome outcome = RunBounded("/schemas/lists.json", text);

            Assert.That(outcome.Diagnostics, Is.Empty, outcome.Describe());
            Assert.That(outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Lists.g.cs").SourceText.ToString(), Does.Contain("WithL19999Mixin(params string[] l19999)"));
        }

        [Test]
        public void PlanningReportsStopAtAHundredPerIdAndFile()
        {
            // 5,000 references to definitions no file has: each is generated as free-form JSON, a hundred reported.
            string text = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Dangling\": { \"type\": \"object\", \"properties\": { "
                + string.Join(", ", Enumerable.Range(0, 5_000).Select(i => "\"r" + i + "\": { \"$ref\": \"#/definitions/io.example.Missing" + i + "\" }")) + " } }");

            HostileHarness.Outcome outcome = RunBounded("/schemas/dangling.json", text);

            Assert.That(outcome.WithId("KSN101").Count(), Is.EqualTo(100));
            Assert.That(outcome.Diagnostics.Select(d => d.Id).Distinct(), Is.EqualTo(new[] { "KSN101" }));
            Assert.That(outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Dangling.g.cs").SourceText.ToString(), Does.Contain("WithR4999(global::System.Text.Json.Nodes.JsonNode? r4999)"));
        }

        private static string Indent(string text, int spaces) =>
            string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => new string(' ', spaces) + l + "\n"));
    }
}
