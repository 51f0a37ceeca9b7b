using System.Linq;
using BenchmarkDotNet.Attributes;
using Kubesonnet.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// The generator as the compiler runs it: a fresh <see cref="GeneratorDriver"/> over one schema (a first build, or
    /// the IDE opening the project), and a second run of a warm driver after an edit that has nothing to do with
    /// the schema (every keystroke in the IDE).
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class GeneratorBenchmarks
    {
        private static readonly CSharpParseOptions s_parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        private AdditionalText _text = null!;
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _edited = null!;
        private GeneratorDriver _warm = null!;

        [Params("certificates", "kubernetes-v1.21.2")]
        public string Schema { get; set; } = "certificates";

        [GlobalSetup]
        public void Setup()
        {
            _text = Inputs.Text(Schema == "certificates" ? Inputs.Certificates : Inputs.Kubernetes);
            _compilation = CSharpCompilation.Create("Client", new[] { CSharpSyntaxTree.ParseText("class A { }", s_parseOptions) });
            _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class A { int B; }", s_parseOptions));
            _warm = NewDriver().RunGenerators(_compilation);
        }

        /// <summary>A fresh driver: read, plan and emit everything.</summary>
        [Benchmark]
        public GeneratorDriver FreshDriver() => NewDriver().RunGenerators(_compilation);

        /// <summary>A warm driver after an unrelated edit: every step cached.</summary>
        [Benchmark]
        public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

        private GeneratorDriver NewDriver() =>
            CSharpGeneratorDriver.Create(new[] { new KubesonnetGenerator().AsSourceGenerator() }, new[] { _text }, s_parseOptions);
    }
}
