// k8s-libsonnet's volume mount helpers (custom/core/volumeMounts) on a Deployment and a CronJob: every function, with mixins, a container filter and init containers
local k = import '../lib/k.libsonnet';
local c = k.core.v1;
local a = k.apps.v1;
local web = c.container.new('web', 'nginx');
local log = c.container.new('log', 'fluentd');
local init = c.container.new('migrate', 'example/migrate');
local d = a.deployment.new('web', 1, [web, log]) + a.deployment.spec.template.spec.withInitContainers([init]);
local cron = k.batch.v1.cronJob.new('backup', '0 3 * * *', [web, log]);
local cm = c.configMap.new('web-config', { 'a.yaml': 'x: 1\n', b: 'two' });
{
  configVolumeMount: d + a.deployment.configVolumeMount('web-config', '/etc/web'),
  configVolumeMountMixins: d + a.deployment.configVolumeMount('web-config', '/etc/web', c.volumeMount.withSubPath('a.yaml'), c.volume.configMap.withDefaultMode(420), ['web'], true),
  configMapVolumeMount: d + a.deployment.configMapVolumeMount(cm, '/etc/web'),
  configMapVolumeMountCron: cron + k.batch.v1.cronJob.configMapVolumeMount(cm, '/etc/web', containers=['log']),
  hostVolumeMount: d + a.deployment.hostVolumeMount('docker', '/var/run/docker.sock', '/var/run/docker.sock', true, containers=['log']),
  pvcVolumeMount: d + a.deployment.pvcVolumeMount('data', '/data', includeInitContainers=true),
  secretVolumeMount: d + a.deployment.secretVolumeMount('tls', '/etc/tls'),
  secretVolumeMountMode: cron + k.batch.v1.cronJob.secretVolumeMount('tls', '/etc/tls', 384, containers=['web']),
  secretVolumeMountAnnotated: d + a.deployment.secretVolumeMountAnnotated('tls', '/etc/tls'),
  emptyVolumeMount: d + a.deployment.emptyVolumeMount('scratch', '/tmp', volumeMixin=c.volume.emptyDir.withSizeLimit('1Gi')),
  csiVolumeMount: d + a.deployment.csiVolumeMount('secrets', '/mnt/secrets', 'secrets-store.csi.k8s.io', { secretProviderClass: 'vault' }),
}
