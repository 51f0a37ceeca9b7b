using System.Collections.Generic;
using System.IO;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Core.V1;
using NUnit.Framework;
using WebApp;
using static Kubesonnet.Kubernetes.Tests.Corpus;
using PodSpec = Kubesonnet.Api.Apps.V1.Deployment.Spec.Template.Spec;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// Issue 13's three tasks as <c>samples/WebApp</c> writes them (its <c>App/</c> is compiled into this project): helpers,
    /// whole-builder setters, merges by key and maps, checked against what jsonnet printed for the same programs with
    /// k8s-libsonnet (<c>tests/conformance/cases/webapp*.jsonnet</c>, on <c>lib/k.libsonnet</c>: the generated libraries
    /// under the hand-written helpers).
    /// </summary>
    public class WebAppTests
    {
        [Test]
        public void webapp()
        {
            IPatch[] objects = Shop.Objects();
            Assert.That(objects, Has.Length.EqualTo(9));
            AssertMatches(nameof(webapp), Manifests.ToJsonList(objects));

            // The same objects as one YAML stream, mixed kinds as they are, read back.
            IReadOnlyList<Patch> read = Manifests.Read(Manifests.ToYamlStream(objects[0], objects[1..]));
            Assert.That(Manifests.ToJsonList(read), Is.EqualTo(Manifests.ToJsonList(objects)));
        }

        [Test]
        public void webapp_overlays()
        {
            AssertMatches(nameof(webapp_overlays), Corpus.Object(
                ("staging", (Overlays.Base + Overlays.Staging).ToJson()),
                ("prod", (Overlays.Base + Overlays.Production).ToJson())));
        }

        [Test]
        public void webapp_overlays_with_k8s_libsonnet_helpers_give_the_same()
        {
            Deployment prod = Deployment.Metadata.WithNamespace("prod")
                + Deployment.Spec.WithReplicas(5)
                + Deployment.MapContainersWithName("web", c => c + Container.WithResourcesLimits("2", "1Gi") + Container.WithEnvMixin(EnvVar.New("CACHE", "on")))
                + Deployment.MapContainers(c => c + Container.WithImagePullPolicy("Always"));
            Assert.That((Overlays.Base + prod).ToJson(), Is.EqualTo((Overlays.Base + Overlays.Production).ToJson()));
        }

        [Test]
        public void overlays_act_on_what_is_left_of_them_however_grouped()
        {
            Deployment extra = PodSpec.WithContainersMixin(Container.New("metrics", "prom/statsd-exporter"));
            foreach (Deployment overlay in new[] { Overlays.Staging, Overlays.Production, Sidecar.LogShipper })
            {
                Deployment leftFirst = (Overlays.Base + extra) + overlay;
                Deployment rightFirst = Overlays.Base + (extra + overlay);
                Assert.That(rightFirst, Is.EqualTo(leftFirst));
                Assert.That(rightFirst.ToJson(), Is.EqualTo(leftFirst.ToJson()));
                Assert.That(leftFirst.ToJson(), Does.Contain("statsd-exporter"));
            }

            // Production's map reaches the container added after the base, before the overlay.
            Assert.That(((Overlays.Base + extra) + Overlays.Production).ToJson(),
                Does.Contain("{\"image\":\"prom/statsd-exporter\",\"imagePullPolicy\":\"Always\",\"name\":\"metrics\"}"));
        }

        [Test]
        public void webapp_sidecar()
        {
            string yaml = File.ReadAllText(Path.Combine(ExpectedDirectory, "webapp_sidecar.yaml"));
            Deployment withSidecar = Manifests.ReadSingle<Deployment>(yaml) + Sidecar.LogShipper;
            AssertMatches(nameof(webapp_sidecar), withSidecar.ToJson());

            // Written back as YAML, it reads as the same manifest, the field no schema knows (hostUsers) included.
            string written = Sidecar.AddLogShipper(yaml);
            Assert.That(written, Does.Contain("hostUsers: false"));
            Assert.That(Manifests.ReadSingle<Deployment>(written).ToJson(), Is.EqualTo(withSidecar.ToJson()));
        }
    }
}
