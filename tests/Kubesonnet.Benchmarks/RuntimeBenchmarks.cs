using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using k8s;
using k8s.Models;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// Issue 4's workload: build a CertificateSigningRequest (New and 8 patches: labels, annotations, finalizers,
    /// signerName, a 1 KB request, usages, groups, extra) and write it, side by side with a hand-written
    /// <see cref="Utf8JsonWriter"/> writing the same document and with KubernetesClient's model and serializers.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class RuntimeWriteBenchmarks
    {
        // The workload's values, shared with RuntimeStageBenchmarks.
        internal static readonly Dictionary<string, string> Labels = new() { ["app"] = "demo", ["team"] = "payments", ["tier"] = "backend" };
        internal static readonly Dictionary<string, string> Annotations = new() { ["example.com/owner"] = "team-a", ["example.com/ticket"] = "OPS-1234" };
        internal static readonly byte[] Request = Enumerable.Range(0, 1024).Select(i => (byte)(i * 31)).ToArray();
        internal static readonly string[] Usages = { "digital signature", "key encipherment", "client auth" };
        internal static readonly string[] Groups = { "system:authenticated", "payments" };
        internal static readonly Dictionary<string, IReadOnlyList<string>> Extra = new() { ["scopes"] = new[] { "read", "write" } };
        private static readonly Dictionary<string, IList<string>> ModelExtra = new() { ["scopes"] = new List<string> { "read", "write" } };

        // The hand-written writer knows the document: its maps' keys are already in order.
        private static readonly KeyValuePair<string, string>[] SortedLabels = Labels.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        private static readonly KeyValuePair<string, string>[] SortedAnnotations = Annotations.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();

        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private Utf8JsonWriter _writer = null!;

        [GlobalSetup]
        public void Setup()
        {
            _writer = new Utf8JsonWriter(_buffer);
            string ours = Kubesonnet();
            string hand = HandWritten();
            if (ours != hand)
            {
                throw new InvalidOperationException("The hand-written writer must write the same document:\n" + ours + "\n" + hand);
            }
        }

        private static Csr Build() =>
            Csr.New("csr-0")
            + Csr.Metadata.WithLabels(Labels)
            + Csr.Metadata.WithAnnotations(Annotations)
            + Csr.Metadata.WithFinalizers("kubernetes")
            + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
            + Csr.Spec.WithRequest(Request)
            + Csr.Spec.WithUsages(Usages)
            + Csr.Spec.WithGroups(Groups)
            + Csr.Spec.WithExtra(Extra);

        private static V1CertificateSigningRequest Model() => new()
        {
            ApiVersion = "certificates.k8s.io/v1",
            Kind = "CertificateSigningRequest",
            Metadata = new V1ObjectMeta
            {
                Name = "csr-0",
                Labels = new Dictionary<string, string>(Labels),
                Annotations = new Dictionary<string, string>(Annotations),
                Finalizers = new List<string> { "kubernetes" },
            },
            Spec = new V1CertificateSigningRequestSpec
            {
                SignerName = "kubernetes.io/kube-apiserver-client",
                Request = Request,
                Usages = new List<string>(Usages),
                Groups = new List<string>(Groups),
                Extra = ModelExtra,
            },
        };

        /// <summary>The floor: the same document written by hand with a reused <see cref="Utf8JsonWriter"/>.</summary>
        [Benchmark(Baseline = true)]
        public string HandWritten()
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            Utf8JsonWriter w = _writer;
            w.WriteStartObject();
            w.WriteString("apiVersion", "certificates.k8s.io/v1");
            w.WriteString("kind", "CertificateSigningRequest");
            w.WriteStartObject("metadata");
            w.WriteStartObject("annotations");
            foreach (KeyValuePair<string, string> pair in SortedAnnotations)
            {
                w.WriteString(pair.Key, pair.Value);
            }

            w.WriteEndObject();
            w.WriteStartArray("finalizers");
            w.WriteStringValue("kubernetes");
            w.WriteEndArray();
            w.WriteStartObject("labels");
            foreach (KeyValuePair<string, string> pair in SortedLabels)
            {
                w.WriteString(pair.Key, pair.Value);
            }

            w.WriteEndObject();
            w.WriteString("name", "csr-0");
            w.WriteEndObject();
            w.WriteStartObject("spec");
            w.WriteStartObject("extra");
            w.WriteStartArray("scopes");
            w.WriteStringValue("read");
            w.WriteStringValue("write");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("groups");
            foreach (string group in Groups)
            {
                w.WriteStringValue(group);
            }

            w.WriteEndArray();
            w.WriteBase64String("request", Request);
            w.WriteString("signerName", "kubernetes.io/kube-apiserver-client");
            w.WriteStartArray("usages");
            foreach (string usage in Usages)
            {
                w.WriteStringValue(usage);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        /// <summary>Kubesonnet: New and 8 patches, then <c>ToJson()</c>.</summary>
        [Benchmark]
        public string Kubesonnet() => Build().ToJson();

        /// <summary>KubernetesClient: its model, then <c>KubernetesJson.Serialize</c>.</summary>
        [Benchmark]
        public string KubernetesClientJson() => KubernetesJson.Serialize(Model());

        /// <summary>Kubesonnet: New and 8 patches, then <c>ToYaml()</c>.</summary>
        [Benchmark]
        public string KubesonnetYaml() => Build().ToYaml();

        /// <summary>KubernetesClient: its model, then <c>KubernetesYaml.Serialize</c>.</summary>
        [Benchmark]
        public string KubernetesClientYaml() => KubernetesYaml.Serialize(Model());
    }

    /// <summary>
    /// Composing k Mixins onto one object, for arrays (finalizers) and maps (labels of distinct keys): the cost per
    /// Mixin must stay flat as k grows (O(k) in all).
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class RuntimeCompositionBenchmarks
    {
        private Csr[] _patches = Array.Empty<Csr>();

        [Params(10, 100, 1000, 10000)]
        public int K { get; set; }

        [Params("array", "map")]
        public string Shape { get; set; } = "array";

        [GlobalSetup]
        public void Setup() =>
            _patches = Enumerable.Range(0, K)
                .Select(i => Shape == "array"
                    ? Csr.Metadata.WithFinalizersMixin("example.com/f" + i)
                    : Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["k" + ((i * 7919) % 100_003)] = "v" }))
                .ToArray();

        /// <summary>New, then the k Mixins one at a time.</summary>
        [Benchmark]
        public Csr Compose()
        {
            Csr csr = Csr.New("x");
            foreach (Csr patch in _patches)
            {
                csr += patch;
            }

            return csr;
        }
    }
}
