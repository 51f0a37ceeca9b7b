// Read a Deployment's YAML (webapp_sidecar.yaml, with a field no schema knows), add a log-shipping sidecar, its volume and a label, and write it back
local k = import '../lib/k.libsonnet';
local container = k.core.v1.container;
local volume = k.core.v1.volume;
local volumeMount = k.core.v1.volumeMount;
local deployment = k.apps.v1.deployment;

std.parseYaml(importstr 'webapp_sidecar.yaml')
+ deployment.metadata.withLabelsMixin({ 'sidecar.example.com/injected': 'true' })
+ deployment.spec.template.spec.withContainersMixin([
  container.new('log-shipper', 'fluent/fluent-bit:2.2')
  + container.withArgs(['-i', 'tail', '-p', 'path=/var/log/web/*.log', '-o', 'stdout'])
  + container.withVolumeMounts([volumeMount.new('logs', '/var/log/web', readOnly=true)]),
])
+ deployment.spec.template.spec.withVolumesMixin([volume.fromEmptyDir('logs')])
+ deployment.mapContainersWithName('web', function(c) c + container.withVolumeMountsMixin([volumeMount.new('logs', '/var/log/web')]))
