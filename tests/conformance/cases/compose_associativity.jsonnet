// composition is associative: (a + b) + c and a + (b + c) print the same at depth, including replace-then-merge
local deploy = import '../lib/deployment.libsonnet';
local s = deploy.spec;
local a = s.template.spec.withContainers({ name: 'a' }) + s.selector.withMatchLabelsMixin({ x: '1' });
local b = s.template.spec.withContainersMixin({ name: 'b' }) + s.selector.withMatchLabels({ y: '2' });
local c = s.template.spec.withContainersMixin({ name: 'c' }) + s.selector.withMatchLabelsMixin({ z: '3' }) + s.withReplicas(1);
{
  left: deploy.new('n') + ((a + b) + c),
  right: deploy.new('n') + (a + (b + c)),
  same: self.left == self.right,
  onExisting: deploy.new('n') + s.template.spec.withContainers({ name: 'first' }) + (b + c),
}
