using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Runs the generator in a GeneratorDriver over in-memory schema files, the way the compiler does.</summary>
    internal static class GeneratorHarness
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new Lazy<ImmutableArray<MetadataReference>>(() =>
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            var references = trusted.Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(Kubesonnet.Patch).Assembly.Location));
            return references.ToImmutableArray();
        });

        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

        /// <summary>A compilation with nullable on and every warning reported, referencing the runtime.</summary>
        public static CSharpCompilation Compilation(params string[] sources) =>
            CSharpCompilation.Create(
                "Client",
                sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                    // The runtime is built against .NET 8's System.Text.Json and runs on this one's: the SDK silences these two too.
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

        public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new KubesonnetGenerator().AsSourceGenerator() },
                files,
                ParseOptions,
                new OptionsProvider(globalOptions ?? new Dictionary<string, string>(), fileOptions ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>
        /// The pipeline's steps, read from <see cref="KubesonnetGenerator.TrackingNames"/> by reflection: a step added
        /// there is checked by every test without being listed again.
        /// </summary>
        public static IReadOnlyList<string> TrackingNames { get; } = typeof(KubesonnetGenerator.TrackingNames)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        /// <summary>
        /// Runs the generator once over the given files; returns the result and the compilation with the output. Every
        /// run is checked to be incremental (<see cref="AssertIncremental"/>).
        /// </summary>
        public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(params AdditionalText[] files) =>
            Run(files, globalOptions: null);

        /// <summary>
        /// Runs the generator once over <paramref name="files"/>, with build properties (<c>build_property.X</c>), the
        /// files' metadata by path (<see cref="Metadata"/>) and the client's own <paramref name="sources"/>; returns the
        /// result and the compilation with the output. Checked to be incremental (<see cref="AssertIncremental"/>).
        /// </summary>
        public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(
            IEnumerable<AdditionalText> files,
            IReadOnlyDictionary<string, string>? globalOptions = null,
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null,
            string[]? sources = null,
            CancellationToken cancellationToken = default)
        {
            CSharpCompilation input = Compilation(sources ?? Array.Empty<string>());
            GeneratorDriver driver = Driver(files, globalOptions, fileOptions)
                .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
            AssertIncremental(driver, input);
            return (driver.GetRunResult(), output, diagnostics);
        }

        /// <summary>
        /// Runs the generator once over <paramref name="files"/> without compiling its output (faster where only the
        /// generated text or the diagnostics matter). Checked to be incremental (<see cref="AssertIncremental"/>).
        /// </summary>
        public static GeneratorDriverRunResult Generate(
            IEnumerable<AdditionalText> files,
            IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null,
            CancellationToken cancellationToken = default)
        {
            CSharpCompilation input = Compilation();
            GeneratorDriver driver = Driver(files, fileOptions: fileOptions).RunGenerators(input, cancellationToken);
            AssertIncremental(driver, input);
            return driver.GetRunResult();
        }

        /// <summary>
        /// One metadata item (<c>KubesonnetInclude</c>, <c>KubesonnetSchema</c>) on each of the files at
        /// <paramref name="paths"/>, as an AdditionalFiles item's metadata reaches the generator.
        /// </summary>
        public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Metadata(string name, string value, params string[] paths) =>
            paths.Distinct(StringComparer.Ordinal).ToDictionary(
                p => p,
                p => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + name] = value },
                StringComparer.Ordinal);

        /// <summary>Errors and warnings of compiling the generated code (the generator's own KSN diagnostics aside).</summary>
        public static IEnumerable<Diagnostic> CompilerProblems(Compilation output) =>
            output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("KSN", StringComparison.Ordinal));

        /// <summary>The generated files' texts by hint name.</summary>
        public static Dictionary<string, string> Sources(GeneratorDriverRunResult result) =>
            result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        /// <summary>
        /// Runs <paramref name="driver"/> again after an edit that concerns no schema (a class added to the
        /// compilation): every step of the pipeline that ran must be cached or unchanged, and so every output. With
        /// <paramref name="everyStep"/>, every step must also have run with outputs (an empty set would pass on nothing).
        /// Returns the second run.
        /// </summary>
        public static GeneratorRunResult AssertIncremental(GeneratorDriver driver, Compilation compilation, bool everyStep = false)
        {
            Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class KubesonnetIncrementalProbe { }", ParseOptions));
            GeneratorRunResult again = driver.RunGenerators(edited).GetRunResult().Results.Single();
            var expected = new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };
            foreach (string step in TrackingNames)
            {
                if (again.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs))
                {
                    var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).Distinct().ToArray();
                    NUnit.Framework.Assert.That(reasons, NUnit.Framework.Is.SubsetOf(expected), "step " + step + " ran again after an unrelated edit");
                    NUnit.Framework.Assert.That(reasons.Length > 0 || !everyStep, "step " + step + " had outputs");
                }
                else
                {
                    NUnit.Framework.Assert.That(!everyStep, "step " + step + " ran");
                }
            }

            var outputs = again.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct().ToArray();
            NUnit.Framework.Assert.That(outputs, NUnit.Framework.Is.SubsetOf(expected), "an output ran again after an unrelated edit");
            NUnit.Framework.Assert.That(outputs.Length > 0 || !everyStep, "output steps had outputs");
            return again;
        }

        /// <summary>AdditionalFiles items held in memory, one per (path, text).</summary>
        public static AdditionalText[] Texts(IEnumerable<(string Path, string Text)> files) =>
            files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToArray();

        public static AdditionalText SchemaFile() => new InMemoryText(TestPaths.CertificatesSchema, File.ReadAllText(TestPaths.CertificatesSchema));

        /// <summary>An AdditionalFiles item held in memory.</summary>
        public sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

            public OptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files)
            {
                GlobalOptions = new Options(global);
                _files = files;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                new Options(_files.TryGetValue(textFile.Path, out IReadOnlyDictionary<string, string>? options) ? options : new Dictionary<string, string>());
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                _values.TryGetValue(key, out value);
        }
    }
}
