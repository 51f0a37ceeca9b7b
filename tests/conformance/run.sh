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
if [ -f "$swagger" ]; then
  for entry in $libraries; do
    name=${entry%%:*}; definition=${entry#*:}
    python3 "$here/tools/make_libsonnet.py" "$swagger" "$definition" -o "$tmp/$name.libsonnet" || { echo "failed: $name"; bad=1; continue; }
    if [ $write = 1 ]; then cp "$tmp/$name.libsonnet" "$here/lib/$name.libsonnet"
    elif ! diff -q "$tmp/$name.libsonnet" "$here/lib/$name.libsonnet" >/dev/null; then echo "differs: lib/$name.libsonnet"; bad=1; fi
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

# The cases: cases/NAME.json is exactly what jsonnet printed for cases/NAME.jsonnet.
cd "$here/cases"
for f in *.jsonnet; do
  n=${f%.jsonnet}
  if [ $write = 1 ]; then jsonnet "$f" > "$n.json" || { echo "failed: $n"; bad=1; }
  elif ! diff -q <(jsonnet "$f" 2>&1) "$n.json" >/dev/null; then echo "differs: $n"; bad=1; fi
done
if [ $bad = 0 ]; then
  if [ $write = 1 ]; then echo "rewritten; copy cases/*.json to ../Kubesonnet.Kubernetes.Tests/Expected/"; else echo "all libraries and cases reproduce"; fi
fi
exit $bad
