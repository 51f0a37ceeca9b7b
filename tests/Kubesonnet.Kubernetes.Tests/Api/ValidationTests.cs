using System.Linq;
using Kubesonnet.Api.Core.V1;
using NUnit.Framework;
using static Kubesonnet.Kubernetes.Tests.Corpus;
using Deploy = Kubesonnet.Api.Apps.V1.Deployment;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// <c>Validate()</c> of the generated Kubernetes types: what the API server would refuse is found before kubectl
    /// sends it (docs/validation.md shows these outputs).
    /// </summary>
    public class ValidationTests
    {
        private static Deploy Web() => Deploy.New("web")
            + Deploy.Spec.WithReplicas(3)
            + Deploy.Spec.Template.Metadata.WithLabels(Map(("app", "web")))
            + Deploy.Spec.Template.Spec.WithContainers(
                Container.WithName("web")
                + Container.WithImage("nginx:1.21")
                + Container.Resources.WithLimits(Map(("cpu", "500 millicores"), ("memory", "128Mi"))));

        [Test]
        public void ADeploymentWithoutSelectorAndWithABadQuantity()
        {
            Assert.That(Web().Validate().Select(p => p.ToString()), Is.EqualTo(new[]
            {
                "spec.selector: is required (required)",
                "spec.template.spec.containers[0].resources.limits.cpu: must be a quantity such as \"500m\", \"1.5Gi\" or \"2e3\" (format: quantity) (format; value: \"500 millicores\")",
            }));
        }

        [Test]
        public void AValidDeploymentHasNoProblem()
        {
            Deploy web = Deploy.New("web")
                + Deploy.Spec.Selector.WithMatchLabels(Map(("app", "web")))
                + Deploy.Spec.Template.Metadata.WithLabels(Map(("app", "web")))
                + Deploy.Spec.Template.Spec.WithContainers(Container.WithName("web") + Container.WithImage("nginx:1.21"));
            Assert.That(web.Validate(), Is.Empty);
            Assert.That(web.ToYaml(validate: true), Is.EqualTo(web.ToYaml()));
        }

        [Test]
        public void WritersRefuseWhenAskedToValidate()
        {
            var exception = Assert.Throws<KubesonnetValidationException>(() => Web().ToJson(validate: true));
            Assert.That(exception!.Problems, Has.Count.EqualTo(2));
            Assert.Throws<KubesonnetValidationException>(() => Manifests.ToYamlStream(new[] { Web() }, validate: true));
            Assert.That(Web().ToJson(), Does.Contain("500 millicores"), "without validate, written as built");
        }

        [Test]
        public void ReadManifestsAreCheckedByKind()
        {
            var read = Manifests.Read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  creationTimestamp: null
                spec:
                  replicas: "3"
                  selector: {matchLabels: {app: web}}
                  template:
                    spec:
                      containers:
                      - name: web
                        ports:
                        - containerPort: 80
                        - containerPort: 80
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports:
                  - port: 80
                    targetPort: http
                """);
            var problems = Manifests.Validate(read, Deploy.ValidationSchema, Service.ValidationSchema);
            Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
            {
                "[0] spec.replicas: must be of type integer, not a string (type; value: \"3\")",
                "[0] spec.template.spec.containers[0].ports: items [0] and [1] have the same key (containerPort: 80, protocol: (absent)); x-kubernetes-list-type: map needs unique keys (containerPort, protocol) (x-kubernetes-list-type; value: [{\"containerPort\":80},{\"containerPort\":80}])",
            }), "creationTimestamp: null is what kubectl writes, and the API server reads it as absent");
        }

        [Test]
        public void EveryKindOfTheDocumentReadsItsTable()
        {
            // Each table is read (and those it refers to) without an exception, and an empty object of the kind is
            // checked: at least its own required fields are reported where it has some.
            Assert.That(Deploy.ValidationSchema.Kind, Is.EqualTo("Deployment"));
            Assert.That(Deploy.ValidationSchema.ApiVersion, Is.EqualTo("apps/v1"));
            Assert.That(Kubesonnet.Api.Rbac.V1.ClusterRole.New("x").Validate(), Is.Empty);
            Assert.That(Pod.New("p").Validate().Select(p => p.Path), Is.EqualTo(new string[0]));
            Assert.That((Pod.New("p") + Pod.Spec.WithHostname("h")).Validate().Select(p => p.Path), Is.EqualTo(new[] { "spec.containers" }));
        }
    }
}
