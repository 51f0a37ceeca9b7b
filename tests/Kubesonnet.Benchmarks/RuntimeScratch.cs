using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

namespace Kubesonnet.Benchmarks
{
    [MemoryDiagnoser]
    [MedianColumn]
    public class RuntimeScratch
    {
        private static readonly Dictionary<string, string> Labels = new() { ["app"] = "demo", ["team"] = "payments", ["tier"] = "backend" };
        private static readonly Dictionary<string, string> Annotations = new() { ["example.com/owner"] = "team-a", ["example.com/ticket"] = "OPS-1234" };
        private static readonly byte[] Request = Enumerable.Range(0, 1024).Select(i => (byte)(i * 31)).ToArray();
        private static readonly string[] Usages = { "digital signature", "key encipherment", "client auth" };
        private static readonly string[] Groups = { "system:authenticated", "payments" };
        private static readonly Dictionary<string, IReadOnlyList<string>> Extra = new() { ["scopes"] = new[] { "read", "write" } };
        private Csr _built;
        private Csr[] _setters = null!;

        [GlobalSetup]
        public void Setup()
        {
            _built = Build();
            _setters = new[] { Csr.Metadata.WithLabels(Labels), Csr.Metadata.WithAnnotations(Annotations), Csr.Metadata.WithFinalizers("kubernetes"),
                Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client"), Csr.Spec.WithRequest(Request), Csr.Spec.WithUsages(Usages),
                Csr.Spec.WithGroups(Groups), Csr.Spec.WithExtra(Extra) };
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

        public Csr[] SettersOnly() => new[] { Csr.New("csr-0"), Csr.Metadata.WithLabels(Labels), Csr.Metadata.WithAnnotations(Annotations), Csr.Metadata.WithFinalizers("kubernetes"),
                Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client"), Csr.Spec.WithRequest(Request), Csr.Spec.WithUsages(Usages),
                Csr.Spec.WithGroups(Groups), Csr.Spec.WithExtra(Extra) };

        public bool ComposeAndMaterialize()
        {
            Csr c = Csr.New("csr-0");
            foreach (Csr s in _setters)
            {
                c += s;
            }

            return c.ToPatch().ManifestEquals(Patch.Empty);
        }

        [Benchmark]
        public string WriteOnly() => _built.ToJson();

        public string Full() => Build().ToJson();

        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(4096);
        private System.Text.Json.Utf8JsonWriter? _writer;

        [Benchmark]
        public string WriteViaUtf8JsonWriter()
        {
            _buffer.ResetWrittenCount();
            _writer ??= new System.Text.Json.Utf8JsonWriter(_buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _writer.Reset(_buffer);
            _built.ToPatch().WriteTo(_writer);
            _writer.Flush();
            return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }
}
