using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kubesonnet.Tests;

/// <summary>
/// The conformance corpus (<c>conformance/cases</c> of the shared folder), case by case: each test is the jsonnet
/// program written against the typed API (or the untyped one where the case needs values a typed API rejects), and
/// what it writes is compared with what jsonnet printed for the case, read from the corpus (<see cref="SharedCases"/>:
/// skipped with the shared-inputs message where it is absent). Where Kubesonnet deviates on purpose, the test says so
/// and checks that jsonnet still prints what the deviation is from.
/// </summary>
public class ConformanceTests
{

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
        SharedCases.AssertCase("new_basic", Csr.New("my-csr").ToJson());

    [Test]
    public void AnnotationsWithAndMixin()
    {
        Csr csr = Csr.New("x")
            + Csr.Metadata.WithAnnotations(Map("kubernetes.io/description", "d", "a.b/c", "e"))
            + Csr.Metadata.WithAnnotationsMixin(Map("tanka.dev/namespaced", "false"));
        SharedCases.AssertCase("annotations_with_and_mixin", csr.ToJson());
    }

    [Test]
    public void EmptyArrayAndObject()
    {
        Csr emptyWith = Csr.New("x") + Csr.Metadata.WithFinalizers() + Csr.Metadata.WithLabels(Map()) + Csr.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>>());
        Csr emptyMixinKeeps = Csr.New("y") + Csr.Metadata.WithFinalizers("a") + Csr.Metadata.WithFinalizersMixin() + Csr.Metadata.WithLabels(Map("k", "v")) + Csr.Metadata.WithLabelsMixin(Map());
        Csr emptyMixinUnset = Csr.New("z") + Csr.Spec.WithUsagesMixin() + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>>());

        SharedCases.Require();
        Assert.Multiple(() =>
        {
            SharedCases.AssertCase("empty_array_and_object", emptyWith.ToJson(), "emptyWith");
            SharedCases.AssertCase("empty_array_and_object", emptyMixinKeeps.ToJson(), "emptyMixinKeeps");
            SharedCases.AssertCase("empty_array_and_object", emptyMixinUnset.ToJson(), "emptyMixinUnset");
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

        SharedCases.AssertCase("event_nested_refs", ev.ToJson());
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

        SharedCases.Require();
        Assert.Multiple(() =>
        {
            SharedCases.AssertCase("event_top_level_plain", obj.ToJson(), "obj");
            SharedCases.AssertCase("event_top_level_plain", replaceObject.ToJson(), "replaceObject");
        });
    }

    [Test]
    public void FinalizersArray() =>
        SharedCases.AssertCase("finalizers_array", (Csr.New("x") + Csr.Metadata.WithFinalizers("a", "b")).ToJson());

    [Test]
    public void FinalizersMixinRepeatedKeepsOrderAndDuplicates()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a") + Csr.Metadata.WithFinalizersMixin("b", "a") + Csr.Metadata.WithFinalizersMixin("c");
        SharedCases.AssertCase("finalizers_mixin_repeated", csr.ToJson());
    }

    [Test]
    public void FinalizersMixinSingleAfterWith() =>
        SharedCases.AssertCase("finalizers_mixin_single_after_with", (Csr.New("x") + Csr.Metadata.WithFinalizers("a") + Csr.Metadata.WithFinalizersMixin("b")).ToJson());

    [Test]
    public void FinalizersMixinUnset() =>
        SharedCases.AssertCase("finalizers_mixin_unset", (Csr.New("x") + Csr.Metadata.WithFinalizersMixin("first")).ToJson());

    [Test]
    public void FinalizersNestedArrayIsNotFlattened()
    {
        var path = new PatchPath("metadata", "finalizers");
        Patch csr = Patch.Kind("certificates.k8s.io/v1", "CertificateSigningRequest", "x")
            + Patch.Set(path, PatchValue.Array(new[] { PatchValue.Strings(new[] { "a" }) }))
            + Patch.Mixin(path, PatchValue.Array(new[] { PatchValue.Strings(new[] { "b", "c" }) }));
        SharedCases.AssertCase("finalizers_nested_array_arg", csr.ToJson());
    }

    [Test]
    public void FinalizersWithAfterMixinReplaces() =>
        SharedCases.AssertCase("finalizers_with_after_mixin", (Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a", "b") + Csr.Metadata.WithFinalizers("c")).ToJson());

    [Test]
    public void LabelKeysSpecial()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithLabels(Map("app.kubernetes.io/name", "n", "a-b", "c", "123", "num", "if", "kw", "self", "kw2", "null", "kw3"));
        SharedCases.AssertCase("label_keys_special", csr.ToJson());
    }

    [Test]
    public void LabelsMixinAfterWithIsShallowAndMixinKeyWins() =>
        SharedCases.AssertCase("labels_mixin_after_with", (Csr.New("x") + Csr.Metadata.WithLabels(Map("a", "1", "b", "2")) + Csr.Metadata.WithLabelsMixin(Map("b", "B", "c", "3"))).ToJson());

    [Test]
    public void LabelsMixinNestedIsShallow()
    {
        var annotations = new PatchPath("metadata", "annotations");
        Patch csr = Csr.New("x").Untyped
            + Patch.Set(annotations, PatchValue.Json(JsonNode.Parse("{\"a\":{\"x\":1,\"y\":2}}")))
            + Patch.Mixin(annotations, PatchValue.Map(new Dictionary<string, PatchValue> { ["a"] = PatchValue.Json(JsonNode.Parse("{\"z\":3}")) }));
        SharedCases.AssertCase("labels_mixin_nested_is_shallow", csr.ToJson());
    }

    [Test]
    public void LabelsMixinTwiceAccumulates() =>
        SharedCases.AssertCase("labels_mixin_twice", (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1")) + Csr.Metadata.WithLabelsMixin(Map("b", "2"))).ToJson());

    [Test]
    public void LabelsMixinUnsetBehavesLikeWith() =>
        SharedCases.AssertCase("labels_mixin_unset", (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1"))).ToJson());

    [Test]
    public void LabelsWithAfterMixinReplaces() =>
        SharedCases.AssertCase("labels_with_after_mixin", (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map("a", "1")) + Csr.Metadata.WithLabels(Map("z", "26"))).ToJson());

    [Test]
    public void LabelsWithTwiceLastWins() =>
        SharedCases.AssertCase("labels_with_twice", (Csr.New("x") + Csr.Metadata.WithLabels(Map("a", "1", "b", "2")) + Csr.Metadata.WithLabels(Map("c", "3"))).ToJson());

    [Test]
    public void MakeArrayObjects()
    {
        var items = new List<Patch>();
        for (int i = 0; i < 5; i++)
        {
            Csr csr = Csr.New($"csr-{i}")
                + Csr.Metadata.WithLabels(Map("idx", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
                + Csr.Spec.WithUsages("client auth");
            items.Add(csr.Untyped);
        }

        // jsonnet's std.makeArray prints the array; Kubesonnet writes it as the items of a v1 List.
        JsonObject list = JsonNode.Parse(Manifests.ToJsonList(items))!.AsObject();
        Assert.That(list.Select(p => p.Key), Is.EqualTo(new[] { "apiVersion", "items", "kind" }));
        Assert.That((list["apiVersion"]!.GetValue<string>(), list["kind"]!.GetValue<string>()), Is.EqualTo(("v1", "List")));
        SharedCases.AssertCase("make_array_objects", list["items"]!.ToJsonString());
    }

    [Test]
    public void ManifestJsonIndentedMatchesJsonnetTwoSpaceManifest()
    {
        Csr csr = Csr.New("x") + Csr.Metadata.WithLabels(Map("b", "2", "a", "1")) + Csr.Spec.WithUsages("u1", "u2");
        // std.manifestJsonEx(o, '  '): the text itself, not only its values.
        string expected = SharedCases.Output("manifest_yaml_and_string")["json"]!.GetValue<string>();
        Assert.That(csr.ToJson(indented: true), Is.EqualTo(expected));
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
        SharedCases.AssertCase("metadata_all_collection_setters", csr.ToJson());
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
        SharedCases.AssertCase("metadata_all_scalar_setters", csr.ToJson());
    }

    [Test]
    public void NameOverrideFollowsOrder()
    {
        SharedCases.Require();
        Assert.Multiple(() =>
        {
            SharedCases.AssertCase("name_override", (Csr.New("a") + Csr.Metadata.WithName("b")).ToJson(), "newThenWith");
            SharedCases.AssertCase("name_override", (Csr.Metadata.WithName("b") + Csr.New("a")).ToJson(), "withThenNew");
        });
    }

    [Test]
    public void NullValuesThroughTheUntypedApi()
    {
        static Patch Set(PatchValue value, params string[] path) => Patch.Set(new PatchPath(path), value);
        static Patch Mixin(PatchValue value, params string[] path) => Patch.Mixin(new PatchPath(path), value);
        Patch csr = Csr.New("x").Untyped;

        SharedCases.Require();
        Assert.Multiple(() =>
        {
            // null_array_with: jsonnet wraps null into [null].
            SharedCases.AssertCase("null_array_with", (csr + Set(PatchValue.Array(new[] { PatchValue.Null }), "metadata", "finalizers") + Mixin(PatchValue.Array(new[] { PatchValue.Null }), "spec", "usages")).ToJson());

            // null_object_mixin_unset: a merge of null onto nothing is null.
            SharedCases.AssertCase("null_object_mixin_unset", (csr + Mixin(PatchValue.Null, "metadata", "labels")).ToJson());

            // null_object_with and null_scalar.
            SharedCases.AssertCase("null_object_with", (csr + Set(PatchValue.Null, "metadata", "labels") + Set(PatchValue.Null, "spec", "extra")).ToJson());
            SharedCases.AssertCase("null_scalar", (csr + Set(PatchValue.Null, "metadata", "namespace") + Set(PatchValue.Null, "spec", "signerName") + Set(PatchValue.Null, "metadata", "generation")).ToJson());
        });
    }

    [Test]
    public void Numbers()
    {
        JsonNode jsonnet = SharedCases.Output("numbers");
        var grace = new PatchPath("metadata", "deletionGracePeriodSeconds");
        Assert.Multiple(() =>
        {
            SharedCases.AssertCase("numbers", Csr.Metadata.WithGeneration(0).ToJson(), "a");
            SharedCases.AssertCase("numbers", Csr.Metadata.WithGeneration(-1).ToJson(), "b");
            SharedCases.AssertCase("numbers", Patch.Set(grace, PatchValue.Number(0.5)).ToJson(), "d");

            // Deviation: jsonnet's numbers are doubles and print 9007199254740992; an int64 stays exact.
            Assert.That(SharedCases.Compact(jsonnet["c"]), Is.EqualTo("{\"metadata\":{\"generation\":9007199254740992}}"), "what jsonnet prints");
            Assert.That(Csr.Metadata.WithGeneration(9007199254740993).ToJson(), Is.EqualTo("{\"metadata\":{\"generation\":9007199254740993}}"));

            // Deviation: shortest round-trip text instead of jsonnet's %.17g; the same double when read back.
            Assert.That(SharedCases.Compact(jsonnet["e"]), Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":100000000000000000000}}"), "what jsonnet prints");
            Assert.That(SharedCases.Compact(jsonnet["f"]), Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":0.33333333333333331}}"), "what jsonnet prints");
            foreach ((string member, double value, string text) in new[] { ("e", 1e20, "1E+20"), ("f", 1.0 / 3, "0.3333333333333333") })
            {
                string ours = Patch.Set(grace, PatchValue.Number(value)).ToJson();
                Assert.That(ours, Is.EqualTo("{\"metadata\":{\"deletionGracePeriodSeconds\":" + text + "}}"));
                Assert.That(JsonNode.Parse(ours)!["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<double>(), Is.EqualTo(jsonnet[member]!["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<double>()), member);
            }
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
        SharedCases.AssertCase("patch_onto_raw_object", csr.ToJson());
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
        SharedCases.AssertCase("spec_all_setters", csr.ToJson());
    }

    [Test]
    public void SpecExtraMixinWithMergedFieldsInTheArgument()
    {
        // The jsonnet argument { a+: ['2'], b+: ['new'] } is an object whose own fields merge: an embedded typed
        // patch built from mixins keeps those modes.
        var extra = new PatchPath("spec", "extra");
        Patch argument = Patch.Mixin(new PatchPath("a"), PatchValue.Strings(new[] { "2" })) + Patch.Mixin(new PatchPath("b"), PatchValue.Strings(new[] { "new" }));
        Patch csr = (Csr.New("x") + Csr.Spec.WithExtra(Extra("a", "1"))).Untyped + Patch.Mixin(extra, PatchValue.Object(argument.As<Csr>()));
        SharedCases.AssertCase("spec_extra_mixin_with_plus_field", csr.ToJson());
    }

    [Test]
    public void SpecExtraNestedMapPassesThroughVerbatim()
    {
        JsonNode extra = JsonNode.Parse("{\"scopes\":[\"openid\",\"email\"],\"nested\":{\"deep\":{\"deeper\":[1,2,{\"k\":\"v\"}]}},\"empty\":[]}")!;
        Patch csr = Csr.New("x").Untyped + Patch.Set(new PatchPath("spec", "extra"), PatchValue.Json(extra));
        SharedCases.AssertCase("spec_extra_nested_map", csr.ToJson());
    }

    [Test]
    public void SpecExtraWithAfterMixinReplaces() =>
        SharedCases.AssertCase("spec_extra_with_after_mixin", (Csr.New("x") + Csr.Spec.WithExtraMixin(Extra("a", "1")) + Csr.Spec.WithExtra(Extra("z"))).ToJson());

    [Test]
    public void SpecGroupsUsagesSingleValues()
    {
        Csr csr = Csr.New("x")
            + Csr.Spec.WithGroups("system:authenticated")
            + Csr.Spec.WithGroupsMixin("system:nodes")
            + Csr.Spec.WithUsagesMixin("digital signature")
            + Csr.Spec.WithUsagesMixin("key encipherment", "client auth");
        SharedCases.AssertCase("spec_groups_usages_single", csr.ToJson());
    }

    [Test]
    public void SpecRequestBase64()
    {
        byte[] pem = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIICVjCCAT4CAQAwETEPMA0GA1UEAwwGYW5nZWxhMIIBIjANBgkqhkiG9w0BAQEF\n-----END CERTIFICATE REQUEST-----\n");
        SharedCases.AssertCase("spec_request_base64", (Csr.New("x") + Csr.Spec.WithRequest(pem)).ToJson());
    }

    [Test]
    public void SettersEvaluatedAloneGiveTheirObjects()
    {
        SharedCases.Require();
        Assert.Multiple(() =>
        {
            SharedCases.AssertCase("spec_setter_on_nothing", Csr.Spec.WithSignerName("only").ToJson(), "signer");
            SharedCases.AssertCase("spec_setter_on_nothing", Csr.Spec.WithUsagesMixin("u").ToJson(), "usagesMixin");
            SharedCases.AssertCase("spec_setter_on_nothing", Csr.Metadata.WithLabelsMixin(Map("a", "b")).ToJson(), "labelsMixin");
        });
    }

    [Test]
    public void SpecWithoutNew() =>
        SharedCases.AssertCase("spec_without_new", (Csr.Spec.WithSignerName("a") + Csr.Spec.WithUsername("b") + Csr.Metadata.WithNamespace("n")).ToJson());

    [Test]
    public void TenCalls()
    {
        SharedCases.AssertCase("ten_calls", Samples.TenCalls().ToJson());

        // Samples.TenCallsJson, which other tests compare with, is the case's output too.
        SharedCases.AssertCase("ten_calls", Samples.TenCallsJson);
    }

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
        SharedCases.AssertCase("wrong_types_accepted", csr.ToJson());
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

        // What jsonnet did with the same case: refused it, on the same two types (it names them left, right), or
        // concatenated strings where Kubesonnet refuses.
        string name = TestContext.CurrentContext.Test.Name;
        Match ours = Regex.Match(message, "cannot merge (?:an? )?(\\w+) into (?:an? )?(\\w+)$");
        Assert.That(ours.Success, Is.True, message);
        if (name.EndsWith("_concats", StringComparison.Ordinal) || name == "nested_setter_onto_string_parent")
        {
            JsonNode? value = SharedCases.Output(name);
            foreach (string key in path.Split('.'))
            {
                value = value?[key];
            }

            Assert.That(value?.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String), name + ": jsonnet concatenated into a string at " + path);
        }
        else
        {
            Match jsonnet = Regex.Match(SharedCases.Error(name), "^RUNTIME ERROR: binary operator \\+ requires matching types, got (\\w+) and (\\w+)\\.");
            Assert.That(jsonnet.Success, Is.True, name + ".error.txt");
            Assert.That((jsonnet.Groups[1].Value, jsonnet.Groups[2].Value), Is.EqualTo((ours.Groups[2].Value, ours.Groups[1].Value)), "the types jsonnet refused to add");
        }
    }
}
