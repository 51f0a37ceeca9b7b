using System;
using System.Collections.Generic;
using Certificate = Kubesonnet.Api.CertManager.V1.Certificate;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

// The app of the recommended layout: the builders come from the Api library (samples/LayeredClient/Api).
// Run: dotnet run --project samples/LayeredClient/App
Csr csr = Csr.New("alice-client")
    + Csr.Metadata.WithLabels(new Dictionary<string, string> { ["team"] = "payments" })
    + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
    + Csr.Spec.WithUsages("digital signature", "key encipherment", "client auth");

Certificate certificate = Certificate.New("payments-api")
    + Certificate.Metadata.WithNamespace("payments")
    + Certificate.Spec.WithSecretName("payments-api-tls")
    + Certificate.Spec.WithDnsNames("api.payments.example.com")
    + Certificate.Spec.IssuerRef.WithName("internal-ca");

Console.Write(csr.ToYaml());
Console.Write("---\n" + certificate.ToYaml());
