using System;
using System.Collections.Generic;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Core.V1;
using Kubesonnet.Api.Meta.V1;
using NUnit.Framework;
using static Kubesonnet.Kubernetes.Tests.Corpus;
using PodSpec = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template.Spec;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// What issue 13 adds to every generated type: map entries as tuples, a group's builder taken whole, merges by the
    /// schema's keys and maps of arrays of builders; and that they compose associatively with everything else.
    /// </summary>
    public class ApiAdditionsTests
    {
        [Test]
        public void MapsTakeEntriesAsTheyTakeDictionaries()
        {
            Assert.That(Deployment.Metadata.WithLabels(("app", "web"), ("tier", "api")),
                Is.EqualTo(Deployment.Metadata.WithLabels(Map(("app", "web"), ("tier", "api")))));
            Assert.That(Deployment.Metadata.WithLabelsMixin(("a", "1")) + Deployment.Metadata.WithLabelsMixin(("b", "2")),
                Is.EqualTo(Deployment.Metadata.WithLabelsMixin(Map(("a", "1"))) + Deployment.Metadata.WithLabelsMixin(Map(("b", "2")))));
            var e = Assert.Throws<ArgumentException>(() => Deployment.Metadata.WithLabels(("app", "web"), ("app", "api")))!;
            Assert.That(e.ParamName, Is.EqualTo("labels"));
            Assert.That(e.Message, Does.Contain("\"app\" twice"));
        }

        [Test]
        public void AGroupsBuilderIsTakenWhole()
        {
            Probe probe = Probe.HttpGet.WithPath("/healthz") + Probe.HttpGet.WithPort(8080);
            Assert.That(Container.WithLivenessProbe(probe).ToJson(),
                Is.EqualTo((Container.LivenessProbe.HttpGet.WithPath("/healthz") + Container.LivenessProbe.HttpGet.WithPort(8080)).ToJson()));

            // With replaces the field, Mixin merges into it, as withX/withXMixin of k8s-libsonnet do with an object.
            Container first = Container.LivenessProbe.WithPeriodSeconds(5);
            Assert.That((first + Container.WithLivenessProbe(probe)).ToJson(), Does.Not.Contain("periodSeconds"));
            Assert.That((first + Container.WithLivenessProbeMixin(probe)).ToJson(), Does.Contain("\"periodSeconds\":5").And.Contain("/healthz"));

            // Deep: a pod template and metadata built once.
            ObjectMeta metadata = ObjectMeta.WithLabels(("app", "web"));
            Deployment deployment = Deployment.WithSpec(DeploymentSpec.WithReplicas(2)) + Deployment.Spec.Template.WithMetadata(metadata);
            Assert.That(deployment.ToJson(), Is.EqualTo("{\"spec\":{\"replicas\":2,\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}}}}}"));
        }

        [Test]
        public void MergesUseTheSchemasKeys()
        {
            // Container.ports: x-kubernetes-list-map-keys containerPort and protocol.
            Container c = Container.WithPorts(ContainerPort.New(80), ContainerPort.NewUDP(80))
                + Container.WithPortsMerge(ContainerPort.NewUDP(80) + ContainerPort.WithName("dns"), ContainerPort.New(80) + ContainerPort.WithName("http"), ContainerPort.New(443));
            Assert.That(c.ToJson(), Is.EqualTo(
                "{\"ports\":[{\"containerPort\":80,\"name\":\"http\"},{\"containerPort\":80,\"name\":\"dns\",\"protocol\":\"UDP\"},{\"containerPort\":443}]}"));

            // PodSpec.volumes and Container.env: x-kubernetes-patch-merge-key name; Container.volumeMounts: mountPath.
            Container env = Container.WithEnv(EnvVar.New("A", "1")) + Container.WithEnvMerge(EnvVar.New("A", "2"), EnvVar.New("B", "3"));
            Assert.That(env.ToJson(), Is.EqualTo("{\"env\":[{\"name\":\"A\",\"value\":\"2\"},{\"name\":\"B\",\"value\":\"3\"}]}"));
            Container mounts = Container.WithVolumeMounts(VolumeMount.New("a", "/x")) + Container.WithVolumeMountsMerge(VolumeMount.New("b", "/x"));
            Assert.That(mounts.ToJson(), Is.EqualTo("{\"volumeMounts\":[{\"mountPath\":\"/x\",\"name\":\"b\"}]}"));
            Assert.That(typeof(Container).GetMethod("WithArgsMerge"), Is.Null, "no merge for arrays without keys");
        }

        [Test]
        public void MergesAndMapsNestInsideMergedItems()
        {
            Deployment base_ = Deployment.New("web", 1, new[] { Container.New("web", "nginx") + Container.WithEnv(EnvVar.New("A", "1")) });
            Deployment overlay = PodSpec.WithContainersMerge(Container.WithName("web") + Container.WithEnvMerge(EnvVar.New("A", "2")));
            Assert.That((base_ + overlay).ToJson(), Does.Contain("\"env\":[{\"name\":\"A\",\"value\":\"2\"}]"));
        }

        [Test]
        public void ChainsOfTypedMergesAndMapsAreAssociative()
        {
            var random = new Random(13);
            Func<Container, Container>[] maps =
            {
                c => c + Container.WithImagePullPolicy("Always"),
                c => c + Container.WithArgsMixin("-v"),
            };
            string[] names = { "web", "log" };
            Deployment Next() => random.Next(6) switch
            {
                0 => PodSpec.WithContainers(Container.New(names[random.Next(2)], "i" + random.Next(3))),
                1 => PodSpec.WithContainersMixin(Container.New(names[random.Next(2)], "j" + random.Next(3))),
                2 => PodSpec.WithContainersMerge(Container.WithName(names[random.Next(2)]) + Container.WithEnvMixin(EnvVar.New("E", "v" + random.Next(3)))),
                3 => PodSpec.MapContainers(maps[random.Next(2)]),
                4 => Deployment.MapContainersWithName(names[random.Next(2)], maps[random.Next(2)]),
                _ => Deployment.Spec.WithReplicas(random.Next(4)),
            };

            for (int i = 0; i < 500; i++)
            {
                Deployment a = Next(), b = Next(), c = Next();
                Deployment leftFirst = (a + b) + c;
                Deployment rightFirst = a + (b + c);
                Assert.That(rightFirst, Is.EqualTo(leftFirst), $"{a}\n{b}\n{c}");
                Assert.That(rightFirst.ToYaml(), Is.EqualTo(leftFirst.ToYaml()));
            }
        }

        [Test]
        public void MixedKindsGoToOneStreamAsTheyAre()
        {
            Deployment deployment = Deployment.New("web", 1, new[] { Container.New("web", "nginx") });
            Service service = Service.New("web", Map(("name", "web")), ServicePort.New(80, 8080));
            ConfigMap configMap = ConfigMap.New("web", Map(("a", "b")));
            string yaml = Manifests.ToYamlStream(deployment, service, configMap);
            Assert.That(yaml, Is.EqualTo(deployment.ToYaml() + "---\n" + service.ToYaml() + "---\n" + configMap.ToYaml()));
            Assert.That(Manifests.ToJsonList(deployment, service, configMap), Does.StartWith("{\"apiVersion\":\"v1\",\"items\":[{\"apiVersion\":\"apps/v1\""));
        }
    }
}
