using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Kubesonnet.Generator.Emitting;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using Mark = SharpYaml.Mark;
using SharpYaml.Serialization;

namespace Kubesonnet.Benchmarks
{
    /// <summary>The generator's stages on Kubernetes' v1.21.2 document, to see where a fresh run's time goes.</summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class GeneratorStageBenchmarks
    {
        private string _text = string.Empty;
        private string _withoutPaths = string.Empty;
        private DocumentModel _document = null!;
        private Plan _plan = null!;
        private string[] _sources = System.Array.Empty<string>();

        [GlobalSetup]
        public void Setup()
        {
            _text = File.ReadAllText(Inputs.Kubernetes);
            // SharpYaml's parser (the comparison) gets the text without paths, as Load's JSON parser passes over it.
            YamlNode paths = ((YamlMappingNode)JsonTree.Parse(_text, skippedKey: "paths").RootNode).Children[new YamlScalarNode("paths")];
            (Mark start, Mark end) = (paths.Start, paths.End);
            _withoutPaths = _text.Substring(0, start.Index) + "{}" + _text.Substring(end.Index);
            _document = SchemaLoader.Load(Inputs.Kubernetes, _text, markedAsSchema: true, CancellationToken.None)!;
            _plan = Planner.Create(new[] { _document }, "Kubesonnet.Api", CancellationToken.None);
            _sources = _plan.Types.Select(Emitter.Emit).ToArray();
        }

        /// <summary>Parsing the document into SharpYaml's tree with Kubesonnet's JSON parser, passing over paths, as Load does.</summary>
        [Benchmark]
        public object ParseJson() => JsonTree.Parse(_text, skippedKey: "paths");

        /// <summary>For comparison: SharpYaml's own (YAML) parser on the text without paths, which Load does not use for JSON.</summary>
        [Benchmark]
        public YamlStream Parse()
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(_withoutPaths));
            return stream;
        }

        /// <summary>Parse, check the tree, map it to Kubesonnet's model and write the constraint tables.</summary>
        [Benchmark]
        public object Load() => SchemaLoader.Load(Inputs.Kubernetes, _text, markedAsSchema: true, CancellationToken.None)!;

        [Benchmark]
        public object Plan() => Planner.Create(new[] { _document }, "Kubesonnet.Api", CancellationToken.None);

        /// <summary>What the driver does with the output: parse every generated file (as the compiler must).</summary>
        [Benchmark]
        public int ParseOutput()
        {
            int nodes = 0;
            foreach (string source in _sources)
            {
                nodes += Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().FullSpan.Length > 0 ? 1 : 0;
            }

            return nodes;
        }

        /// <summary>Writing every type's source text.</summary>
        [Benchmark]
        public long Emit() => _plan.Types.Sum(t => (long)Emitter.Emit(t).Length);
    }
}
