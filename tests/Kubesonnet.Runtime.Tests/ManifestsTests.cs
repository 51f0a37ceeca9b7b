using System;
using System.Collections.Generic;
using System.Linq;

namespace Kubesonnet.Tests;

public class ManifestsTests
{
    private static readonly Patch First = Patch.Kind("v1", "ConfigMap", "a");
    private static readonly Patch Second = Patch.Kind("v1", "Secret", "b");

    [Test]
    public void JsonListWrapsTheItems()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.ToJsonList(new[] { First, Second }), Is.EqualTo(
                "{\"apiVersion\":\"v1\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"a\"}},{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"b\"}}],\"kind\":\"List\"}"));
            Assert.That(Manifests.ToJsonList(Array.Empty<Patch>()), Is.EqualTo("{\"apiVersion\":\"v1\",\"items\":[],\"kind\":\"List\"}"));
            Assert.That(Manifests.ToJsonList(new[] { Patch.Empty }, indented: true), Is.EqualTo("{\n  \"apiVersion\": \"v1\",\n  \"items\": [\n    {}\n  ],\n  \"kind\": \"List\"\n}"));
        });
    }

    [Test]
    public void YamlStreamSeparatesDocuments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.ToYamlStream(new List<Patch> { First, Second }), Is.EqualTo(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n"));
            Assert.That(Manifests.ToYamlStream(new[] { First }), Is.EqualTo(First.ToYaml()));
            Assert.That(Manifests.ToYamlStream(Array.Empty<Patch>()), Is.Empty);
        });
    }

    [Test]
    public void YamlStreamParsesAsSeveralDocuments()
    {
        string literal = "line one\nline two\n\n";
        Patch withBlock = First + Patch.Set(new PatchPath("data", "text"), PatchValue.String(literal));
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new System.IO.StringReader(Manifests.ToYamlStream(new[] { withBlock, Second })));
        Assert.Multiple(() =>
        {
            Assert.That(stream.Documents, Has.Count.EqualTo(2));
            var data = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["data"];
            Assert.That(((YamlDotNet.RepresentationModel.YamlScalarNode)data["text"]).Value, Is.EqualTo(literal));
        });
    }

    [Test]
    public void ManifestsOfSeveralKindsAreSortedWithIsAndTryAs()
    {
        IReadOnlyList<Patch> read = Manifests.Read(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
            + Csr.New("b").ToYaml()
            + "---\napiVersion: certificates.k8s.io/v1beta1\nkind: CertificateSigningRequest\n---\napiVersion: 1\nkind: CertificateSigningRequest\n---\nkind: CertificateSigningRequest\n");

        Assert.That(read.Select(m => m.Is<Csr>()), Is.EqualTo(new[] { false, true, false, false, false }));
        Assert.That(read[1].TryAs(out Csr csr), Is.True);
        Assert.That((csr + Csr.Spec.WithSignerName("s")).ToJson(), Is.EqualTo("{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\",\"metadata\":{\"name\":\"b\"},\"spec\":{\"signerName\":\"s\"}}"));
        Assert.That(read[0].TryAs(out Csr other), Is.False);
        Assert.That(other.Untyped, Is.EqualTo(Patch.Empty));
        Assert.That(Patch.Empty.Is<Csr>(), Is.False);
    }

    [Test]
    public void AByteOrderMarkIsNotAColumn()
    {
        // The mark before the first key must not make the next key look less indented than the first.
        IReadOnlyList<Patch> read = Manifests.Read("\uFEFFapiVersion: v1\nkind: ConfigMap\ndata:\n  a: b\n");

        Assert.That(read, Has.Count.EqualTo(1));
        Assert.That(read[0].ToJson(), Is.EqualTo("{\"apiVersion\":\"v1\",\"data\":{\"a\":\"b\"},\"kind\":\"ConfigMap\"}"));
    }

    [Test]
    public void NullsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Manifests.ToJsonList(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => Manifests.ToYamlStream(new[] { First, null! }), Throws.ArgumentException.With.Message.StartsWith("items[1] is null."));
        });
    }
}
