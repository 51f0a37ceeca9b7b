using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using k8s;
using k8s.Models;
using Kubesonnet.Api.Certificates.V1;

namespace Kubesonnet.Interop.Tests;

/// <summary>
/// Our output reads into the official client's model with every field equal, and the model's JSON reads back
/// into a typed patch equal (as a manifest) to the one the builders make.
/// </summary>
public class KubernetesClientTests
{
    private static readonly byte[] Pem = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n");
    private static readonly DateTimeOffset Created = new(2021, 6, 1, 12, 30, 45, TimeSpan.Zero);

    private static CertificateSigningRequest Built() =>
        CertificateSigningRequest.New("alice-client")
        + CertificateSigningRequest.Metadata.WithLabels(new Dictionary<string, string> { ["team"] = "payments", ["on"] = "yes" })
        + CertificateSigningRequest.Metadata.WithAnnotations(new Dictionary<string, string> { ["example.com/note"] = "line one\nline two\n", ["n"] = "0755" })
        + CertificateSigningRequest.Metadata.WithFinalizers("example.com/cleanup")
        + CertificateSigningRequest.Metadata.WithCreationTimestamp(Created)
        + CertificateSigningRequest.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
        + CertificateSigningRequest.Spec.WithRequest(Pem)
        + CertificateSigningRequest.Spec.WithUsages("digital signature", "key encipherment")
        + CertificateSigningRequest.Spec.WithUsagesMixin("client auth")
        + CertificateSigningRequest.Spec.WithGroups("system:authenticated", "日本")
        + CertificateSigningRequest.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>> { ["scopes"] = new[] { "a", "😀" } })
        + CertificateSigningRequest.Spec.WithUsername("alice")
        + CertificateSigningRequest.Spec.WithUid("1234");

    private static V1CertificateSigningRequest Model() => new()
    {
        ApiVersion = "certificates.k8s.io/v1",
        Kind = "CertificateSigningRequest",
        Metadata = new V1ObjectMeta
        {
            Name = "alice-client",
            Labels = new Dictionary<string, string> { ["team"] = "payments", ["on"] = "yes" },
            Annotations = new Dictionary<string, string> { ["example.com/note"] = "line one\nline two\n", ["n"] = "0755" },
            Finalizers = new List<string> { "example.com/cleanup" },
            CreationTimestamp = Created.UtcDateTime,
        },
        Spec = new V1CertificateSigningRequestSpec
        {
            SignerName = "kubernetes.io/kube-apiserver-client",
            Request = Pem,
            Usages = new List<string> { "digital signature", "key encipherment", "client auth" },
            Groups = new List<string> { "system:authenticated", "日本" },
            Extra = new Dictionary<string, IList<string>> { ["scopes"] = new List<string> { "a", "😀" } },
            Username = "alice",
            Uid = "1234",
        },
    };

    private static void AssertSameAsModel(V1CertificateSigningRequest read)
    {
        V1CertificateSigningRequest expected = Model();
        Assert.Multiple(() =>
        {
            Assert.That(read.ApiVersion, Is.EqualTo(expected.ApiVersion));
            Assert.That(read.Kind, Is.EqualTo(expected.Kind));
            Assert.That(read.Metadata.Name, Is.EqualTo(expected.Metadata.Name));
            Assert.That(read.Metadata.Labels, Is.EquivalentTo(expected.Metadata.Labels));
            Assert.That(read.Metadata.Annotations, Is.EquivalentTo(expected.Metadata.Annotations));
            Assert.That(read.Metadata.Finalizers, Is.EqualTo(expected.Metadata.Finalizers));
            Assert.That(read.Metadata.CreationTimestamp?.ToUniversalTime(), Is.EqualTo(expected.Metadata.CreationTimestamp));
            Assert.That(read.Spec.SignerName, Is.EqualTo(expected.Spec.SignerName));
            Assert.That(read.Spec.Request, Is.EqualTo(expected.Spec.Request));
            Assert.That(read.Spec.Usages, Is.EqualTo(expected.Spec.Usages));
            Assert.That(read.Spec.Groups, Is.EqualTo(expected.Spec.Groups));
            Assert.That(read.Spec.Extra.Keys, Is.EqualTo(expected.Spec.Extra.Keys));
            Assert.That(read.Spec.Extra["scopes"], Is.EqualTo(expected.Spec.Extra["scopes"]));
            Assert.That(read.Spec.Username, Is.EqualTo(expected.Spec.Username));
            Assert.That(read.Spec.Uid, Is.EqualTo(expected.Spec.Uid));
            Assert.That(read.Status, Is.Null);
        });
    }

    [Test]
    public void OurJsonReadsIntoTheModel()
    {
        AssertSameAsModel(KubernetesJson.Deserialize<V1CertificateSigningRequest>(Built().ToJson()));
        AssertSameAsModel(KubernetesJson.Deserialize<V1CertificateSigningRequest>(Built().ToJson(indented: true)));
    }

    [Test]
    public void OurYamlReadsIntoTheModel() =>
        AssertSameAsModel(KubernetesYaml.Deserialize<V1CertificateSigningRequest>(Built().ToYaml()));

    [Test]
    public void TheModelsJsonBecomesAnEqualTypedPatch()
    {
        string json = KubernetesJson.Serialize(Model());
        CertificateSigningRequest fromJson = Patch.FromJson(json).As<CertificateSigningRequest>();
        CertificateSigningRequest read = Manifests.ReadSingle<CertificateSigningRequest>(json);
        Assert.Multiple(() =>
        {
            Assert.That(fromJson.ToPatch().ManifestEquals(Built().ToPatch()), Is.True, json + "\n" + Built().ToJson());
            Assert.That(read.ToPatch().ManifestEquals(Built().ToPatch()), Is.True);
            Assert.That(read.ToJson(), Is.EqualTo(Built().ToJson()));
            Assert.That(read, Is.EqualTo(fromJson), "read manifests are all-replace patches, like FromJson's");
        });
    }

    [Test]
    public void TheModelsYamlBecomesAnEqualTypedPatch()
    {
        CertificateSigningRequest read = Manifests.ReadSingle<CertificateSigningRequest>(KubernetesYaml.Serialize(Model()));
        Assert.That(read.ToJson(), Is.EqualTo(Built().ToJson()));
    }

    [Test]
    public void AReadModelCanBePatchedAndWrittenBack()
    {
        CertificateSigningRequest patched = Manifests.ReadSingle<CertificateSigningRequest>(KubernetesJson.Serialize(Model()))
            + CertificateSigningRequest.Spec.WithUsagesMixin("server auth")
            + CertificateSigningRequest.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["tier"] = "backend" });
        V1CertificateSigningRequest model = KubernetesJson.Deserialize<V1CertificateSigningRequest>(patched.ToJson());
        Assert.Multiple(() =>
        {
            Assert.That(model.Spec.Usages, Is.EqualTo(new[] { "digital signature", "key encipherment", "client auth", "server auth" }));
            Assert.That(model.Metadata.Labels.Keys.OrderBy(k => k, StringComparer.Ordinal), Is.EqualTo(new[] { "on", "team", "tier" }));
        });
    }

    [Test]
    public void AManifestOfAnotherKindIsRefusedWithItsLine()
    {
        string json = KubernetesJson.Serialize(new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "x" } });
        KubesonnetReadException error = Assert.Throws<KubesonnetReadException>(() => Manifests.ReadSingle<CertificateSigningRequest>(json))!;
        Assert.That((error.Path, error.Line), Is.EqualTo(("apiVersion", 1)));
    }
}
