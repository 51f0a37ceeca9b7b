using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NUnit.Framework;
using YamlDotNet.Serialization;

namespace Kubesonnet.Crd.Tests
{
    /// <summary>
    /// Issue 12: this project holds every CRD of <c>../shared/crds</c> (cert-manager, prometheus-operator, Argo CD) when
    /// they are there, and builds without a warning. Custom resources built with the generated builders validate against
    /// their CRD's own <c>openAPIV3Schema</c>, read from the CRD file and checked with JsonSchema.Net.
    /// </summary>
    public class RealCrdManifestTests
    {
        private static string Shared =>
            Environment.GetEnvironmentVariable("KUBESONNET_SHARED") is { Length: > 0 } shared
                ? shared
                : Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "..", "shared"));

        /// <summary>The <c>openAPIV3Schema</c> of a version of the CRD in <paramref name="file"/>, as a JSON Schema.</summary>
        private static JsonSchema Schema(string file, string version)
        {
            var yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
            object? crd = yaml.Deserialize(File.ReadAllText(Path.Combine(Shared, "crds", file)));
            JsonNode root = JsonSerializer.SerializeToNode(crd)!;
            JsonNode schema = root["spec"]!["versions"]!.AsArray().Single(v => (string?)v!["name"] == version)!["schema"]!["openAPIV3Schema"]!;
            return JsonSchema.FromText(WithoutKubernetesKeywords(schema).ToJsonString(), baseUri: new Uri("https://kubesonnet.test/" + file + "/" + version + "/" + Guid.NewGuid().ToString("N")));
        }

        /// <summary>
        /// The schema without the keywords JSON Schema does not have (<c>x-kubernetes-*</c>, OpenAPI's <c>nullable</c>),
        /// which JsonSchema.Net refuses; they say how the API server stores and merges values, not which are valid.
        /// </summary>
        private static JsonNode WithoutKubernetesKeywords(JsonNode node)
        {
            if (node is JsonObject obj)
            {
                foreach (string key in obj.Select(p => p.Key).ToList())
                {
                    if (key.StartsWith("x-kubernetes-", StringComparison.Ordinal) || key == "nullable")
                    {
                        obj.Remove(key);
                    }
                    else if (obj[key] is JsonNode child && key != "properties" && key != "enum" && key != "default" && key != "example")
                    {
                        WithoutKubernetesKeywords(child);
                    }
                    else if (key == "properties" && obj[key] is JsonObject properties)
                    {
                        foreach (JsonNode? property in properties.Select(p => p.Value))
                        {
                            if (property != null)
                            {
                                WithoutKubernetesKeywords(property);
                            }
                        }
                    }
                }
            }
            else if (node is JsonArray array)
            {
                foreach (JsonNode? item in array)
                {
                    if (item != null)
                    {
                        WithoutKubernetesKeywords(item);
                    }
                }
            }

            return node;
        }

        private static void AssertValid(string manifest, string file, string version)
        {
            using JsonDocument document = JsonDocument.Parse(manifest);
            EvaluationResults results = Schema(file, version).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            string errors = string.Join("\n", ((IEnumerable<EvaluationResults>?)results.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
            Assert.That(results.IsValid, Is.True, manifest + "\n" + errors);
        }

        private static void AssertInvalid(string manifest, string file, string version)
        {
            using JsonDocument document = JsonDocument.Parse(manifest);
            Assert.That(Schema(file, version).Evaluate(document.RootElement).IsValid, Is.False, "the check can fail: " + manifest);
        }

#if SHARED_CRDS
        [Test]
        public void ACertificateValidatesAgainstCertManagersSchema()
        {
            var certificate = Kubesonnet.Api.CertManager.V1.Certificate.New("payments-api")
                + Kubesonnet.Api.CertManager.V1.Certificate.Metadata.WithNamespace("payments")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.WithSecretName("payments-api-tls")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.WithDnsNames("api.payments.example.com")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.IssuerRef.WithName("internal-ca")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.IssuerRef.WithKind("ClusterIssuer")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.PrivateKey.WithAlgorithm("ECDSA")
                + Kubesonnet.Api.CertManager.V1.Certificate.Spec.PrivateKey.WithSize(256);

            AssertValid(certificate.ToJson(), "cert-manager/cert-manager.io_certificates.yaml", "v1");
            AssertInvalid(certificate.ToJson().Replace("\"ECDSA\"", "\"DSA\"", StringComparison.Ordinal), "cert-manager/cert-manager.io_certificates.yaml", "v1");
        }

        [Test]
        public void OneContainerGoesToPrometheusAndAlertmanagerAndBothValidate()
        {
            // One type per shape: the same Container value for containers and initContainers of both kinds.
            var container = Kubesonnet.Api.Monitoring.V1.Container.WithName("sidecar")
                + Kubesonnet.Api.Monitoring.V1.Container.WithImage("example.com/sidecar:1.0")
                + Kubesonnet.Api.Monitoring.V1.Container.WithEnv(Kubesonnet.Api.Monitoring.V1.EnvVar.WithName("MODE") + Kubesonnet.Api.Monitoring.V1.EnvVar.WithValue("full"))
                + Kubesonnet.Api.Monitoring.V1.Container.WithPorts(Kubesonnet.Api.Monitoring.V1.ContainerPort.WithName("http") + Kubesonnet.Api.Monitoring.V1.ContainerPort.WithContainerPort(8080));

            var prometheus = Kubesonnet.Api.Monitoring.V1.Prometheus.New("main")
                + Kubesonnet.Api.Monitoring.V1.Prometheus.Spec.WithReplicas(2)
                + Kubesonnet.Api.Monitoring.V1.Prometheus.Spec.WithContainers(container)
                + Kubesonnet.Api.Monitoring.V1.Prometheus.Spec.WithInitContainers(container);
            var alertmanager = Kubesonnet.Api.Monitoring.V1.Alertmanager.New("main")
                + Kubesonnet.Api.Monitoring.V1.Alertmanager.Spec.WithReplicas(3)
                + Kubesonnet.Api.Monitoring.V1.Alertmanager.Spec.WithContainers(container);

            AssertValid(prometheus.ToJson(), "prometheus-operator/monitoring.coreos.com_prometheuses.yaml", "v1");
            AssertValid(alertmanager.ToJson(), "prometheus-operator/monitoring.coreos.com_alertmanagers.yaml", "v1");
            AssertInvalid(alertmanager.ToJson().Replace("\"replicas\":3", "\"replicas\":\"three\"", StringComparison.Ordinal), "prometheus-operator/monitoring.coreos.com_alertmanagers.yaml", "v1");
        }

        [Test]
        public void AnArgoCdApplicationValidatesAgainstItsSchema()
        {
            var application = Kubesonnet.Api.Argoproj.V1alpha1.Application.New("guestbook")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Metadata.WithNamespace("argocd")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.WithProject("default")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.Source.WithRepoURL("https://github.com/argoproj/argocd-example-apps.git")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.Source.WithPath("guestbook")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.Source.WithTargetRevision("HEAD")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.Destination.WithServer("https://kubernetes.default.svc")
                + Kubesonnet.Api.Argoproj.V1alpha1.Application.Spec.Destination.WithNamespace("guestbook");

            AssertValid(application.ToJson(), "argo-cd/application-crd.yaml", "v1alpha1");
        }
#else
        [Test]
        public void RealCrdsAreNotThere() =>
            Assert.Ignore(Path.Combine(Shared, "crds") + " was not there when this project was built (set KUBESONNET_SHARED): real CRDs are not checked.");
#endif
    }
}
