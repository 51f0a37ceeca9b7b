#!/usr/bin/env bash
# Re-makes this folder's jsonnet libraries and re-runs its cases with the real jsonnet, reporting any difference from
# what is committed. Needs python3 and jsonnet (apt-get install jsonnet), and Kubernetes' v1.21.2 OpenAPI document:
# $KUBESONNET_OPENAPI, else ../shared/kubernetes/swagger-v1.21.2.json beside the repository.
#   --write   rewrite lib/*.libsonnet and cases/*.json instead of comparing (then review with git diff)
set -u
here="$(cd "$(dirname "$0")" && pwd)"
shared="$here/../../../shared"
swagger="${KUBESONNET_OPENAPI:-$shared/kubernetes/swagger-v1.21.2.json}"
write=0
[ "${1:-}" = "--write" ] && write=1
bad=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The libraries: lib/NAME.libsonnet is make_libsonnet.py's output for DEFINITION.
libraries="deployment:io.k8s.api.apps.v1.Deployment clusterRole:io.k8s.api.rbac.v1.ClusterRole"
# The libraries lib/k.libsonnet assembles under group and version, beneath k8s-libsonnet's hand-written helpers
# (help texts stubbed: only the functions matter there): lib/k/GROUP/VERSION/NAME.libsonnet for DEFINITION.
k_libraries="core/v1/namespace:io.k8s.api.core.v1.Namespace core/v1/container:io.k8s.api.core.v1.Container
core/v1/containerPort:io.k8s.api.core.v1.ContainerPort core/v1/envVar:io.k8s.api.core.v1.EnvVar
core/v1/keyToPath:io.k8s.api.core.v1.KeyToPath core/v1/persistentVolume:io.k8s.api.core.v1.PersistentVolume
core/v1/persistentVolumeClaim:io.k8s.api.core.v1.PersistentVolumeClaim core/v1/secret:io.k8s.api.core.v1.Secret
core/v1/service:io.k8s.api.core.v1.Service core/v1/servicePort:io.k8s.api.core.v1.ServicePort
core/v1/volume:io.k8s.api.core.v1.Volume core/v1/volumeMount:io.k8s.api.core.v1.VolumeMount
core/v1/configMap:io.k8s.api.core.v1.ConfigMap core/v1/serviceAccount:io.k8s.api.core.v1.ServiceAccount
core/v1/pod:io.k8s.api.core.v1.Pod core/v1/podTemplate:io.k8s.api.core.v1.PodTemplate
core/v1/replicationController:io.k8s.api.core.v1.ReplicationController core/v1/probe:io.k8s.api.core.v1.Probe
apps/v1/deployment:io.k8s.api.apps.v1.Deployment apps/v1/daemonSet:io.k8s.api.apps.v1.DaemonSet
apps/v1/statefulSet:io.k8s.api.apps.v1.StatefulSet apps/v1/replicaSet:io.k8s.api.apps.v1.ReplicaSet
batch/v1/job:io.k8s.api.batch.v1.Job batch/v1/cronJob:io.k8s.api.batch.v1.CronJob
autoscaling/v1/horizontalPodAutoscaler:io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
autoscaling/v1/crossVersionObjectReference:io.k8s.api.autoscaling.v1.CrossVersionObjectReference
networking/v1/ingress:io.k8s.api.networking.v1.Ingress networking/v1/ingressRule:io.k8s.api.networking.v1.IngressRule
networking/v1/httpIngressPath:io.k8s.api.networking.v1.HTTPIngressPath rbac/v1/role:io.k8s.api.rbac.v1.Role
rbac/v1/roleBinding:io.k8s.api.rbac.v1.RoleBinding rbac/v1/clusterRole:io.k8s.api.rbac.v1.ClusterRole
rbac/v1/clusterRoleBinding:io.k8s.api.rbac.v1.ClusterRoleBinding rbac/v1/subject:io.k8s.api.rbac.v1.Subject
rbac/v1/policyRule:io.k8s.api.rbac.v1.PolicyRule"
if [ -f "$swagger" ]; then
  for entry in $libraries; do
    name=${entry%%:*}; definition=${entry#*:}
    python3 "$here/tools/make_libsonnet.py" "$swagger" "$definition" -o "$tmp/$name.libsonnet" || { echo "failed: $name"; bad=1; continue; }
    if [ $write = 1 ]; then cp "$tmp/$name.libsonnet" "$here/lib/$name.libsonnet"
    elif ! diff -q "$tmp/$name.libsonnet" "$here/lib/$name.libsonnet" >/dev/null; then echo "differs: lib/$name.libsonnet"; bad=1; fi
  done
  for entry in $k_libraries; do
    name=${entry%%:*}; definition=${entry#*:}
    mkdir -p "$tmp/k/$(dirname "$name")"
    python3 "$here/tools/make_libsonnet.py" "$swagger" "$definition" --stub-help -o "$tmp/k/$name.libsonnet" || { echo "failed: k/$name"; bad=1; continue; }
    if [ $write = 1 ]; then mkdir -p "$here/lib/k/$(dirname "$name")"; cp "$tmp/k/$name.libsonnet" "$here/lib/k/$name.libsonnet"
    elif ! diff -q "$tmp/k/$name.libsonnet" "$here/lib/k/$name.libsonnet" >/dev/null; then echo "differs: lib/k/$name.libsonnet"; bad=1; fi
  done
  # The generator against the shared corpus' own libraries (themselves checked against k8s-libsonnet 1.21).
  for entry in event:io.k8s.api.events.v1.Event certificateSigningRequest:io.k8s.api.certificates.v1.CertificateSigningRequest; do
    name=${entry%%:*}; definition=${entry#*:}
    [ -f "$shared/conformance/lib/$name.libsonnet" ] || continue
    python3 "$here/tools/make_libsonnet.py" "$swagger" "$definition" -o "$tmp/$name.libsonnet"
    if ! diff -q "$tmp/$name.libsonnet" "$shared/conformance/lib/$name.libsonnet" >/dev/null; then
      echo "differs from the shared library: $name.libsonnet"; bad=1
    fi
  done
else
  echo "skipped the libraries: no OpenAPI document at $swagger (set KUBESONNET_OPENAPI)"
fi

# The cases: cases/NAME.json is exactly what jsonnet printed for cases/NAME.jsonnet. The cases that import
# lib/k.libsonnet need k8s-libsonnet's helpers from ../shared/conformance/k8s-libsonnet-custom (found through -J).
cd "$here/cases"
for f in *.jsonnet; do
  n=${f%.jsonnet}
  if grep -q "lib/k.libsonnet" "$f" && [ ! -d "$shared/conformance/k8s-libsonnet-custom" ]; then
    echo "skipped $n: no $shared/conformance/k8s-libsonnet-custom"; continue
  fi
  run() { jsonnet -J "$here/lib" -J "$shared/conformance" "$f"; }
  if [ $write = 1 ]; then run > "$n.json" || { echo "failed: $n"; bad=1; }
  elif ! diff -q <(run 2>&1) "$n.json" >/dev/null; then echo "differs: $n"; bad=1; fi
done
if [ $bad = 0 ]; then
  if [ $write = 1 ]; then echo "rewritten; copy cases/*.json to ../Kubesonnet.Kubernetes.Tests/Expected/"; else echo "all libraries and cases reproduce"; fi
fi
exit $bad
