using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// The certificates schema, mutated at random (fixed seed), through the generator: no exception escapes, no
    /// internal error, no run writes more than <see cref="MaxOutputPerInputChar"/> characters of code per character of
    /// its document, and a sample of the runs that report no error compiles without a warning; a hang is stopped by
    /// [CancelAfter] (the token reaches every generator run). <c>KUBESONNET_FUZZ_COUNT</c> sets the number of
    /// documents (2,000 by default; a count that leaves a case no document fails), <c>KUBESONNET_FUZZ_SEED</c> the seed; a failing document is written under the test's work folder. A list of
    /// CustomResourceDefinitions goes through the same, a quarter as often: CRD files are read by their own loader.
    /// </summary>
    public class FuzzTests
    {
        /// <summary>
        /// The work of a run, bounded by what it writes: generated code per character of the document (the seeds write
        /// up to 8 (certificates) and 45 (CRDs) in runs of 400 and 100; a mutation that makes the generator write far more is a blow-up, not a schema).
        /// </summary>
        private const int MaxOutputPerInputChar = 250;

        private static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;

        [TestCase("schema/certificates.k8s.io-v1.json", 1, TestName = "MutatedCertificatesSchemas")]
        [TestCase("tests/Kubesonnet.Generator.Tests/Crds/acme.json", 4, TestName = "MutatedCustomResourceDefinitions")]
        [CancelAfter(60 * 60 * 1000)]
        public void NeverCrashHangOrGenerateCodeThatDoesNotCompile(string seedDocument, int fraction, CancellationToken cancellation)
        {
            int count = Setting("KUBESONNET_FUZZ_COUNT", 2000) / fraction;

            // A count that leaves this case with nothing to run fails: a pass on no document would say nothing.
            Assert.That(count, Is.GreaterThan(0), "KUBESONNET_FUZZ_COUNT gives this case no document (it takes one in " + fraction + ")");
            int seed = Setting("KUBESONNET_FUZZ_SEED", 20240);

            // Every 20th document of 2,000 is compiled; a longer run compiles the same hundred-odd per thousand less often.
            int compileEvery = Setting("KUBESONNET_FUZZ_COMPILE_EVERY", Math.Max(20, count / 100));
            TestContext.Out.WriteLine("seed document " + seedDocument);
            string failures = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
            var problems = new List<string>();
            var stats = new Stats();

            // On a 1 MB stack, as in the IDE: an unbounded recursion takes the test host down, which fails the run too.
            Exception? crash = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        Fuzz(Path.Combine(TestPaths.RepositoryRoot, seedDocument), count, seed, compileEvery, failures, problems, stats, cancellation);
                    }
                    catch (Exception exception)
                    {
                        crash = exception;
                    }
                },
                HostileHarness.SmallStack);
            thread.Start();
            thread.Join();

            TestContext.Out.WriteLine(
                $"{stats.Documents} documents (seed {seed}) in {stats.Total.TotalSeconds:F1} s ({stats.Generating.TotalSeconds:F1} s generating, {stats.Compiling.TotalSeconds:F1} s compiling); slowest run {stats.Slowest.TotalMilliseconds:F0} ms, {stats.SlowestDocument};"
                + $" {stats.Compiled} compiled; {stats.WithErrors} with an error diagnostic; most code per input character {stats.MostOutputPerInputChar:F1}; diagnostics: "
                + string.Join(", ", stats.Ids.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value)));
            Assert.That(crash, Is.Null);
            Assert.That(problems, Is.Empty, "documents are in " + failures);

            // Every document went through the generator, and the sample meant for the compiler reached it.
            Assert.That(stats.Documents, Is.EqualTo(count), "documents generated");
            Assert.That(stats.CompileTried, Is.EqualTo(((count - 1) / compileEvery) + 1), "documents sent to the compiler");
            Assert.That(stats.Compiled, Is.GreaterThan(0), "documents that generated without an error and were compiled");
            Assert.That(stats.Generated, Is.GreaterThan(count / 2), "documents that generated at least one file");
        }

        private static void Fuzz(string seedDocument, int count, int seed, int compileEvery, string failures, List<string> problems, Stats stats, CancellationToken cancellation)
        {
            var mutator = new FuzzMutator(seed, File.ReadAllText(seedDocument));
            var total = Stopwatch.StartNew();
            for (int i = 0; i < count && problems.Count < 10 && !cancellation.IsCancellationRequested; i++)
            {
                FuzzDocument document = mutator.Next();
                bool compile = i % compileEvery == 0;
                string? problem;
                try
                {
                    problem = RunOne(document, compile, stats, cancellation);
                }
                catch (Exception exception)
                {
                    problem = "the harness failed: " + exception;
                }

                if (problem != null)
                {
                    Directory.CreateDirectory(failures);
                    string file = Path.Combine(failures, Path.GetFileNameWithoutExtension(seedDocument) + "-" + seed + "-" + i + Path.GetExtension(document.Path));
                    File.WriteAllText(file, document.Text);
                    problems.Add("#" + i + " (" + document.Mutations + ") → " + file + ": " + problem);
                }

                stats.Documents++;
            }

            stats.Total = total.Elapsed;
        }

        private static string? RunOne(FuzzDocument document, bool compile, Stats stats, CancellationToken cancellation)
        {
            var watch = Stopwatch.StartNew();
            stats.CompileTried += compile ? 1 : 0;

            // The harness's run (marked KubesonnetSchema, checked to be incremental), on this thread: the fuzz test
            // runs on a small stack already.
            HostileHarness.Outcome outcome = HostileHarness.RunHere(new[] { (document.Path, document.Text) }, compile, cancellation);
            Compilation? output = outcome.Output;
            TimeSpan elapsed = watch.Elapsed;
            if (elapsed > stats.Slowest)
            {
                stats.Slowest = elapsed;
                stats.SlowestDocument = "#" + stats.Documents + " (" + document.Mutations + ")";
            }

            stats.Generating += elapsed;
            GeneratorDriverRunResult result = outcome.Result;
            GeneratorRunResult run = outcome.Run;
            if (run.Exception != null)
            {
                return "an exception escaped: " + run.Exception;
            }

            long written = run.GeneratedSources.Sum(s => (long)s.SourceText.Length);
            stats.Generated += written > 0 ? 1 : 0;
            double perChar = (double)written / Math.Max(1, document.Text.Length);
            stats.MostOutputPerInputChar = Math.Max(stats.MostOutputPerInputChar, perChar);
            if (perChar > MaxOutputPerInputChar)
            {
                return "the run wrote " + written + " characters of code for " + document.Text.Length + " of document";
            }

            ImmutableArray<Diagnostic> diagnostics = result.Diagnostics;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                stats.Ids[diagnostic.Id] = stats.Ids.TryGetValue(diagnostic.Id, out int n) ? n + 1 : 1;

                // Formats the message: an argument count that does not fit its descriptor throws here.
                string message = diagnostic.GetMessage();
                if (diagnostic.Id == "KSN901" || !diagnostic.Id.StartsWith("KSN", StringComparison.Ordinal))
                {
                    return "the generator reported " + diagnostic;
                }

                if (message.IndexOfAny(new[] { '\n', '\r', '\u2028', '\u2029', '\u0085' }) >= 0)
                {
                    return "a message holds a line break: " + diagnostic;
                }
            }

            bool errors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            stats.WithErrors += errors ? 1 : 0;
            if (output == null || errors)
            {
                return null;
            }

            stats.Compiled++;
            var compiling = Stopwatch.StartNew();
            Diagnostic[] compilerProblems = GeneratorHarness.CompilerProblems(output).Take(5).ToArray();
            stats.Compiling += compiling.Elapsed;
            return compilerProblems.Length == 0 ? null : "the output does not compile cleanly: " + string.Join("; ", compilerProblems.Select(d => d.ToString()));
        }

        private sealed class Stats
        {
            public int Documents { get; set; }

            public int Compiled { get; set; }

            public int WithErrors { get; set; }

            public int CompileTried { get; set; }

            public int Generated { get; set; }

            public double MostOutputPerInputChar { get; set; }

            public TimeSpan Slowest { get; set; }

            public string SlowestDocument { get; set; } = string.Empty;

            public TimeSpan Total { get; set; }

            public TimeSpan Generating { get; set; }

            public TimeSpan Compiling { get; set; }

            public Dictionary<string, int> Ids { get; } = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }
}
