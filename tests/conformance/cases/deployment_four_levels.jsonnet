// apps/v1 Deployment: groups four levels deep (spec.template.spec.withContainers), IntOrString, selector, template labels, securityContext
local deploy = import '../lib/deployment.libsonnet';
deploy.new('web')
+ deploy.metadata.withNamespace('shop')
+ deploy.spec.withReplicas(3)
+ deploy.spec.selector.withMatchLabels({ app: 'web' })
+ deploy.spec.selector.withMatchLabelsMixin({ tier: 'front' })
+ deploy.spec.strategy.withType('RollingUpdate')
+ deploy.spec.strategy.rollingUpdate.withMaxSurge('25%')
+ deploy.spec.strategy.rollingUpdate.withMaxUnavailable(1)
+ deploy.spec.template.metadata.withLabels({ app: 'web', tier: 'front' })
+ deploy.spec.template.spec.withContainers({
  name: 'web',
  image: 'nginx:1.21',
  ports: [{ containerPort: 80, name: 'http' }],
  resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '250m' } },
})
+ deploy.spec.template.spec.withContainersMixin([{ name: 'log', image: 'fluentd:v1', args: ['-c', '/etc/fluent.conf'] }])
+ deploy.spec.template.spec.securityContext.withRunAsNonRoot(true)
+ deploy.spec.template.spec.securityContext.withRunAsUser(1000)
+ deploy.spec.template.spec.securityContext.seLinuxOptions.withLevel('s0:c123,c456')
