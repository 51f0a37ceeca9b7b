// rbac/v1 ClusterRole: top-level array setters withRules (single object wrapped) and withRulesMixin (single object and array)
local cr = import '../lib/clusterRole.libsonnet';
local rule(resources, verbs) = { apiGroups: [''], resources: resources, verbs: verbs };
cr.new('pod-reader')
+ cr.metadata.withLabels({ 'rbac.example.com/aggregate-to-view': 'true' })
+ cr.withRules(rule(['pods'], ['get', 'list']))
+ cr.withRulesMixin(rule(['pods/log'], ['get']))
+ cr.withRulesMixin([
  rule(['configmaps'], ['get']),
  { nonResourceURLs: ['/healthz', '/healthz/*'], verbs: ['get'] },
])
