using Kubesonnet;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Core.V1;
using PodSpec = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template.Spec;

namespace WebApp;

/// <summary>
/// A Deployment read from YAML, given a log-shipping sidecar, its volume, a mount in the web container and a label, and
/// written back: every field it had is kept, known to the schema or not. tests/conformance/cases/webapp_sidecar.jsonnet.
/// </summary>
public static class Sidecar
{
    /// <summary>What is added, as one patch of a Deployment: it can be composed onto any.</summary>
    public static readonly Deployment LogShipper =
        Deployment.Metadata.WithLabelsMixin(("sidecar.example.com/injected", "true"))
        + PodSpec.WithContainersMixin(
            Container.New("log-shipper", "fluent/fluent-bit:2.2")
            + Container.WithArgs("-i", "tail", "-p", "path=/var/log/web/*.log", "-o", "stdout")
            + Container.WithVolumeMounts(VolumeMount.New("logs", "/var/log/web", readOnly: true)))
        + PodSpec.WithVolumesMixin(Volume.FromEmptyDir("logs"))
        + PodSpec.WithContainersMerge(Container.WithName("web") + Container.WithVolumeMountsMixin(VolumeMount.New("logs", "/var/log/web")));

    /// <summary>Reads the Deployment, adds the sidecar, writes it back as YAML.</summary>
    public static string AddLogShipper(string deploymentYaml) =>
        (Manifests.ReadSingle<Deployment>(deploymentYaml) + LogShipper).ToYaml();
}
