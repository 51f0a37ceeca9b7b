// k8s-libsonnet as its users import it: the libraries of k/ (tools/make_libsonnet.py --stub-help, one per definition;
// run.sh remakes them) under group and version, with jsonnet-libs/k8s's hand-written helpers mixed in on top, read
// from ../shared/conformance/k8s-libsonnet-custom (never copied here). Run with
//   jsonnet -J tests/conformance/lib -J ../shared/conformance CASE.jsonnet
local gen = {
  apps: {
    v1: {
      daemonSet: import 'k/apps/v1/daemonSet.libsonnet',
      deployment: import 'k/apps/v1/deployment.libsonnet',
      replicaSet: import 'k/apps/v1/replicaSet.libsonnet',
      statefulSet: import 'k/apps/v1/statefulSet.libsonnet',
    },
  },
  autoscaling: {
    v1: {
      crossVersionObjectReference: import 'k/autoscaling/v1/crossVersionObjectReference.libsonnet',
      horizontalPodAutoscaler: import 'k/autoscaling/v1/horizontalPodAutoscaler.libsonnet',
    },
  },
  batch: {
    v1: {
      cronJob: import 'k/batch/v1/cronJob.libsonnet',
      job: import 'k/batch/v1/job.libsonnet',
    },
  },
  core: {
    v1: {
      configMap: import 'k/core/v1/configMap.libsonnet',
      container: import 'k/core/v1/container.libsonnet',
      containerPort: import 'k/core/v1/containerPort.libsonnet',
      envVar: import 'k/core/v1/envVar.libsonnet',
      keyToPath: import 'k/core/v1/keyToPath.libsonnet',
      namespace: import 'k/core/v1/namespace.libsonnet',
      persistentVolume: import 'k/core/v1/persistentVolume.libsonnet',
      persistentVolumeClaim: import 'k/core/v1/persistentVolumeClaim.libsonnet',
      pod: import 'k/core/v1/pod.libsonnet',
      podTemplate: import 'k/core/v1/podTemplate.libsonnet',
      probe: import 'k/core/v1/probe.libsonnet',
      replicationController: import 'k/core/v1/replicationController.libsonnet',
      secret: import 'k/core/v1/secret.libsonnet',
      service: import 'k/core/v1/service.libsonnet',
      serviceAccount: import 'k/core/v1/serviceAccount.libsonnet',
      servicePort: import 'k/core/v1/servicePort.libsonnet',
      volume: import 'k/core/v1/volume.libsonnet',
      volumeMount: import 'k/core/v1/volumeMount.libsonnet',
    },
  },
  networking: {
    v1: {
      httpIngressPath: import 'k/networking/v1/httpIngressPath.libsonnet',
      ingress: import 'k/networking/v1/ingress.libsonnet',
      ingressRule: import 'k/networking/v1/ingressRule.libsonnet',
    },
  },
  rbac: {
    v1: {
      clusterRole: import 'k/rbac/v1/clusterRole.libsonnet',
      clusterRoleBinding: import 'k/rbac/v1/clusterRoleBinding.libsonnet',
      policyRule: import 'k/rbac/v1/policyRule.libsonnet',
      role: import 'k/rbac/v1/role.libsonnet',
      roleBinding: import 'k/rbac/v1/roleBinding.libsonnet',
      subject: import 'k/rbac/v1/subject.libsonnet',
    },
  },
};

gen
+ (import 'k8s-libsonnet-custom/core.libsonnet')
+ (import 'k8s-libsonnet-custom/apps.libsonnet')
+ (import 'k8s-libsonnet-custom/autoscaling.libsonnet')
+ (import 'k8s-libsonnet-custom/batch.libsonnet')
+ (import 'k8s-libsonnet-custom/list.libsonnet')
+ (import 'k8s-libsonnet-custom/mapContainers.libsonnet')
+ (import 'k8s-libsonnet-custom/rbac.libsonnet')
+ (import 'k8s-libsonnet-custom/volumeMounts.libsonnet')
