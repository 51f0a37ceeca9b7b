using System.Collections.Generic;
using Kubesonnet;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Autoscaling.V1;
using Kubesonnet.Api.Core.V1;
using Kubesonnet.Api.Networking.V1;
using Kubesonnet.Api.Rbac.V1;
using Namespace = Kubesonnet.Api.Core.V1.Namespace;
using PodSpec = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template.Spec;

namespace WebApp;

/// <summary>
/// A web app of nine objects: Namespace, ServiceAccount, Role, RoleBinding, ConfigMap, a Deployment of two containers (env
/// from a Secret, probes, resources, a ConfigMap volume), Service, Ingress and HorizontalPodAutoscaler. Written as
/// tests/conformance/cases/webapp.jsonnet writes it with k8s-libsonnet, and printing the same manifests.
/// </summary>
public static class Shop
{
    private const string Ns = "shop";

    /// <summary>A probe built once: a group's builder is a value, reusable as a liveness or a readiness probe.</summary>
    public static Probe Health(string path, string port) =>
        Probe.HttpGet.WithPath(path) + Probe.HttpGet.WithPort(port) + Probe.WithInitialDelaySeconds(10) + Probe.WithPeriodSeconds(15);

    /// <summary>The application's container.</summary>
    public static readonly Container Web =
        Container.New("web", "example/web:1.4.2")
        + Container.WithPorts(ContainerPort.NewNamed(8080, "http"))
        + Container.WithEnv(
            EnvVar.New("LOG_LEVEL", "info"),
            EnvVar.FromSecretRef("DB_PASSWORD", "web-db", "password"),
            EnvVar.FromFieldPath("POD_NAME", "metadata.name"))
        + Container.WithVolumeMounts(VolumeMount.New("config", "/etc/web", readOnly: true))
        + Container.WithResourcesRequests("250m", "256Mi")
        + Container.WithResourcesLimits("1", "512Mi")
        + Container.WithLivenessProbe(Health("/healthz", "http"))
        + Container.ReadinessProbe.HttpGet.WithPath("/ready")
        + Container.ReadinessProbe.HttpGet.WithPort(8080);

    /// <summary>A proxy beside it.</summary>
    public static readonly Container Proxy =
        Container.New("proxy", "envoyproxy/envoy:v1.27.0")
        + Container.WithPorts(ContainerPort.NewNamed(9901, "admin"))
        + Container.WithArgs("--config-path", "/etc/envoy/envoy.yaml")
        + Container.WithResourcesLimits("500m", null);

    /// <summary>The nine objects, in the order they are applied.</summary>
    public static IPatch[] Objects()
    {
        var labels = new Dictionary<string, string> { ["app"] = "web" };
        ServiceAccount account = ServiceAccount.New("web") + ServiceAccount.Metadata.WithNamespace(Ns);
        Role role = Role.New("web")
            + Role.Metadata.WithNamespace(Ns)
            + Role.WithRules(PolicyRule.WithApiGroups("") + PolicyRule.WithResources("configmaps", "secrets") + PolicyRule.WithVerbs("get", "watch"));
        Deployment app = Deployment.New("web", 3, new[] { Web, Proxy }, podLabels: labels)
            + Deployment.Metadata.WithNamespace(Ns)
            + Deployment.Metadata.WithLabels(labels)
            + PodSpec.WithServiceAccountName("web")
            + PodSpec.WithVolumes(Volume.FromConfigMap("config", "web-config"));

        return new IPatch[]
        {
            Namespace.New(Ns) + Namespace.Metadata.WithLabels(("team", "payments")),
            account,
            role,
            RoleBinding.New("web")
                + RoleBinding.Metadata.WithNamespace(Ns)
                + RoleBinding.BindRole(role)
                + RoleBinding.WithSubjects(Subject.FromServiceAccount(account)),
            ConfigMap.New("web-config", new Dictionary<string, string> { ["config.yaml"] = "listen: 8080\nlog: info\n" })
                + ConfigMap.Metadata.WithNamespace(Ns),
            app,
            Service.New("web", labels, ServicePort.NewNamed("http", 80, "http")) + Service.Metadata.WithNamespace(Ns),
            Ingress.New("web")
                + Ingress.Metadata.WithNamespace(Ns)
                + Ingress.Metadata.WithAnnotations(("cert-manager.io/cluster-issuer", "letsencrypt"))
                + Ingress.Spec.WithIngressClassName("nginx")
                + Ingress.Spec.WithRules(
                    IngressRule.WithHost("shop.example.com")
                    + IngressRule.Http.WithPaths(
                        HTTPIngressPath.WithPath("/")
                        + HTTPIngressPath.WithPathType("Prefix")
                        + HTTPIngressPath.Backend.Service.WithName("web")
                        + HTTPIngressPath.Backend.Service.Port.WithName("http"))),
            HorizontalPodAutoscaler.New("web")
                + HorizontalPodAutoscaler.Metadata.WithNamespace(Ns)
                + HorizontalPodAutoscaler.Spec.WithScaleTargetRef(app)
                + HorizontalPodAutoscaler.Spec.WithMinReplicas(3)
                + HorizontalPodAutoscaler.Spec.WithMaxReplicas(10)
                + HorizontalPodAutoscaler.Spec.WithTargetCPUUtilizationPercentage(75),
        };
    }
}
