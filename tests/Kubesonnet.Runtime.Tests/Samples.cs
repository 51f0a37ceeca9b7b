using System.Collections.Generic;
using System.Text;

namespace Kubesonnet.Tests;

/// <summary>Manifests several tests share.</summary>
internal static class Samples
{
    public const string TenCallsJson =
        "{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\",\"metadata\":{\"annotations\":{\"example.com/owner\":\"team-a\"},\"finalizers\":[\"kubernetes\"],\"labels\":{\"app\":\"demo\",\"idx\":\"0\",\"tier\":\"backend\"},\"name\":\"csr-0\",\"namespace\":\"ns\"},\"spec\":{\"groups\":[\"system:authenticated\"],\"request\":\"LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQgotLS0tLUVORCBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K\",\"signerName\":\"kubernetes.io/kube-apiserver-client\",\"usages\":[\"digital signature\",\"key encipherment\",\"client auth\"]}}";

    /// <summary>The conformance corpus's ten_calls case: the object the timing benchmark builds.</summary>
    public static Csr TenCalls() =>
        Csr.New("csr-0")
        + Csr.Metadata.WithNamespace("ns")
        + Csr.Metadata.WithLabels(new Dictionary<string, string> { ["app"] = "demo", ["idx"] = "0" })
        + Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["tier"] = "backend" })
        + Csr.Metadata.WithAnnotations(new Dictionary<string, string> { ["example.com/owner"] = "team-a" })
        + Csr.Metadata.WithFinalizers("kubernetes")
        + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
        + Csr.Spec.WithRequest(Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"))
        + Csr.Spec.WithUsages("digital signature", "key encipherment")
        + Csr.Spec.WithUsagesMixin("client auth")
        + Csr.Spec.WithGroups("system:authenticated");
}
