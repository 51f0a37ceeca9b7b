using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Api.Meta.V1;
using Certificate = Kubesonnet.Api.CertManager.V1.Certificate;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

// The CertificateSigningRequest a Jsonnet user writes with k8s-libsonnet, written with the generated builders, and
// a custom resource of the CustomResourceDefinition beside it (certificate.crd.yaml).
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

// A custom resource: the same API, generated from the CRD's openAPIV3Schema.
Certificate certificate = Certificate.New("payments-api")
    + Certificate.Metadata.WithNamespace("payments")
    + Certificate.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["team"] = "payments" })
    + Certificate.Spec.WithSecretName("payments-api-tls")
    + Certificate.Spec.WithDnsNames("api.payments.example.com")
    + Certificate.Spec.WithDnsNamesMixin("payments.example.com")
    + Certificate.Spec.IssuerRef.WithName("internal-ca")
    + Certificate.Spec.IssuerRef.WithKind("ClusterIssuer")
    + Certificate.Spec.PrivateKey.WithAlgorithm("ECDSA")
    + Certificate.Spec.PrivateKey.WithSize(256)
    + Certificate.Spec.Subject.WithOrganizations("Example Payments");

bool json = args.Length > 0 && args[0] == "--json";
Console.Write(json ? csr.ToJson(indented: true) + "\n" : csr.ToYaml());
Console.Write(json ? certificate.ToJson(indented: true) + "\n" : "---\n" + certificate.ToYaml());
