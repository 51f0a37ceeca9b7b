using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Core.V1;
using PodSpec = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template.Spec;
using PodTemplate = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template;

namespace WebApp;

/// <summary>
/// One Deployment and its staging and production overlays, each a patch built alone: a merge by name reaches one
/// container, a map reaches all of them, and both act on whatever is composed to their left.
/// tests/conformance/cases/webapp_overlays.jsonnet writes the same with k8s-libsonnet's mapContainersWithName.
/// </summary>
public static class Overlays
{
    /// <summary>The Deployment every environment shares.</summary>
    public static readonly Deployment Base = Deployment.New("web", 2, new[]
    {
        Container.New("web", "example/web:1.4.2") + Container.WithResourcesLimits("1", "512Mi"),
        Container.New("proxy", "envoyproxy/envoy:v1.27.0"),
    });

    /// <summary>Staging: one replica, a release candidate of the web container, a canary label on the pods.</summary>
    public static readonly Deployment Staging =
        Deployment.Metadata.WithNamespace("staging")
        + Deployment.Spec.WithReplicas(1)
        + PodSpec.WithContainersMerge(Container.WithName("web") + Container.WithImage("example/web:1.5.0-rc.1"))
        + PodTemplate.Metadata.WithLabelsMixin(("track", "canary"));

    /// <summary>Production: five replicas, more resources and a cache for the web container, images always pulled.</summary>
    public static readonly Deployment Production =
        Deployment.Metadata.WithNamespace("prod")
        + Deployment.Spec.WithReplicas(5)
        + PodSpec.WithContainersMerge(
            Container.WithName("web") + Container.WithResourcesLimits("2", "1Gi") + Container.WithEnvMixin(EnvVar.New("CACHE", "on")))
        + PodSpec.MapContainers(c => c + Container.WithImagePullPolicy("Always"));
}
