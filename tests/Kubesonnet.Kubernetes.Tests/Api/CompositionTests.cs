using Kubesonnet.Api.Core.V1;
using NUnit.Framework;
using static Kubesonnet.Kubernetes.Tests.Corpus;
using Cr = Kubesonnet.Api.Rbac.V1.ClusterRole;
using Deploy = Kubesonnet.Api.Apps.V1.Deployment;
using PolicyRule = Kubesonnet.Api.Rbac.V1.PolicyRule;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// Composition at depth: the cases <c>tests/conformance/cases/compose_*.jsonnet</c> (mixins in both orders, a patch
    /// built alone and applied to several objects, associativity).
    /// </summary>
    public class CompositionTests
    {
        private static Container Named(string name) => Container.WithName(name);

        [Test]
        public void compose_mixins_both_orders()
        {
            Deploy mapWithThenMixin = Deploy.Spec.Selector.WithMatchLabels(Map(("a", "1"), ("b", "2"))) + Deploy.Spec.Selector.WithMatchLabelsMixin(Map(("b", "B"), ("c", "3")));
            Deploy mapMixinThenWith = Deploy.Spec.Selector.WithMatchLabelsMixin(Map(("b", "B"), ("c", "3"))) + Deploy.Spec.Selector.WithMatchLabels(Map(("a", "1"), ("b", "2")));
            Deploy arrayWithThenMixin = Deploy.Spec.Template.Spec.WithContainers(Named("x")) + Deploy.Spec.Template.Spec.WithContainersMixin(Named("y"));
            Deploy arrayMixinThenWith = Deploy.Spec.Template.Spec.WithContainersMixin(Named("y")) + Deploy.Spec.Template.Spec.WithContainers(Named("x"));
            Deploy mixinMixin = Deploy.Spec.Template.Metadata.WithLabelsMixin(Map(("a", "1"))) + Deploy.Spec.Template.Metadata.WithLabelsMixin(Map(("b", "2")));
            Deploy siblingsKept = Deploy.Spec.Template.Metadata.WithLabels(Map(("a", "1"))) + Deploy.Spec.Template.Spec.WithContainers(Named("x"))
                + Deploy.Spec.WithReplicas(2) + Deploy.Spec.Template.Metadata.WithAnnotations(Map(("n", "note")));

            AssertMatches(nameof(compose_mixins_both_orders), Corpus.Object(
                ("mapWithThenMixin", mapWithThenMixin.ToJson()),
                ("mapMixinThenWith", mapMixinThenWith.ToJson()),
                ("arrayWithThenMixin", arrayWithThenMixin.ToJson()),
                ("arrayMixinThenWith", arrayMixinThenWith.ToJson()),
                ("mixinMixin", mixinMixin.ToJson()),
                ("siblingsKept", siblingsKept.ToJson())));
        }

        [Test]
        public void compose_patch_applied_twice()
        {
            Deploy sidecar = Deploy.Spec.Template.Spec.WithContainersMixin(Container.WithName("proxy") + Container.WithImage("envoy:v1.18"))
                + Deploy.Spec.Template.Metadata.WithLabelsMixin(Map(("mesh", "on")))
                + Deploy.Spec.Strategy.RollingUpdate.WithMaxUnavailable(0);
            Cr audit = Cr.WithRulesMixin(PolicyRule.WithApiGroups("audit.example.com") + PolicyRule.WithResources("events") + PolicyRule.WithVerbs("create"))
                + Cr.Metadata.WithAnnotationsMixin(Map(("audited", "true")));

            Deploy first = Deploy.New("web") + Deploy.Spec.Template.Spec.WithContainers(Container.WithName("web") + Container.WithImage("nginx"))
                + Deploy.Spec.Template.Metadata.WithLabels(Map(("app", "web"))) + sidecar;
            Deploy second = Deploy.New("worker") + sidecar + Deploy.Spec.WithReplicas(5);
            Cr roleWithRules = Cr.New("r1") + Cr.WithRules(PolicyRule.WithApiGroups("") + PolicyRule.WithResources("pods") + PolicyRule.WithVerbs("get")) + audit;
            Cr roleWithout = Cr.New("r2") + audit;

            AssertMatches(nameof(compose_patch_applied_twice), Corpus.Object(
                ("patchAlone", sidecar.ToJson()),
                ("first", first.ToJson()),
                ("second", second.ToJson()),
                ("roleWithRules", roleWithRules.ToJson()),
                ("roleWithout", roleWithout.ToJson())));
        }

        [Test]
        public void compose_associativity()
        {
            Deploy a = Deploy.Spec.Template.Spec.WithContainers(Named("a")) + Deploy.Spec.Selector.WithMatchLabelsMixin(Map(("x", "1")));
            Deploy b = Deploy.Spec.Template.Spec.WithContainersMixin(Named("b")) + Deploy.Spec.Selector.WithMatchLabels(Map(("y", "2")));
            Deploy c = Deploy.Spec.Template.Spec.WithContainersMixin(Named("c")) + Deploy.Spec.Selector.WithMatchLabelsMixin(Map(("z", "3"))) + Deploy.Spec.WithReplicas(1);

            Deploy left = Deploy.New("n") + ((a + b) + c);
            Deploy right = Deploy.New("n") + (a + (b + c));
            Deploy onExisting = Deploy.New("n") + Deploy.Spec.Template.Spec.WithContainers(Named("first")) + (b + c);

            Assert.That(left, Is.EqualTo(right), "the patches themselves are equal, not only their JSON");
            AssertMatches(nameof(compose_associativity), Corpus.Object(
                ("left", left.ToJson()),
                ("right", right.ToJson()),
                ("same", left == right ? "true" : "false"),
                ("onExisting", onExisting.ToJson())));
        }
    }
}
