// composition: a patch built alone (no new) keeps its Mixins and is applied to two different Deployments and two ClusterRoles
local deploy = import '../lib/deployment.libsonnet';
local cr = import '../lib/clusterRole.libsonnet';
local sidecar = deploy.spec.template.spec.withContainersMixin({ name: 'proxy', image: 'envoy:v1.18' })
                + deploy.spec.template.metadata.withLabelsMixin({ mesh: 'on' })
                + deploy.spec.strategy.rollingUpdate.withMaxUnavailable(0);
local audit = cr.withRulesMixin({ apiGroups: ['audit.example.com'], resources: ['events'], verbs: ['create'] })
              + cr.metadata.withAnnotationsMixin({ audited: 'true' });
{
  patchAlone: sidecar,
  first: deploy.new('web') + deploy.spec.template.spec.withContainers({ name: 'web', image: 'nginx' })
         + deploy.spec.template.metadata.withLabels({ app: 'web' }) + sidecar,
  second: deploy.new('worker') + sidecar + deploy.spec.withReplicas(5),
  roleWithRules: cr.new('r1') + cr.withRules({ apiGroups: [''], resources: ['pods'], verbs: ['get'] }) + audit,
  roleWithout: cr.new('r2') + audit,
}
