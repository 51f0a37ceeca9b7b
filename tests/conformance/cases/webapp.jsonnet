// Issue 13's web app, nine objects written with k8s-libsonnet's helpers: Namespace, ServiceAccount, Role, RoleBinding, ConfigMap, a Deployment of two containers (env from a Secret, probes, resources, a ConfigMap volume), Service, Ingress, HPA; as a v1 List
local k = import '../lib/k.libsonnet';
local container = k.core.v1.container;
local containerPort = k.core.v1.containerPort;
local envVar = k.core.v1.envVar;
local volume = k.core.v1.volume;
local volumeMount = k.core.v1.volumeMount;
local deployment = k.apps.v1.deployment;
local service = k.core.v1.service;
local servicePort = k.core.v1.servicePort;
local configMap = k.core.v1.configMap;
local ingress = k.networking.v1.ingress;
local ingressRule = k.networking.v1.ingressRule;
local httpIngressPath = k.networking.v1.httpIngressPath;
local hpa = k.autoscaling.v1.horizontalPodAutoscaler;
local serviceAccount = k.core.v1.serviceAccount;
local role = k.rbac.v1.role;
local policyRule = k.rbac.v1.policyRule;
local roleBinding = k.rbac.v1.roleBinding;
local subject = k.rbac.v1.subject;

local ns = 'shop';
local labels = { app: 'web' };

local health(path, port) =
  container.livenessProbe.httpGet.withPath(path)
  + container.livenessProbe.httpGet.withPort(port)
  + container.livenessProbe.withInitialDelaySeconds(10)
  + container.livenessProbe.withPeriodSeconds(15);

local web =
  container.new('web', 'example/web:1.4.2')
  + container.withPorts([containerPort.newNamed(8080, 'http')])
  + container.withEnv([
    envVar.new('LOG_LEVEL', 'info'),
    envVar.fromSecretRef('DB_PASSWORD', 'web-db', 'password'),
    envVar.fromFieldPath('POD_NAME', 'metadata.name'),
  ])
  + container.withVolumeMounts([volumeMount.new('config', '/etc/web', readOnly=true)])
  + container.withResourcesRequests('250m', '256Mi')
  + container.withResourcesLimits('1', '512Mi')
  + health('/healthz', 'http')
  + container.readinessProbe.httpGet.withPath('/ready')
  + container.readinessProbe.httpGet.withPort(8080);

local proxy =
  container.new('proxy', 'envoyproxy/envoy:v1.27.0')
  + container.withPorts([containerPort.newNamed(9901, 'admin')])
  + container.withArgs(['--config-path', '/etc/envoy/envoy.yaml'])
  + container.withResourcesLimits('500m', null);

local sa = serviceAccount.new('web') + serviceAccount.metadata.withNamespace(ns);

local webRole =
  role.new('web')
  + role.metadata.withNamespace(ns)
  + role.withRules([
    policyRule.withApiGroups(['']) + policyRule.withResources(['configmaps', 'secrets']) + policyRule.withVerbs(['get', 'watch']),
  ]);

local app =
  deployment.new('web', 3, [web, proxy], podLabels=labels)
  + deployment.metadata.withNamespace(ns)
  + deployment.metadata.withLabels(labels)
  + deployment.spec.template.spec.withServiceAccountName('web')
  + deployment.spec.template.spec.withVolumes([volume.fromConfigMap('config', 'web-config')]);

k.core.v1.list.new([
  k.core.v1.namespace.new(ns) + k.core.v1.namespace.metadata.withLabels({ team: 'payments' }),
  sa,
  webRole,
  roleBinding.new('web')
  + roleBinding.metadata.withNamespace(ns)
  + roleBinding.bindRole(webRole)
  + roleBinding.withSubjects([subject.fromServiceAccount(sa)]),
  configMap.new('web-config', { 'config.yaml': 'listen: 8080\nlog: info\n' }) + configMap.metadata.withNamespace(ns),
  app,
  service.new('web', labels, [servicePort.newNamed('http', 80, 'http')]) + service.metadata.withNamespace(ns),
  ingress.new('web')
  + ingress.metadata.withNamespace(ns)
  + ingress.metadata.withAnnotations({ 'cert-manager.io/cluster-issuer': 'letsencrypt' })
  + ingress.spec.withIngressClassName('nginx')
  + ingress.spec.withRules([
    ingressRule.withHost('shop.example.com')
    + ingressRule.http.withPaths([
      httpIngressPath.withPath('/')
      + httpIngressPath.withPathType('Prefix')
      + httpIngressPath.backend.service.withName('web')
      + httpIngressPath.backend.service.port.withName('http'),
    ]),
  ]),
  hpa.new('web')
  + hpa.metadata.withNamespace(ns)
  + hpa.spec.withScaleTargetRef(app)
  + hpa.spec.withMinReplicas(3)
  + hpa.spec.withMaxReplicas(10)
  + hpa.spec.withTargetCPUUtilizationPercentage(75),
])
