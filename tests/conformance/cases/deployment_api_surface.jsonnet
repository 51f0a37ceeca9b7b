// the functions and groups k8s-libsonnet's rules give Deployment at the top, in spec.strategy.rollingUpdate, spec.template.spec.securityContext and spec.template.spec.affinity
local deploy = import '../lib/deployment.libsonnet';
{
  top: std.objectFields(deploy),
  spec: std.objectFields(deploy.spec),
  rollingUpdate: std.objectFields(deploy.spec.strategy.rollingUpdate),
  securityContext: std.objectFields(deploy.spec.template.spec.securityContext),
  affinity: std.objectFields(deploy.spec.template.spec.affinity),
  podSpecHasWithStatus: std.objectHas(deploy.spec.template.spec, 'withStatus'),
  hasWithKind: std.objectHas(deploy, 'withKind'),
  hasWithApiVersion: std.objectHas(deploy, 'withApiVersion'),
}
