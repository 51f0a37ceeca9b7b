// k8s-libsonnet's workload helpers (custom/core/apps, batch, mapContainers): new with its defaults, mapContainers and mapContainersWithName on every workload kind, with and without init containers
local k = import '../lib/k.libsonnet';
local container = k.core.v1.container;
local a = k.apps.v1;
local b = k.batch.v1;
local c = k.core.v1;
local web = container.new('web', 'nginx');
local log = container.new('log', 'fluentd');
local init = container.new('migrate', 'example/migrate');
local pull(x) = x + container.withImagePullPolicy('Always');
{
  deploymentNew: a.deployment.new('web', containers=[web]),
  deploymentNewAll: a.deployment.new('web', 3, [web, log], { tier: 'front', name: 'override' }),
  deploymentNewNullReplicas: a.deployment.new('web', null, [web]),
  daemonSetNew: a.daemonSet.new('agent'),
  daemonSetNewAll: a.daemonSet.new('agent', [web], { tier: 'node' }),
  statefulSetNew: a.statefulSet.new('db', containers=[web]),
  statefulSetNewAll: a.statefulSet.new('db', 2, [web], [c.persistentVolumeClaim.new('data') + c.persistentVolumeClaim.spec.withAccessModes('ReadWriteOnce')], { tier: 'data' }),
  cronJobNew: b.cronJob.new('backup'),
  cronJobNewAll: b.cronJob.new('backup', '0 3 * * *', [web]),
  deploymentMapContainers: a.deployment.new('web', 1, [web, log]) + a.deployment.spec.template.spec.withInitContainers([init]) + a.deployment.mapContainers(pull),
  deploymentMapContainersInit: a.deployment.new('web', 1, [web, log]) + a.deployment.spec.template.spec.withInitContainers([init]) + a.deployment.mapContainers(pull, includeInitContainers=true),
  deploymentMapContainersWithName: a.deployment.new('web', 1, [web, log]) + a.deployment.mapContainersWithName('log', pull),
  deploymentMapContainersWithNames: a.deployment.new('web', 1, [web, log]) + a.deployment.spec.template.spec.withInitContainers([init]) + a.deployment.mapContainersWithName(['web', 'migrate'], pull, true),
  daemonSetMapContainers: a.daemonSet.new('agent', [web]) + a.daemonSet.mapContainers(pull),
  replicaSetMapContainers: a.replicaSet.new('web') + a.replicaSet.spec.template.spec.withContainers([web]) + a.replicaSet.mapContainers(pull),
  statefulSetMapContainers: a.statefulSet.new('db', 1, [web]) + a.statefulSet.mapContainersWithName(['web'], pull),
  jobMapContainers: b.job.new('once') + b.job.spec.template.spec.withContainers([web, log]) + b.job.mapContainers(pull),
  cronJobMapContainers: b.cronJob.new('backup', '0 3 * * *', [web, log]) + b.cronJob.mapContainersWithName('web', pull),
  replicationControllerMapContainers: c.replicationController.new('rc') + c.replicationController.spec.template.spec.withContainers([web]) + c.replicationController.mapContainers(pull),
}
