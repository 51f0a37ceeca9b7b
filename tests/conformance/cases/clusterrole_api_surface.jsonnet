// the functions and groups k8s-libsonnet's rules give ClusterRole at the top and in aggregationRule
local cr = import '../lib/clusterRole.libsonnet';
{
  top: std.objectFields(cr),
  aggregationRule: std.objectFields(cr.aggregationRule),
  hasWithKind: std.objectHas(cr, 'withKind'),
  hasWithApiVersion: std.objectHas(cr, 'withApiVersion'),
}
