using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

/// <summary>
/// The conformance corpus (shared/conformance/cases), case by case: each test is the jsonnet program written
/// against the typed API (or the untyped one where the case needs values a typed API rejects), and the expected
/// text is what jsonnet printed, compacted (jsonnet sorts keys the same way).
/// </summary>
public class ConformanceTests
{
    private const string Head = "\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\"";

    private static Dictionary<string, string> Map(params string[] keysAndValues)
    {
        var map = new Dictionary<string, string>();
        for (int i = 0; i < keysAndValues.Length; i += 2)
        {
            map.Add(keysAndValues[i], keysAndValues[i + 1]);
        }

        return map;
    }

    private static Dictionary<string, IReadOnlyList<string>> Extra(string key, params string[] values) => new() { [key] = values };

    [Test]
    public void NewBasic() =>
        Assert.That(Csr.New("my-csr").ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"my-csr\"}}"));

    [Test]
    public void AnnotationsWithAndMixin()
    {
        Csr csr = Csr.New("x")
            + Csr.Metadata.WithAnnotations(Map("kubernetes.io/description", "d", "a.b/c", "e"))
            + Csr.Metadata.WithAnnotationsMixin(Map("tanka.dev/namespaced", "false"));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"annotations\":{\"a.b/c\":\"e\",\"kubernetes.io/description\":\"d\",\"tanka.dev/namespaced\":\"false\"},\"name\":\"x\"}}"));
    }

    [Test]
    public void EmptyArrayAndObject()
    {
        Csr emptyWith = Csr.New("x") + Csr.Metadata.WithFinalizers() + Csr.Metadata.WithLabels(Map()) + Csr.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>>());
        Csr emptyMixinKeeps = Csr.New("y") + Csr.Metadata.WithFinalizers("a") + Csr.Metadata.WithFinalizersMixin() + Csr.Metadata.WithLabels(Map("k", "v")) + Csr.Metadata.WithLabelsMixin(Map());
        Csr emptyMixinUnset = Csr.New("z") + Csr.Spec.WithUsagesMixin() + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>>());

        Assert.Multiple(() =>
        {
            Assert.That(emptyWith.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[],\"labels\":{},\"name\":\"x\"},\"spec\":{\"extra\":{}}}"));
            Assert.That(emptyMixinKeeps.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"a\"],\"labels\":{\"k\":\"v\"},\"name\":\"y\"}}"));
            Assert.That(emptyMixinUnset.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"z\"},\"spec\":{\"extra\":{},\"usages\":[]}}"));
        });
    }

    [Test]
    public void EventNestedRefs()
    {
        static Patch Set(string value, params string[] path) => Patch.Set(new PatchPath(path), PatchValue.String(value));

        Patch ev = Patch.Kind("events.k8s.io/v1", "Event", "e")
            + Set("Pod", "regarding", "kind") + Set("p", "regarding", "name") + Set("ns", "regarding", "namespace")
            + Set("u", "related", "uid")
            + Patch.Set(new PatchPath("series", "count"), PatchValue.Integer(3))
            + Patch.Set(new PatchPath("series", "lastObservedTime"), PatchValue.MicroTime(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            + Set("kubelet", "deprecatedSource", "component") + Set("node-1", "deprecatedSource", "host")
            + Patch.Mixin(new PatchPath("metadata", "finalizers"), PatchValue.Strings(new[] { "x" }));

        Assert.That(ev.ToJson(), Is.EqualTo(
            "{\"apiVersion\":\"events.k8s.io/v1\",\"deprecatedSource\":{\"component\":\"kubelet\",\"host\":\"node-1\"},\"kind\":\"Event\",\"metadata\":{\"finalizers\":[\"x\"],\"name\":\"e\"},\"regarding\":{\"kind\":\"Pod\",\"name\":\"p\",\"namespace\":\"ns\"},\"related\":{\"uid\":\"u\"},\"series\":{\"count\":3,\"lastObservedTime\":\"2021-01-01T00:00:00.000000Z\"}}"));
    }

    [Test]
    public void EventTopLevelSettersReplace()
    {
        var action = new PatchPath("action");
        Patch obj = Patch.Kind("events.k8s.io/v1", "Event", "e")
            + Patch.Set(action, PatchValue.Json(new JsonObject { ["a"] = 1 }))
            + Patch.Set(action, PatchValue.String("Created"))
            + Patch.Set(new PatchPath("type"), PatchValue.String("Normal"))
            + Patch.Set(new PatchPath("deprecatedCount"), PatchValue.Integer(2));
        Patch replaceObject = Patch.FromJson("{\"note\":{\"keep\":false}}") + Patch.Set(new PatchPath("note"), PatchValue.String("n"));

        Assert.Multiple(() =>
        {
            Assert.That(obj.ToJson(), Is.EqualTo("{\"action\":\"Created\",\"apiVersion\":\"events.k8s.io/v1\",\"deprecatedCount\":2,\"kind\":\"Event\",\"metadata\":{\"name\":\"e\"},\"type\":\"Normal\"}"));
            Assert.That(replaceObject.ToJson(), Is.EqualTo("{\"note\":\"n\"}"));
        });
    }

    [Test]
    public void FinalizersArray() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithFinalizers("a", "b")).ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"a\",\"b\"],\"name\":\"x\"}}"));

    [Test]
    public void FinalizersMixinRepeatedKeepsOrderAndDuplicates()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a") + Csr.Metadata.WithFinalizersMixin("b", "a") + Csr.Metadata.WithFinalizersMixin("c");
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"a\",\"b\",\"a\",\"c\"],\"name\":\"x\"}}"));
    }

    [Test]
    public void FinalizersMixinSingleAfterWith() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithFinalizers("a") + Csr.Metadata.WithFinalizersMixin("b")).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"a\",\"b\"],\"name\":\"x\"}}"));

    [Test]
    public void FinalizersMixinUnset() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithFinalizersMixin("first")).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"first\"],\"name\":\"x\"}}"));

    [Test]
    public void FinalizersNestedArrayIsNotFlattened()
    {
        var path = new PatchPath("metadata", "finalizers");
        Patch csr = Patch.Kind("certificates.k8s.io/v1", "CertificateSigningRequest", "x")
            + Patch.Set(path, PatchValue.Array(new[] { PatchValue.Strings(new[] { "a" }) }))
            + Patch.Mixin(path, PatchValue.Array(new[] { PatchValue.Strings(new[] { "b", "c" }) }));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[[\"a\"],[\"b\",\"c\"]],\"name\":\"x\"}}"));
    }

    [Test]
    public void FinalizersWithAfterMixinReplaces() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a", "b") + Csr.Metadata.WithFinalizers("c")).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[\"c\"],\"name\":\"x\"}}"));

    [Test]
    public void LabelKeysSpecial()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithLabels(Map("app.kubernetes.io/name", "n", "a-b", "c", "123", "num", "if", "kw", "self", "kw2", "null", "kw3"));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"123\":\"num\",\"a-b\":\"c\",\"app.kubernetes.io/name\":\"n\",\"if\":\"kw\",\"null\":\"kw3\",\"self\":\"kw2\"},\"name\":\"x\"}}"));
    }

    [Test]
    public void LabelsMixinAfterWithIsShallowAndMixinKeyWins() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithLabels(Map("a", "1", "b", "2")) + Csr.Metadata.WithLabelsMixin(Map("b", "B", "c", "3"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"B\",\"c\":\"3\"},\"name\":\"x\"}}"));

    [Test]
    public void LabelsMixinNestedIsShallow()
    {
        var annotations = new PatchPath("metadata", "annotations");
        Patch csr = Csr.New("x").Untyped
            + Patch.Set(annotations, PatchValue.Json(JsonNode.Parse("{\"a\":{\"x\":1,\"y\":2}}")))
            + Patch.Mixin(annotations, PatchValue.Map(new Dictionary<string, PatchValue> { ["a"] = PatchValue.Json(JsonNode.Parse("{\"z\":3}")) }));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"annotations\":{\"a\":{\"z\":3}},\"name\":\"x\"}}"));
    }

    [Test]
    public void LabelsMixinTwiceAccumulates() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1")) + Csr.Metadata.WithLabelsMixin(Map("b", "2"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"a\":\"1\",\"b\":\"2\"},\"name\":\"x\"}}"));

    [Test]
    public void LabelsMixinUnsetBehavesLikeWith() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"a\":\"1\"},\"name\":\"x\"}}"));

    [Test]
    public void LabelsWithAfterMixinReplaces() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1")) + Csr.Metadata.WithLabels(Map("z", "26"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"z\":\"26\"},\"name\":\"x\"}}"));

    [Test]
    public void LabelsWithTwiceLastWins() =>
        Assert.That((Csr.New("x") + Csr.Metadata.WithLabels(Map("a", "1", "b", "2")) + Csr.Metadata.WithLabels(Map("c", "3"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":{\"c\":\"3\"},\"name\":\"x\"}}"));

    [Test]
    public void MakeArrayObjects()
    {
        var items = new List<Patch>();
        var expected = new StringBuilder("[");
        for (int i = 0; i < 5; i++)
        {
            Csr csr = Csr.New($"csr-{i}")
                + Csr.Metadata.WithLabels(Map("idx", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
                + Csr.Spec.WithUsages("client auth");
            items.Add(csr.Untyped);
            expected.Append(i > 0 ? "," : string.Empty)
                .Append("{" + Head + ",\"metadata\":{\"labels\":{\"idx\":\"" + i + "\"},\"name\":\"csr-" + i + "\"},\"spec\":{\"signerName\":\"kubernetes.io/kube-apiserver-client\",\"usages\":[\"client auth\"]}}");
        }

        expected.Append(']');
        Assert.That(Manifests.ToJsonList(items), Is.EqualTo("{\"apiVersion\":\"v1\",\"items\":" + expected + ",\"kind\":\"List\"}"));
    }

    [Test]
    public void ManifestJsonIndentedMatchesJsonnetTwoSpaceManifest()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithLabels(Map("b", "2", "a", "1")) + Csr.Spec.WithUsages("u1", "u2");
        // std.manifestJsonEx(o, '  ') from manifest_yaml_and_string.json.
        Assert.That(csr.ToJson(indented: true), Is.EqualTo(
            "{\n  \"apiVersion\": \"certificates.k8s.io/v1\",\n  \"kind\": \"CertificateSigningRequest\",\n  \"metadata\": {\n    \"labels\": {\n      \"a\": \"1\",\n      \"b\": \"2\"\n    },\n    \"name\": \"x\"\n  },\n  \"spec\": {\n    \"usages\": [\n      \"u1\",\n      \"u2\"\n    ]\n  }\n}"));
    }

    [Test]
    public void MetadataAllCollectionSetters()
    {
        Csr csr = Csr.New("x")
            + Csr.Metadata.WithAnnotations(Map("a", "1"))
            + Csr.Metadata.WithAnnotationsMixin(Map("b", "2"))
            + Csr.Metadata.WithFinalizers("f1")
            + Csr.Metadata.WithFinalizersMixin("f2")
            + Csr.Metadata.WithLabels(Map("l", "1"))
            + Csr.Metadata.WithLabelsMixin(Map("m", "2"))
            + Csr.Metadata.WithManagedFields(ManagedFieldsEntry.WithManager("m1"))
            + Csr.Metadata.WithManagedFieldsMixin(ManagedFieldsEntry.WithManager("m2"))
            + Csr.Metadata.WithOwnerReferences(OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Node") + OwnerReference.WithName("n1") + OwnerReference.WithUid("u1"))
            + Csr.Metadata.WithOwnerReferencesMixin(OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Node") + OwnerReference.WithName("n2") + OwnerReference.WithUid("u2"));
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"annotations\":{\"a\":\"1\",\"b\":\"2\"},\"finalizers\":[\"f1\",\"f2\"],\"labels\":{\"l\":\"1\",\"m\":\"2\"},\"managedFields\":[{\"manager\":\"m1\"},{\"manager\":\"m2\"}],\"name\":\"x\",\"ownerReferences\":[{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"name\":\"n1\",\"uid\":\"u1\"},{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"name\":\"n2\",\"uid\":\"u2\"}]}}"));
    }

    [Test]
    public void MetadataAllScalarSetters()
    {
        Csr csr = Csr.New("x")
            + Csr.Metadata.WithClusterName("c1")
            + Csr.Metadata.WithCreationTimestamp(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero))
            + Csr.Metadata.WithDeletionGracePeriodSeconds(30)
            + Csr.Metadata.WithDeletionTimestamp(new DateTimeOffset(2021, 6, 2, 0, 0, 0, TimeSpan.Zero))
            + Csr.Metadata.WithGenerateName("gen-")
            + Csr.Metadata.WithGeneration(7)
            + Csr.Metadata.WithName("y")
            + Csr.Metadata.WithNamespace("default")
            + Csr.Metadata.WithResourceVersion("12345")
            + Csr.Metadata.WithSelfLink("/apis/certificates.k8s.io/v1/certificatesigningrequests/y")
            + Csr.Metadata.WithUid("0000-1111");
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"clusterName\":\"c1\",\"creationTimestamp\":\"2021-06-01T00:00:00Z\",\"deletionGracePeriodSeconds\":30,\"deletionTimestamp\":\"2021-06-02T00:00:00Z\",\"generateName\":\"gen-\",\"generation\":7,\"name\":\"y\",\"namespace\":\"default\",\"resourceVersion\":\"12345\",\"selfLink\":\"/apis/certificates.k8s.io/v1/certificatesigningrequests/y\",\"uid\":\"0000-1111\"}}"));
    }

    [Test]
    public void NameOverrideFollowsOrder()
    {
        Assert.Multiple(() =>
        {
            Assert.That((Csr.New("a") + Csr.Metadata.WithName("b")).ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"b\"}}"));
            Assert.That((Csr.Metadata.WithName("b") + Csr.New("a")).ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"a\"}}"));
        });
    }

    [Test]
    public void NullValuesThroughTheUntypedApi()
    {
        static Patch Set(PatchValue value, params string[] path) => Patch.Set(new PatchPath(path), value);
        static Patch Mixin(PatchValue value, params string[] path) => Patch.Mixin(new PatchPath(path), value);
        Patch csr = Csr.New("x").Untyped;

        Assert.Multiple(() =>
        {
            // null_array_with: jsonnet wraps null into [null].
            Assert.That((csr + Set(PatchValue.Array(new[] { PatchValue.Null }), "metadata", "finalizers") + Mixin(PatchValue.Array(new[] { PatchValue.Null }), "spec", "usages")).ToJson(),
                Is.EqualTo("{" + Head + ",\"metadata\":{\"finalizers\":[null],\"name\":\"x\"},\"spec\":{\"usages\":[null]}}"));

            // null_object_mixin_unset: a merge of null onto nothing is null.
            Assert.That((csr + Mixin(PatchValue.Null, "metadata", "labels")).ToJson(),
                Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":null,\"name\":\"x\"}}"));

            // null_object_with and null_scalar.
            Assert.That((csr + Set(PatchValue.Null, "metadata", "labels") + Set(PatchValue.Null, "spec", "extra")).ToJson(),
                Is.EqualTo("{" + Head + ",\"metadata\":{\"labels\":null,\"name\":\"x\"},\"spec\":{\"extra\":null}}"));
            Assert.That((csr + Set(PatchValue.Null, "metadata", "namespace") + Set(PatchValue.Null, "spec", "signerName") + Set(PatchValue.Null, "metadata", "generation")).ToJson(),
                Is.EqualTo("{" + Head + ",\"metadata\":{\"generation\":null,\"name\":\"x\",\"namespace\":null},\"spec\":{\"signerName\":null}}"));
        });
    }

    [Test]
    public void Numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Csr.Metadata.WithGeneration(0).ToJson(), Is.EqualTo("{\"metadata\":{\"generation\":0}}"));
            Assert.That(Csr.Metadata.WithGeneration(-1).ToJson(), Is.EqualTo("{\"metadata\":{\"generation\":-1}}"));

            // Deviation: jsonnet's numbers are doubles and print 9007199254740992; an int64 stays exact.
            Assert.That(Csr.Metadata.WithGeneration(9007199254740993).ToJson(), Is.EqualTo("{\"metadata\":{\"generation\":9007199254740993}}"));

            var grace = new PatchPath("metadata", "deletionGracePeriodSeconds");
            Assert.That(Patch.Set(grace, PatchValue.Number(0.5)).ToJson(), Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":0.5}}"));

            // Deviation: shortest round-trip text instead of jsonnet's %.17g (100000000000000000000, 0.33333333333333331).
            Assert.That(Patch.Set(grace, PatchValue.Number(1e20)).ToJson(), Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":1E+20}}"));
            Assert.That(Patch.Set(grace, PatchValue.Number(1.0 / 3)).ToJson(), Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":0.3333333333333333}}"));
        });
    }

    [Test]
    public void PatchOntoRawObjectKeepsUnknownFields()
    {
        Patch raw = Patch.FromJson("""
            { "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest",
              "metadata": { "name": "raw", "extraMeta": true },
              "spec": { "custom": 1, "usages": ["a"] }, "status": { "conditions": [] } }
            """);
        Patch csr = raw + Csr.Spec.WithUsagesMixin("b").Untyped + Csr.Metadata.WithLabelsMixin(Map("l", "v")).Untyped;
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"extraMeta\":true,\"labels\":{\"l\":\"v\"},\"name\":\"raw\"},\"spec\":{\"custom\":1,\"usages\":[\"a\",\"b\"]},\"status\":{\"conditions\":[]}}"));
    }

    [Test]
    public void SpecAllSetters()
    {
        Csr csr = Csr.New("x")
            + Csr.Spec.WithExtra(Extra("scopes", "a"))
            + Csr.Spec.WithExtraMixin(Extra("more", "b"))
            + Csr.Spec.WithGroups("g1")
            + Csr.Spec.WithGroupsMixin("g2")
            + Csr.Spec.WithRequest(Encoding.ASCII.GetBytes("REQ"))
            + Csr.Spec.WithSignerName("example.com/signer")
            + Csr.Spec.WithUid("uid-1")
            + Csr.Spec.WithUsages("server auth")
            + Csr.Spec.WithUsagesMixin("client auth")
            + Csr.Spec.WithUsername("alice");
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"extra\":{\"more\":[\"b\"],\"scopes\":[\"a\"]},\"groups\":[\"g1\",\"g2\"],\"request\":\"UkVR\",\"signerName\":\"example.com/signer\",\"uid\":\"uid-1\",\"usages\":[\"server auth\",\"client auth\"],\"username\":\"alice\"}}"));
    }

    [Test]
    public void SpecExtraMixinWithMergedFieldsInTheArgument()
    {
        // The jsonnet argument { a+: ['2'], b+: ['new'] } is an object whose own fields merge: an embedded typed
        // patch built from mixins keeps those modes.
        var extra = new PatchPath("spec", "extra");
        Patch argument = Patch.Mixin(new PatchPath("a"), PatchValue.Strings(new[] { "2" })) + Patch.Mixin(new PatchPath("b"), PatchValue.Strings(new[] { "new" }));
        Patch csr = (Csr.New("x") + Csr.Spec.WithExtra(Extra("a", "1"))).Untyped + Patch.Mixin(extra, PatchValue.Object(argument.As<Csr>()));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"extra\":{\"a\":[\"1\",\"2\"],\"b\":[\"new\"]}}}"));
    }

    [Test]
    public void SpecExtraNestedMapPassesThroughVerbatim()
    {
        JsonNode extra = JsonNode.Parse("{\"scopes\":[\"openid\",\"email\"],\"nested\":{\"deep\":{\"deeper\":[1,2,{\"k\":\"v\"}]}},\"empty\":[]}")!;
        Patch csr = Csr.New("x").Untyped + Patch.Set(new PatchPath("spec", "extra"), PatchValue.Json(extra));
        Assert.That(csr.ToJson(), Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"extra\":{\"empty\":[],\"nested\":{\"deep\":{\"deeper\":[1,2,{\"k\":\"v\"}]}},\"scopes\":[\"openid\",\"email\"]}}}"));
    }

    [Test]
    public void SpecExtraWithAfterMixinReplaces() =>
        Assert.That((Csr.New("x") + Csr.Spec.WithExtraMixin(Extra("a", "1")) + Csr.Spec.WithExtra(Extra("z"))).ToJson(),
            Is.EqualTo("{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"extra\":{\"z\":[]}}}"));

    [Test]
    public void SpecGroupsUsagesSingleValues()
    {
        Csr csr = Csr.New("x")
            + Csr.Spec.WithGroups("system:authenticated")
            + Csr.Spec.WithGroupsMixin("system:nodes")
            + Csr.Spec.WithUsagesMixin("digital signature")
            + Csr.Spec.WithUsagesMixin("key encipherment", "client auth");
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"groups\":[\"system:authenticated\",\"system:nodes\"],\"usages\":[\"digital signature\",\"key encipherment\",\"client auth\"]}}"));
    }

    [Test]
    public void SpecRequestBase64()
    {
        byte[] pem = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIICVjCCAT4CAQAwETEPMA0GA1UEAwwGYW5nZWxhMIIBIjANBgkqhkiG9w0BAQEF\n-----END CERTIFICATE REQUEST-----\n");
        Assert.That((Csr.New("x") + Csr.Spec.WithRequest(pem)).ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"name\":\"x\"},\"spec\":{\"request\":\"LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0dZVzVuWld4aE1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgotLS0tLUVORCBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K\"}}"));
    }

    [Test]
    public void SettersEvaluatedAloneGiveTheirObjects()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Csr.Spec.WithSignerName("only").ToJson(), Is.EqualTo("{\"spec\":{\"signerName\":\"only\"}}"));
            Assert.That(Csr.Spec.WithUsagesMixin("u").ToJson(), Is.EqualTo("{\"spec\":{\"usages\":[\"u\"]}}"));
            Assert.That(Csr.Metadata.WithLabelsMixin(Map("a", "b")).ToJson(), Is.EqualTo("{\"metadata\":{\"labels\":{\"a\":\"b\"}}}"));
        });
    }

    [Test]
    public void SpecWithoutNew() =>
        Assert.That((Csr.Spec.WithSignerName("a") + Csr.Spec.WithUsername("b") + Csr.Metadata.WithNamespace("n")).ToJson(),
            Is.EqualTo("{\"metadata\":{\"namespace\":\"n\"},\"spec\":{\"signerName\":\"a\",\"username\":\"b\"}}"));

    [Test]
    public void TenCalls() =>
        Assert.That(Samples.TenCalls().ToJson(), Is.EqualTo(Samples.TenCallsJson));

    [Test]
    public void UntypedSettersAcceptAnyValueAsJsonnetDoes()
    {
        static Patch Set(PatchValue value, params string[] path) => Patch.Set(new PatchPath(path), value);
        Patch csr = Csr.New("x").Untyped
            + Set(PatchValue.Integer(42), "metadata", "namespace")
            + Set(PatchValue.Boolean(true), "metadata", "generateName")
            + Set(PatchValue.Json(new JsonObject { ["not"] = "a string" }), "spec", "username")
            + Set(PatchValue.Array(new[] { PatchValue.Json(new JsonObject { ["single"] = "object" }) }), "spec", "usages")
            + Set(PatchValue.Numbers(new[] { 3.5 }), "spec", "groups");
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{" + Head + ",\"metadata\":{\"generateName\":true,\"name\":\"x\",\"namespace\":42},\"spec\":{\"groups\":[3.5],\"usages\":[{\"single\":\"object\"}],\"username\":{\"not\":\"a string\"}}}"));
    }

    // The error cases, through values a typed API cannot produce but JSON input can.
    private static readonly PatchPath Labels = new("metadata", "labels");
    private static readonly PatchPath Finalizers = new("metadata", "finalizers");
    private static readonly PatchPath Extras = new("spec", "extra");

    private static IEnumerable<TestCaseData> ErrorCases()
    {
        Patch csr = Csr.New("x").Untyped;
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("[\"not\",\"an\",\"object\"]"))) + Csr.Metadata.WithLabelsMixin(Map("a", "1")).Untyped),
            "metadata.labels", "metadata.labels: cannot merge an object into an array").SetName("mixin_object_onto_array");
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Patch.Set(Finalizers, PatchValue.Json(new JsonObject { ["not"] = "array" })) + Csr.Metadata.WithFinalizersMixin("f").Untyped),
            "metadata.finalizers", "metadata.finalizers: cannot merge an array into an object").SetName("mixin_array_onto_object");
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Patch.Set(Extras, PatchValue.Json(5)) + Csr.Spec.WithExtraMixin(Extra("a", "1")).Untyped),
            "spec.extra", "spec.extra: cannot merge an object into a number").SetName("mixin_object_onto_number");
        yield return new TestCaseData(
            (Func<Patch>)(() => Patch.FromJson("{\"spec\":null}") + Csr.Spec.WithSignerName("s").Untyped),
            "spec", "spec: cannot merge an object into null").SetName("nested_setter_onto_null_parent");
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Csr.Metadata.WithLabels(Map("a", "1")).Untyped + Patch.Mixin(Labels, PatchValue.Null)),
            "metadata.labels", "metadata.labels: cannot merge null into an object").SetName("null_object_mixin_onto_object");

        // Jsonnet concatenates strings here; Kubesonnet refuses.
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Patch.Set(Finalizers, PatchValue.String("str")) + Csr.Metadata.WithFinalizersMixin("f").Untyped),
            "metadata.finalizers", "metadata.finalizers: cannot merge an array into a string").SetName("mixin_array_onto_string_concats");
        yield return new TestCaseData(
            (Func<Patch>)(() => csr + Patch.Set(Labels, PatchValue.String("str")) + Csr.Metadata.WithLabelsMixin(Map("a", "1")).Untyped),
            "metadata.labels", "metadata.labels: cannot merge an object into a string").SetName("mixin_object_onto_string_concats");
        yield return new TestCaseData(
            (Func<Patch>)(() => Patch.FromJson("{\"spec\":\"str\"}") + Csr.Spec.WithSignerName("s").Untyped),
            "spec", "spec: cannot merge an object into a string").SetName("nested_setter_onto_string_parent");
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void ErrorCase(Func<Patch> compose, string path, string message)
    {
        KubesonnetMergeException? error = Assert.Throws<KubesonnetMergeException>(() => compose());
        Assert.Multiple(() =>
        {
            Assert.That(error!.Path, Is.EqualTo(path));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error, Is.InstanceOf<InvalidOperationException>());
        });
    }
}
