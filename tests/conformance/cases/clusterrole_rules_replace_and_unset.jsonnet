// ClusterRole top-level arrays: with after Mixin replaces, Mixin onto an absent field sets it, empty arrays
local cr = import '../lib/clusterRole.libsonnet';
local rule(verb) = { apiGroups: ['apps'], resources: ['deployments'], verbs: [verb] };
{
  withAfterMixin: cr.new('a') + cr.withRulesMixin([rule('get'), rule('list')]) + cr.withRules(rule('watch')),
  mixinUnset: cr.new('b') + cr.withRulesMixin(rule('get')),
  mixinAfterWith: cr.new('c') + cr.withRules([rule('get')]) + cr.withRulesMixin(rule('list')),
  emptyWith: cr.new('d') + cr.withRules([]),
  emptyMixinKeeps: cr.new('e') + cr.withRules(rule('get')) + cr.withRulesMixin([]),
}
