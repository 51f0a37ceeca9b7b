// Staging and production overlays of one Deployment, each a patch built alone: namespace, replicas, one container's image or resources and env by name, a pod label, every container's pull policy
local k = import '../lib/k.libsonnet';
local container = k.core.v1.container;
local envVar = k.core.v1.envVar;
local deployment = k.apps.v1.deployment;

local base = deployment.new('web', 2, [
  container.new('web', 'example/web:1.4.2') + container.withResourcesLimits('1', '512Mi'),
  container.new('proxy', 'envoyproxy/envoy:v1.27.0'),
]);

local staging =
  deployment.metadata.withNamespace('staging')
  + deployment.spec.withReplicas(1)
  + deployment.mapContainersWithName('web', function(c) c + container.withImage('example/web:1.5.0-rc.1'))
  + deployment.spec.template.metadata.withLabelsMixin({ track: 'canary' });

local prod =
  deployment.metadata.withNamespace('prod')
  + deployment.spec.withReplicas(5)
  + deployment.mapContainersWithName(['web'], function(c)
    c + container.withResourcesLimits('2', '1Gi') + container.withEnvMixin([envVar.new('CACHE', 'on')]))
  + deployment.mapContainers(function(c) c + container.withImagePullPolicy('Always'));

{ staging: base + staging, prod: base + prod }
