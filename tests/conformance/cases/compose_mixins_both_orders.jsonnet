// composition: with and Mixin in both orders at depth (matchLabels map, containers array, template labels)
local deploy = import '../lib/deployment.libsonnet';
local s = deploy.spec;
{
  mapWithThenMixin: s.selector.withMatchLabels({ a: '1', b: '2' }) + s.selector.withMatchLabelsMixin({ b: 'B', c: '3' }),
  mapMixinThenWith: s.selector.withMatchLabelsMixin({ b: 'B', c: '3' }) + s.selector.withMatchLabels({ a: '1', b: '2' }),
  arrayWithThenMixin: s.template.spec.withContainers({ name: 'x' }) + s.template.spec.withContainersMixin({ name: 'y' }),
  arrayMixinThenWith: s.template.spec.withContainersMixin({ name: 'y' }) + s.template.spec.withContainers({ name: 'x' }),
  mixinMixin: s.template.metadata.withLabelsMixin({ a: '1' }) + s.template.metadata.withLabelsMixin({ b: '2' }),
  siblingsKept: s.template.metadata.withLabels({ a: '1' }) + s.template.spec.withContainers({ name: 'x' }) + s.withReplicas(2)
                + s.template.metadata.withAnnotations({ n: 'note' }),
}
