using System;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Meta.V1;
using Kubesonnet.Api.Rbac.V1;
using NUnit.Framework;
using static Kubesonnet.Kubernetes.Tests.Corpus;
using Cr = Kubesonnet.Api.Rbac.V1.ClusterRole;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// rbac.authorization.k8s.io/v1 ClusterRole, a kind with top-level array setters: the cases
    /// <c>tests/conformance/cases/clusterrole_*.jsonnet</c>, made with <c>tests/conformance/lib/clusterRole.libsonnet</c>.
    /// </summary>
    public class ClusterRoleTests
    {
        private static PolicyRule Rule(string[] resources, params string[] verbs) =>
            PolicyRule.WithApiGroups("") + PolicyRule.WithResources(resources) + PolicyRule.WithVerbs(verbs);

        private static PolicyRule AppsRule(string verb) =>
            PolicyRule.WithApiGroups("apps") + PolicyRule.WithResources("deployments") + PolicyRule.WithVerbs(verb);

        [Test]
        public void clusterrole_rules()
        {
            Cr role = Cr.New("pod-reader")
                + Cr.Metadata.WithLabels(Map(("rbac.example.com/aggregate-to-view", "true")))
                + Cr.WithRules(Rule(new[] { "pods" }, "get", "list"))
                + Cr.WithRulesMixin(Rule(new[] { "pods/log" }, "get"))
                + Cr.WithRulesMixin(new[]
                {
                    Rule(new[] { "configmaps" }, "get"),
                    PolicyRule.WithNonResourceURLs("/healthz", "/healthz/*") + PolicyRule.WithVerbs("get"),
                });
            AssertMatches(nameof(clusterrole_rules), role.ToJson());
        }

        [Test]
        public void clusterrole_rules_replace_and_unset()
        {
            Cr withAfterMixin = Cr.New("a") + Cr.WithRulesMixin(AppsRule("get"), AppsRule("list")) + Cr.WithRules(AppsRule("watch"));
            Cr mixinUnset = Cr.New("b") + Cr.WithRulesMixin(AppsRule("get"));
            Cr mixinAfterWith = Cr.New("c") + Cr.WithRules(new[] { AppsRule("get") }) + Cr.WithRulesMixin(AppsRule("list"));
            Cr emptyWith = Cr.New("d") + Cr.WithRules();
            Cr emptyMixinKeeps = Cr.New("e") + Cr.WithRules(AppsRule("get")) + Cr.WithRulesMixin(Array.Empty<PolicyRule>());

            AssertMatches(nameof(clusterrole_rules_replace_and_unset), Corpus.Object(
                ("withAfterMixin", withAfterMixin.ToJson()),
                ("mixinUnset", mixinUnset.ToJson()),
                ("mixinAfterWith", mixinAfterWith.ToJson()),
                ("emptyWith", emptyWith.ToJson()),
                ("emptyMixinKeeps", emptyMixinKeeps.ToJson())));
        }

        [Test]
        public void clusterrole_aggregation_rule()
        {
            Cr role = Cr.New("monitoring")
                + Cr.AggregationRule.WithClusterRoleSelectors(LabelSelector.WithMatchLabels(Map(("rbac.example.com/aggregate-to-monitoring", "true"))))
                + Cr.AggregationRule.WithClusterRoleSelectorsMixin(new[]
                {
                    LabelSelector.WithMatchExpressions(
                        LabelSelectorRequirement.WithKey("tier") + LabelSelectorRequirement.WithOperator("In") + LabelSelectorRequirement.WithValues("backend", "cache")),
                    LabelSelector.WithMatchExpressions(
                        LabelSelectorRequirement.WithKey("legacy") + LabelSelectorRequirement.WithOperator("DoesNotExist")),
                })
                + Cr.WithRules(Array.Empty<PolicyRule>());
            AssertMatches(nameof(clusterrole_aggregation_rule), role.ToJson());
        }

        [Test]
        public void clusterrole_api_surface()
        {
            JsonNode expected = Expected(nameof(clusterrole_api_surface));
            Assert.Multiple(() =>
            {
                Assert.That(Surface.Of(typeof(Cr)), Is.EqualTo(Surface.FromJsonnet(expected["top"])), "top");
                Assert.That(Surface.Of(typeof(Cr.AggregationRule)), Is.EqualTo(Surface.FromJsonnet(expected["aggregationRule"])), "aggregationRule");
                Assert.That(expected["hasWithKind"]!.GetValue<bool>() || expected["hasWithApiVersion"]!.GetValue<bool>(), Is.False);
                Assert.That(typeof(Cr).GetMethod("WithKind"), Is.Null);
                Assert.That(typeof(Cr).GetMethod("WithApiVersion"), Is.Null);
            });

            // The array setters: params T[] and IEnumerable<T>, replace and Mixin, items typed as the PolicyRule builder.
            Assert.That(typeof(Cr).GetMethod("WithRules", new[] { typeof(PolicyRule[]) }), Is.Not.Null);
            Assert.That(typeof(Cr).GetMethod("WithRulesMixin", new[] { typeof(System.Collections.Generic.IEnumerable<PolicyRule>) }), Is.Not.Null);
        }
    }
}
