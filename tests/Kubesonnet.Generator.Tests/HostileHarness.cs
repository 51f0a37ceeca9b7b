using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Runs the generator over hostile schema files, marked <c>KubesonnetSchema="true"</c>, on a small stack.</summary>
    internal static class HostileHarness
    {
        /// <summary>
        /// The stack of a thread-pool thread on Windows, where Visual Studio runs generators: a recursion the
        /// generator does not bound shows here first (and takes the test host down, which fails the run too).
        /// </summary>
        public const int SmallStack = 1024 * 1024;

        /// <summary>A definition every case document has beside its hostile part, to prove the rest is still generated.</summary>
        public const string GoodDefinition =
            "\"io.example.api.demo.v1.Good\": { \"type\": \"object\", \"description\": \"Good.\","
            + " \"x-kubernetes-group-version-kind\": [ { \"group\": \"demo.example.io\", \"version\": \"v1\", \"kind\": \"Good\" } ],"
            + " \"properties\": { \"metadata\": { \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" } } }, \"size\": { \"type\": \"integer\" } } }";

        /// <summary>A swagger 2.0 document with <paramref name="definitions"/> (JSON members) and <see cref="GoodDefinition"/>.</summary>
        public static string Swagger(string definitions) =>
            "{\n\"swagger\": \"2.0\",\n\"info\": { \"title\": \"t\", \"version\": \"1\" },\n\"paths\": {},\n\"definitions\": {\n"
            + (definitions.Length > 0 ? definitions + ",\n" : string.Empty)
            + GoodDefinition + "\n}\n}\n";

        public static Outcome Run(string path, string text) => Run(new[] { (path, text) });

        /// <summary>
        /// Runs the generator over <paramref name="files"/> on a <see cref="SmallStack"/> thread; compiles the output.
        /// The test's cancellation token (set by [CancelAfter]) reaches the generator: a hang ends the test, failed.
        /// </summary>
        public static Outcome Run(IEnumerable<(string Path, string Text)> files, bool compile = true)
        {
            CancellationToken cancellation = TestContext.CurrentContext.CancellationToken;
            Outcome? outcome = null;
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        outcome = RunHere(files, compile, cancellation);
                    }
                    catch (Exception exception)
                    {
                        failure = exception;
                    }
                },
                SmallStack);
            thread.Start();
            thread.Join();
            if (failure != null)
            {
                throw new InvalidOperationException("The run failed: " + failure, failure);
            }

            return outcome!;
        }

        public static Outcome RunHere(IEnumerable<(string Path, string Text)> files, bool compile, CancellationToken cancellation = default)
        {
            AdditionalText[] texts = GeneratorHarness.Texts(files);
            var marked = GeneratorHarness.Metadata("KubesonnetSchema", "true", texts.Select(t => t.Path).ToArray());
            if (!compile)
            {
                return new Outcome(GeneratorHarness.Generate(texts, marked, cancellation), null);
            }

            var (result, output, _) = GeneratorHarness.Run(texts, fileOptions: marked, cancellationToken: cancellation);
            return new Outcome(result, output);
        }

        /// <summary>What one run gave: the generator's result, its diagnostics and files, and the compiled output.</summary>
        public sealed class Outcome
        {
            public Outcome(GeneratorDriverRunResult result, Compilation? output)
            {
                Result = result;
                Output = output;
            }

            public GeneratorDriverRunResult Result { get; }

            public Compilation? Output { get; }

            public GeneratorRunResult Run => Result.Results.Single();

            public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

            public IEnumerable<string> HintNames => Run.GeneratedSources.Select(s => s.HintName);

            public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

            /// <summary>Errors and warnings of compiling the generated code (the generator's own diagnostics aside).</summary>
            public IEnumerable<Diagnostic> CompilerProblems =>
                GeneratorHarness.CompilerProblems(Output!);

            /// <summary>No exception escaped the generator, and it reported no internal error.</summary>
            public void AssertNoCrash()
            {
                Assert.That(Run.Exception, Is.Null, "an exception escaped the generator");
                Assert.That(Diagnostics.Where(d => d.Id == "KSN901" || d.Id.StartsWith("CS", StringComparison.Ordinal)), Is.Empty, Describe());
            }

            public string Describe() => string.Join("\n", Diagnostics.Select(d => d.ToString()));
        }
    }
}
