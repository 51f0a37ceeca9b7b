using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Api.Meta.V1;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

// The CertificateSigningRequest a Jsonnet user writes with k8s-libsonnet, written with the generated builders.
// Run: dotnet run --project samples/CertificateRequest            (YAML)
//      dotnet run --project samples/CertificateRequest -- --json  (JSON)
const string Pem = """
    -----BEGIN CERTIFICATE REQUEST-----
    MIICVjCCAT4CAQAwETEPMA0GA1UEAwwGYW5nZWxhMIIBIjANBgkqhkiG9w0BAQEF
    -----END CERTIFICATE REQUEST-----

    """;

// A patch can be built alone and applied to many objects.
Csr team = Csr.Metadata.WithLabels(new Dictionary<string, string> { ["team"] = "payments" })
    + Csr.Metadata.WithAnnotations(new Dictionary<string, string> { ["example.com/owner"] = "alice@example.com" });

Csr csr = Csr.New("alice-client")
    + team
    + Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["tier"] = "backend" })
    + Csr.Metadata.WithFinalizersMixin("example.com/cleanup")
    + Csr.Metadata.WithOwnerReferences(
        OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Namespace") + OwnerReference.WithName("payments") + OwnerReference.WithUid("6f1c2a3e-8d1b-4a8e-9a51-3c5d8e2b7f40"))
    + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
    + Csr.Spec.WithRequest(Encoding.UTF8.GetBytes(Pem))
    + Csr.Spec.WithUsages("digital signature", "key encipherment")
    + Csr.Spec.WithUsagesMixin("client auth")
    + Csr.Spec.WithGroups("system:authenticated");

Console.Write(args.Length > 0 && args[0] == "--json" ? csr.ToJson(indented: true) + "\n" : csr.ToYaml());
