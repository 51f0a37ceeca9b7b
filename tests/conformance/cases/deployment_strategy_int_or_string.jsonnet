// spec.strategy.rollingUpdate: IntOrString fields take a string ('25%') or a number; the last setter wins
local deploy = import '../lib/deployment.libsonnet';
{
  strings: deploy.new('a') + deploy.spec.strategy.rollingUpdate.withMaxSurge('25%') + deploy.spec.strategy.rollingUpdate.withMaxUnavailable('10%'),
  numbers: deploy.new('b') + deploy.spec.strategy.rollingUpdate.withMaxSurge(2) + deploy.spec.strategy.rollingUpdate.withMaxUnavailable(0),
  replaced: deploy.new('c') + deploy.spec.strategy.rollingUpdate.withMaxSurge(1) + deploy.spec.strategy.rollingUpdate.withMaxSurge('50%'),
  typeAfter: deploy.spec.strategy.rollingUpdate.withMaxSurge('25%') + deploy.spec.strategy.withType('RollingUpdate'),
}
