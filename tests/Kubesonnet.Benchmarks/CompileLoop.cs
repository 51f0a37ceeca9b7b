using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Emitting;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <c>--compile ROUNDS</c>: what compiling the code generated for Kubernetes' v1.21.2 document costs the compiler
    /// in one warm process (as a compiler server or an IDE has it), by phase: parsing, declarations, binding (all
    /// diagnostics), emitting (with the documentation file when doc comments are parsed). See docs/benchmarks.md.
    /// </summary>
    public static class CompileLoop
    {
        public static int Run(string[] args)
        {
            int rounds = args.Length > 1 && int.TryParse(args[1], out int r) ? r : 3;
            if (!File.Exists(Inputs.Kubernetes))
            {
                Console.Error.WriteLine($"{Inputs.Kubernetes} is not there; set KUBESONNET_OPENAPI to Kubernetes' OpenAPI document.");
                return 2;
            }

            string text = File.ReadAllText(Inputs.Kubernetes);
            var document = SchemaLoader.Load(Inputs.Kubernetes, text, markedAsSchema: true, CancellationToken.None)!;
            var plan = Planner.Create(new[] { document }, "Kubesonnet.Api", CancellationToken.None);
            string[] sources = plan.Types.Select(Emitter.Emit).ToArray();

            // The framework and the runtime; not this assembly, which holds generated types of its own.
            string self = typeof(CompileLoop).Assembly.Location;
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(Patch).Assembly.Location))
                .ToList();

            for (int round = 1; round <= rounds; round++)
            {
                foreach (DocumentationMode mode in new[] { DocumentationMode.None, DocumentationMode.Diagnose })
                {
                    var clock = Stopwatch.StartNew();
                    var options = new CSharpParseOptions(LanguageVersion.Latest, mode);
                    SyntaxTree[] trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, options)).ToArray();
                    long parse = clock.ElapsedMilliseconds;
                    CSharpCompilation compilation = CSharpCompilation.Create(
                        "Client",
                        trees,
                        references,
                        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                            .WithSpecificDiagnosticOptions(new[]
                            {
                                // As the SDK does (NoWarn 1701;1702): the runtime is built for net8.0, this is net10.0.
                                new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
                                new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
                            }));
                    compilation.GetDeclarationDiagnostics();
                    long declare = clock.ElapsedMilliseconds;
                    var diagnostics = compilation.GetDiagnostics();
                    long bind = clock.ElapsedMilliseconds;
                    using var assembly = new MemoryStream();
                    using var xml = new MemoryStream();
                    bool emitted = compilation.Emit(assembly, xmlDocumentationStream: mode == DocumentationMode.None ? null : xml).Success;
                    long emit = clock.ElapsedMilliseconds;
                    foreach (var group in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).Take(3))
                    {
                        Console.WriteLine($"  {group.Key} x{group.Count()}: {group.First().GetMessage()}");
                    }

                    Console.WriteLine(
                        $"round {round}, doc comments {(mode == DocumentationMode.None ? "off" : "on ")}: parse {parse} ms, declarations {declare - parse} ms, "
                        + $"binding {bind - declare} ms, emit {emit - bind} ms, total {emit} ms "
                        + $"({diagnostics.Count(d => d.Severity >= DiagnosticSeverity.Warning)} warnings or errors, emitted: {emitted})");
                }
            }

            return 0;
        }
    }
}
