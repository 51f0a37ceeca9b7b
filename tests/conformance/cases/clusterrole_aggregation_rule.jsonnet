// ClusterRole aggregationRule group: withClusterRoleSelectors (label selectors) with and Mixin, beside empty rules
local cr = import '../lib/clusterRole.libsonnet';
cr.new('monitoring')
+ cr.aggregationRule.withClusterRoleSelectors({ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } })
+ cr.aggregationRule.withClusterRoleSelectorsMixin([
  { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend', 'cache'] }] },
  { matchExpressions: [{ key: 'legacy', operator: 'DoesNotExist' }] },
])
+ cr.withRules([])
