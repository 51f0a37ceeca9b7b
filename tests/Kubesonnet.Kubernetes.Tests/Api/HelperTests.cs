using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Autoscaling.V1;
using Kubesonnet.Api.Batch.V1;
using Kubesonnet.Api.Core.V1;
using Kubesonnet.Api.Rbac.V1;
using NUnit.Framework;
using static Kubesonnet.Kubernetes.Tests.Corpus;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// k8s-libsonnet's hand-written helpers, generated as static methods of their kinds: every function of
    /// <c>../shared/conformance/k8s-libsonnet-custom</c> that carries over, against what jsonnet printed for the same calls
    /// (<c>tests/conformance/cases/helpers_*.jsonnet</c>).
    /// </summary>
    public class HelperTests
    {
        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        [Test]
        public void helpers_core()
        {
            AssertMatches(nameof(helpers_core), Corpus.Object(
                ("configMapNew", ConfigMap.New("settings").ToJson()),
                ("configMapNewData", ConfigMap.New("settings", Map(("a", "1"), ("b.txt", "two"))).ToJson()),
                ("configMapNewEmptyData", ConfigMap.New("settings", new Dictionary<string, string>()).ToJson()),
                ("containerNew", Container.New("web", "nginx:1.27").ToJson()),
                ("containerWithEnvMap", (Container.New("web", "nginx") + Container.WithEnvMap(Map(("B", "b"), ("A", "a"), ("EMPTY", "")))).ToJson()),
                ("containerWithEnvMapTwice", (Container.WithEnvMap(Map(("A", "a"))) + Container.WithEnvMap(Map(("B", "b")))).ToJson()),
                ("containerWithEnvMapSource", Container.WithEnvMap(new Dictionary<string, EnvVarSource> { ["POD"] = EnvVarSource.FieldRef.WithFieldPath("metadata.name") }).ToJson()),
                ("containerWithResourcesRequests", Container.WithResourcesRequests("100m", "128Mi").ToJson()),
                ("containerWithResourcesRequestsCpu", Container.WithResourcesRequests("100m", null).ToJson()),
                ("containerWithResourcesLimitsMemory", Container.WithResourcesLimits(null, "1Gi").ToJson()),
                ("containerWithResourcesNeither", Container.WithResourcesLimits(null, null).ToJson()),
                ("containerWithResourcesBoth", (Container.WithResourcesRequests("1", "1Gi") + Container.WithResourcesLimits("2", "2Gi")).ToJson()),
                ("containerPortNew", ContainerPort.New(8080).ToJson()),
                ("containerPortNewNamed", ContainerPort.NewNamed(8080, "http").ToJson()),
                ("containerPortNewUDP", ContainerPort.NewUDP(53).ToJson()),
                ("containerPortNewNamedUDP", ContainerPort.NewNamedUDP(53, "dns").ToJson()),
                ("envVarNew", EnvVar.New("LOG_LEVEL", "debug").ToJson()),
                ("envVarFromSecretRef", EnvVar.FromSecretRef("DB_PASSWORD", "db", "password").ToJson()),
                ("envVarFromFieldPath", EnvVar.FromFieldPath("NODE", "spec.nodeName").ToJson()),
                ("keyToPathNew", KeyToPath.New("config.yaml", "app/config.yaml").ToJson()),
                ("persistentVolumeNew", PersistentVolume.New().ToJson()),
                ("persistentVolumeNewNamed", PersistentVolume.New("data").ToJson()),
                ("secretNew", Secret.New("db", new Dictionary<string, byte[]> { ["password"] = Utf8("hunter2") }).ToJson()),
                ("secretNewType", Secret.New("tls", new Dictionary<string, byte[]> { ["tls.crt"] = Utf8("cert"), ["tls.key"] = Utf8("key") }, "kubernetes.io/tls").ToJson()),
                ("serviceNew", Service.New("web", Map(("app", "web")), ServicePort.New(80, 8080), ServicePort.NewNamed("https", 443, "https")).ToJson()),
                ("serviceNewOnePort", Service.New("web", Map(("app", "web")), ServicePort.New(80, "http")).ToJson()),
                ("serviceNewWithoutSelector", Service.NewWithoutSelector("external").ToJson()),
                ("servicePortNew", ServicePort.New(80, 8080).ToJson()),
                ("servicePortNewString", ServicePort.New(80, "http").ToJson()),
                ("servicePortNewNamed", ServicePort.NewNamed("metrics", 9090, 9090).ToJson()),
                ("volumeFromConfigMap", Volume.FromConfigMap("config", "web-config").ToJson()),
                ("volumeFromConfigMapItems", Volume.FromConfigMap("config", "web-config", KeyToPath.New("a", "b"), KeyToPath.New("c", "d")).ToJson()),
                ("volumeFromEmptyDir", Volume.FromEmptyDir("scratch").ToJson()),
                ("volumeFromEmptyDirMedium", Volume.FromEmptyDir("scratch", EmptyDirVolumeSource.WithMedium("Memory")).ToJson()),
                ("volumeFromPersistentVolumeClaim", Volume.FromPersistentVolumeClaim("data", "data-claim").ToJson()),
                ("volumeFromHostPath", Volume.FromHostPath("docker", "/var/run/docker.sock").ToJson()),
                ("volumeFromSecret", Volume.FromSecret("tls", "web-tls").ToJson()),
                ("volumeFromCsi", Volume.FromCsi("secrets", "secrets-store.csi.k8s.io").ToJson()),
                ("volumeFromCsiAttributes", Volume.FromCsi("secrets", "secrets-store.csi.k8s.io", Map(("secretProviderClass", "vault"))).ToJson()),
                ("volumeMountNew", VolumeMount.New("config", "/etc/web").ToJson()),
                ("volumeMountNewReadOnly", VolumeMount.New("config", "/etc/web", true).ToJson())));
        }

        [Test]
        public void helpers_core_errors_are_jsonnets()
        {
            Assert.That(Assert.Throws<ArgumentException>(() => Volume.FromPersistentVolumeClaim("data"))!.Message, Does.Contain("claimName not set"));
            Assert.That(Volume.FromPersistentVolumeClaim("data", emptyDir: "legacy").ToJson(), Does.Contain("\"claimName\":\"legacy\""));
            Assert.Throws<ArgumentException>(() => Subject.FromServiceAccount(ServiceAccount.New("no-namespace")));
        }

        private static readonly Container Web = Container.New("web", "nginx");
        private static readonly Container Log = Container.New("log", "fluentd");
        private static readonly Container Init = Container.New("migrate", "example/migrate");

        private static Container Pull(Container c) => c + Container.WithImagePullPolicy("Always");

        [Test]
        public void helpers_workloads()
        {
            Deployment withInit = Deployment.New("web", 1, new[] { Web, Log }) + Deployment.Spec.Template.Spec.WithInitContainers(Init);
            AssertMatches(nameof(helpers_workloads), Corpus.Object(
                ("deploymentNew", Deployment.New("web", 1, new[] { Web }).ToJson()),
                ("deploymentNewAll", Deployment.New("web", 3, new[] { Web, Log }, Map(("tier", "front"), ("name", "override"))).ToJson()),
                ("deploymentNewNullReplicas", Deployment.New("web", null, new[] { Web }).ToJson()),
                ("daemonSetNew", DaemonSet.New("agent").ToJson()),
                ("daemonSetNewAll", DaemonSet.New("agent", new[] { Web }, Map(("tier", "node"))).ToJson()),
                ("statefulSetNew", StatefulSet.New("db", 1, new[] { Web }).ToJson()),
                ("statefulSetNewAll", StatefulSet.New("db", 2, new[] { Web }, new[] { PersistentVolumeClaim.New("data") + PersistentVolumeClaim.Spec.WithAccessModes("ReadWriteOnce") }, Map(("tier", "data"))).ToJson()),
                ("cronJobNew", CronJob.New("backup").ToJson()),
                ("cronJobNewAll", CronJob.New("backup", "0 3 * * *", new[] { Web }).ToJson()),
                ("deploymentMapContainers", (withInit + Deployment.MapContainers(Pull)).ToJson()),
                ("deploymentMapContainersInit", (withInit + Deployment.MapContainers(Pull, includeInitContainers: true)).ToJson()),
                ("deploymentMapContainersWithName", (Deployment.New("web", 1, new[] { Web, Log }) + Deployment.MapContainersWithName("log", Pull)).ToJson()),
                ("deploymentMapContainersWithNames", (withInit + Deployment.MapContainersWithName(new[] { "web", "migrate" }, Pull, true)).ToJson()),
                ("daemonSetMapContainers", (DaemonSet.New("agent", new[] { Web }) + DaemonSet.MapContainers(Pull)).ToJson()),
                ("replicaSetMapContainers", (ReplicaSet.New("web") + ReplicaSet.Spec.Template.Spec.WithContainers(Web) + ReplicaSet.MapContainers(Pull)).ToJson()),
                ("statefulSetMapContainers", (StatefulSet.New("db", 1, new[] { Web }) + StatefulSet.MapContainersWithName(new[] { "web" }, Pull)).ToJson()),
                ("jobMapContainers", (Job.New("once") + Job.Spec.Template.Spec.WithContainers(Web, Log) + Job.MapContainers(Pull)).ToJson()),
                ("cronJobMapContainers", (CronJob.New("backup", "0 3 * * *", new[] { Web, Log }) + CronJob.MapContainersWithName("web", Pull)).ToJson()),
                ("replicationControllerMapContainers", (ReplicationController.New("rc") + ReplicationController.Spec.Template.Spec.WithContainers(Web) + ReplicationController.MapContainers(Pull)).ToJson())));
        }

        [Test]
        public void helpers_rbac_autoscaling()
        {
            Role role = Role.New("reader") + Role.Metadata.WithNamespace("shop");
            ClusterRole clusterRole = ClusterRole.New("viewer");
            ServiceAccount account = ServiceAccount.New("web") + ServiceAccount.Metadata.WithNamespace("shop");
            Deployment app = Deployment.New("web", 1, new[] { Container.New("web", "nginx") });
            AssertMatches(nameof(helpers_rbac_autoscaling), Corpus.Object(
                ("roleBinding", (RoleBinding.New("reader") + RoleBinding.BindRole(role) + RoleBinding.WithSubjects(Subject.FromServiceAccount(account))).ToJson()),
                ("roleBindingClusterRole", (RoleBinding.New("viewer") + RoleBinding.BindRole(clusterRole)).ToJson()),
                ("clusterRoleBinding", (ClusterRoleBinding.New("viewer") + ClusterRoleBinding.BindRole(clusterRole) + ClusterRoleBinding.WithSubjectsMixin(Subject.FromServiceAccount(account))).ToJson()),
                ("subject", Subject.FromServiceAccount(account).ToJson()),
                ("hpaScaleTargetRef", (HorizontalPodAutoscaler.New("web") + HorizontalPodAutoscaler.Spec.WithScaleTargetRef(app)).ToJson()),
                ("crossVersionObjectReference", (CrossVersionObjectReference.WithApiVersion("apps/v1") + CrossVersionObjectReference.WithKind("Deployment")).ToJson())));
        }

        [Test]
        public void helpers_volume_mounts()
        {
            Deployment d = Deployment.New("web", 1, new[] { Web, Log }) + Deployment.Spec.Template.Spec.WithInitContainers(Init);
            CronJob cron = CronJob.New("backup", "0 3 * * *", new[] { Web, Log });
            ConfigMap cm = ConfigMap.New("web-config", Map(("a.yaml", "x: 1\n"), ("b", "two")));
            AssertMatches(nameof(helpers_volume_mounts), Corpus.Object(
                ("configVolumeMount", (d + Deployment.ConfigVolumeMount("web-config", "/etc/web")).ToJson()),
                ("configVolumeMountMixins", (d + Deployment.ConfigVolumeMount("web-config", "/etc/web", VolumeMount.WithSubPath("a.yaml"), Volume.ConfigMap.WithDefaultMode(420), new[] { "web" }, true)).ToJson()),
                ("configMapVolumeMount", (d + Deployment.ConfigMapVolumeMount(cm, "/etc/web")).ToJson()),
                ("configMapVolumeMountCron", (cron + CronJob.ConfigMapVolumeMount(cm, "/etc/web", containers: new[] { "log" })).ToJson()),
                ("hostVolumeMount", (d + Deployment.HostVolumeMount("docker", "/var/run/docker.sock", "/var/run/docker.sock", true, containers: new[] { "log" })).ToJson()),
                ("pvcVolumeMount", (d + Deployment.PvcVolumeMount("data", "/data", includeInitContainers: true)).ToJson()),
                ("secretVolumeMount", (d + Deployment.SecretVolumeMount("tls", "/etc/tls")).ToJson()),
                ("secretVolumeMountMode", (cron + CronJob.SecretVolumeMount("tls", "/etc/tls", 384, containers: new[] { "web" })).ToJson()),
                ("secretVolumeMountAnnotated", (d + Deployment.SecretVolumeMountAnnotated("tls", "/etc/tls")).ToJson()),
                ("emptyVolumeMount", (d + Deployment.EmptyVolumeMount("scratch", "/tmp", volumeMixin: Volume.EmptyDir.WithSizeLimit("1Gi"))).ToJson()),
                ("csiVolumeMount", (d + Deployment.CsiVolumeMount("secrets", "/mnt/secrets", "secrets-store.csi.k8s.io", Map(("secretProviderClass", "vault")))).ToJson())));
        }
    }
}
