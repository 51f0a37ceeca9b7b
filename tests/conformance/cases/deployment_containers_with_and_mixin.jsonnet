// withContainers/withContainersMixin four levels down: a single object is wrapped, Mixin appends, a later with replaces
local deploy = import '../lib/deployment.libsonnet';
local c(name) = { name: name, image: name + ':latest' };
{
  single: deploy.new('a') + deploy.spec.template.spec.withContainers(c('one')),
  mixinAppends: deploy.new('b') + deploy.spec.template.spec.withContainers([c('one')])
                + deploy.spec.template.spec.withContainersMixin(c('two'))
                + deploy.spec.template.spec.withContainersMixin([c('three'), c('four')]),
  mixinUnset: deploy.new('c') + deploy.spec.template.spec.withContainersMixin(c('only')),
  withReplaces: deploy.new('d') + deploy.spec.template.spec.withContainersMixin([c('one'), c('two')])
                + deploy.spec.template.spec.withContainers(c('three')),
  initContainers: deploy.new('e') + deploy.spec.template.spec.withInitContainers(c('init'))
                  + deploy.spec.template.spec.withContainers(c('main')),
}
