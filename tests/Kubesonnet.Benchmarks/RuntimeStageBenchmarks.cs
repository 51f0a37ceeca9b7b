using System.Linq;
using BenchmarkDotNet.Attributes;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <see cref="RuntimeWriteBenchmarks"/>'s Kubesonnet row split into its stages: making the 9 patches (New and 8
    /// setters), composing them, and writing the built object to a JSON string; and, for deeper paths than a
    /// CertificateSigningRequest has, composing 16 setters of a Deployment's shape (paths 2 to 5 deep).
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class RuntimeStageBenchmarks
    {
        // A Deployment's usual setters, untyped (this project generates only the certificates schema).
        private static readonly Patch[] DeploymentSetters = new[]
        {
            new PatchPath("metadata", "labels"), new PatchPath("metadata", "annotations"), new PatchPath("metadata", "namespace"),
            new PatchPath("spec", "replicas"), new PatchPath("spec", "selector", "matchLabels"),
            new PatchPath("spec", "template", "metadata", "labels"), new PatchPath("spec", "template", "spec", "serviceAccountName"),
            new PatchPath("spec", "template", "spec", "nodeSelector"), new PatchPath("spec", "template", "spec", "containers"),
            new PatchPath("spec", "template", "spec", "volumes"), new PatchPath("spec", "strategy", "type"),
            new PatchPath("spec", "template", "spec", "securityContext", "runAsUser"),
            new PatchPath("spec", "template", "spec", "securityContext", "fsGroup"),
            new PatchPath("spec", "template", "spec", "dnsPolicy"), new PatchPath("spec", "revisionHistoryLimit"),
            new PatchPath("spec", "minReadySeconds"),
        }.Select(path => Patch.Set(path, PatchValue.String("x"))).ToArray();

        private Csr[] _setters = System.Array.Empty<Csr>();
        private Patch _built = Patch.Empty;

        [GlobalSetup]
        public void Setup()
        {
            _setters = Setters();
            _built = Compose();
        }

        /// <summary>New and the 8 setters, each a patch of its own.</summary>
        [Benchmark]
        public Csr[] Setters() => new[]
        {
            Csr.New("csr-0"),
            Csr.Metadata.WithLabels(RuntimeWriteBenchmarks.Labels),
            Csr.Metadata.WithAnnotations(RuntimeWriteBenchmarks.Annotations),
            Csr.Metadata.WithFinalizers("kubernetes"),
            Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client"),
            Csr.Spec.WithRequest(RuntimeWriteBenchmarks.Request),
            Csr.Spec.WithUsages(RuntimeWriteBenchmarks.Usages),
            Csr.Spec.WithGroups(RuntimeWriteBenchmarks.Groups),
            Csr.Spec.WithExtra(RuntimeWriteBenchmarks.Extra),
        };

        /// <summary><c>+</c> of the 9 patches made beforehand, and the fields built.</summary>
        [Benchmark]
        public Patch Compose()
        {
            Csr csr = _setters[0];
            for (int i = 1; i < _setters.Length; i++)
            {
                csr += _setters[i];
            }

            Patch patch = csr.ToPatch();
            _ = patch.Fields;
            return patch;
        }

        /// <summary><c>Patch.Kind</c> and 16 setters made beforehand, 2 to 5 levels deep, composed.</summary>
        [Benchmark]
        public Patch ComposeDeployment()
        {
            Patch patch = Patch.Kind("apps/v1", "Deployment", "web");
            foreach (Patch setter in DeploymentSetters)
            {
                patch += setter;
            }

            _ = patch.Fields;
            return patch;
        }

        /// <summary><c>ToJson()</c> of the object built beforehand.</summary>
        [Benchmark]
        public string Write() => _built.ToJson();
    }
}
