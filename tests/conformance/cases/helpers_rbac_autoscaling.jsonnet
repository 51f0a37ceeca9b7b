// k8s-libsonnet's rbac and autoscaling helpers (custom/core/rbac, autoscaling): bindRole for Role and ClusterRole, subject.fromServiceAccount, hpa.spec.withScaleTargetRef, crossVersionObjectReference.withApiVersion
local k = import '../lib/k.libsonnet';
local r = k.rbac.v1;
local role = r.role.new('reader') + r.role.metadata.withNamespace('shop');
local clusterRole = r.clusterRole.new('viewer');
local sa = k.core.v1.serviceAccount.new('web') + k.core.v1.serviceAccount.metadata.withNamespace('shop');
local app = k.apps.v1.deployment.new('web', 1, [k.core.v1.container.new('web', 'nginx')]);
{
  roleBinding: r.roleBinding.new('reader') + r.roleBinding.bindRole(role) + r.roleBinding.withSubjects([r.subject.fromServiceAccount(sa)]),
  roleBindingClusterRole: r.roleBinding.new('viewer') + r.roleBinding.bindRole(clusterRole),
  clusterRoleBinding: r.clusterRoleBinding.new('viewer') + r.clusterRoleBinding.bindRole(clusterRole) + r.clusterRoleBinding.withSubjectsMixin([r.subject.fromServiceAccount(sa)]),
  subject: r.subject.fromServiceAccount(sa),
  hpaScaleTargetRef: k.autoscaling.v1.horizontalPodAutoscaler.new('web') + k.autoscaling.v1.horizontalPodAutoscaler.spec.withScaleTargetRef(app),
  crossVersionObjectReference: k.autoscaling.v1.crossVersionObjectReference.withApiVersion('apps/v1') + k.autoscaling.v1.crossVersionObjectReference.withKind('Deployment'),
}
