using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Meta.V1;
using NUnit.Framework;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

namespace Kubesonnet.Tests.Conformance
{
    /// <summary>
    /// Each test is one case of the conformance corpus (<c>shared/conformance/cases/NAME.jsonnet</c>) written with the
    /// generated C# builders, asserting the JSON that real jsonnet printed for it. The jsonnet program is quoted
    /// above each test.
    /// </summary>
    public class ConformanceTests
    {
        private static Dictionary<string, string> Map(params (string Key, string Value)[] entries) =>
            entries.ToDictionary(e => e.Key, e => e.Value);

        // csr.new(name='x') + every function called with its argument NAME
        [Test]
        public void all_named_args()
        {
            Csr csr = Csr.New(name: "x")
                + Csr.Metadata.WithAnnotations(annotations: Map(("a", "1")))
                + Csr.Metadata.WithAnnotationsMixin(annotations: Map(("b", "2")))
                + Csr.Metadata.WithClusterName(clusterName: "c")
                + Csr.Metadata.WithCreationTimestamp(creationTimestamp: "t0")
                + Csr.Metadata.WithDeletionGracePeriodSeconds(deletionGracePeriodSeconds: 1)
                + Csr.Metadata.WithDeletionTimestamp(deletionTimestamp: "t1")
                + Csr.Metadata.WithFinalizers(finalizers: "f")
                + Csr.Metadata.WithFinalizersMixin(finalizers: "g")
                + Csr.Metadata.WithGenerateName(generateName: "p-")
                + Csr.Metadata.WithGeneration(generation: 2)
                + Csr.Metadata.WithLabels(labels: Map(("l", "1")))
                + Csr.Metadata.WithLabelsMixin(labels: Map(("m", "1")))
                + Csr.Metadata.WithManagedFields(managedFields: ManagedFieldsEntry.WithManager("a"))
                + Csr.Metadata.WithManagedFieldsMixin(managedFields: ManagedFieldsEntry.WithManager("b"))
                + Csr.Metadata.WithName(name: "y")
                + Csr.Metadata.WithNamespace(@namespace: "ns")
                + Csr.Metadata.WithOwnerReferences(ownerReferences: OwnerReference.WithName("o1"))
                + Csr.Metadata.WithOwnerReferencesMixin(ownerReferences: OwnerReference.WithName("o2"))
                + Csr.Metadata.WithResourceVersion(resourceVersion: "9")
                + Csr.Metadata.WithSelfLink(selfLink: "/s")
                + Csr.Metadata.WithUid(uid: "u")
                + Csr.Spec.WithExtra(extra: new Dictionary<string, IReadOnlyList<string>> { ["e"] = new[] { "1" } })
                + Csr.Spec.WithExtraMixin(extra: new Dictionary<string, IReadOnlyList<string>> { ["f"] = new[] { "2" } })
                + Csr.Spec.WithGroups(groups: "g")
                + Csr.Spec.WithGroupsMixin(groups: "h")
                + Csr.Spec.WithRequest(request: Encoding.UTF8.GetBytes("req"))
                + Csr.Spec.WithSignerName(signerName: "s")
                + Csr.Spec.WithUid(uid: "su")
                + Csr.Spec.WithUsages(usages: "u1")
                + Csr.Spec.WithUsagesMixin(usages: "u2")
                + Csr.Spec.WithUsername(username: "bob");

            Corpus.AssertMatches(nameof(all_named_args), csr.ToJson());
        }

        // csr.new('x') + withAnnotations({ 'kubernetes.io/description': 'd', 'a.b/c': 'e' }) + withAnnotationsMixin({ 'tanka.dev/namespaced': 'false' })
        [Test]
        public void annotations_with_and_mixin()
        {
            Csr csr = Csr.New("x")
                + Csr.Metadata.WithAnnotations(Map(("kubernetes.io/description", "d"), ("a.b/c", "e")))
                + Csr.Metadata.WithAnnotationsMixin(Map(("tanka.dev/namespaced", "false")));
            Corpus.AssertMatches(nameof(annotations_with_and_mixin), csr.ToJson());
        }

        // visible function/object names at root and in metadata/spec (no withApiVersion/withKind/status at root)
        [Test]
        public void api_surface()
        {
            JsonNode expected = Corpus.Expected(nameof(api_surface));
            // Merges by key (WithOwnerReferencesMerge, issue 13) are Kubesonnet's own, beyond k8s-libsonnet's surface.
            static string[] Methods(Type type) => type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.FlattenHierarchy)
                .Where(m => m.Name.StartsWith("With", StringComparison.Ordinal) && !m.Name.EndsWith("Merge", StringComparison.Ordinal))
                .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
            static string[] Pascal(JsonNode? names) => names!.AsArray().Select(n => char.ToUpperInvariant(n!.GetValue<string>()[0]) + n.GetValue<string>()[1..]).ToArray();

            Assert.That(Methods(typeof(Csr.Metadata)), Is.EqualTo(Pascal(expected["metadata"])));
            Assert.That(Methods(typeof(Csr.Spec)), Is.EqualTo(Pascal(expected["spec"])));
            Assert.That(typeof(Csr).GetNestedTypes().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(new[] { "Metadata", "Spec" }));
            Assert.That(typeof(Csr).GetMethod("New"), Is.Not.Null);
            // Issue 13 gives a group's builder a setter of its own (Csr.WithSpec(CertificateSigningRequestSpec)); beside
            // those, no top-level setters: no WithApiVersion, WithKind or WithStatus.
            Assert.That(Methods(typeof(Csr)), Is.EqualTo(new[] { "WithMetadata", "WithMetadataMixin", "WithSpec", "WithSpecMixin" }),
                "no top-level setters but the groups' whole builders: no WithApiVersion, WithKind or WithStatus");
            Assert.That(expected["hasWithApiVersion"]!.GetValue<bool>() || expected["hasWithKind"]!.GetValue<bool>() || expected["hasStatus"]!.GetValue<bool>(), Is.False);
            Assert.That(typeof(Csr.Spec).GetMethod("WithExpirationSeconds"), Is.Null);
        }

        // emptyWith / emptyMixinKeeps / emptyMixinUnset: empty [] / {} arguments for with and Mixin
        [Test]
        public void empty_array_and_object()
        {
            var empty = new Dictionary<string, string>();
            Csr emptyWith = Csr.New("x") + Csr.Metadata.WithFinalizers() + Csr.Metadata.WithLabels(empty) + Csr.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>>());
            Csr emptyMixinKeeps = Csr.New("y") + Csr.Metadata.WithFinalizers("a") + Csr.Metadata.WithFinalizersMixin(Array.Empty<string>())
                + Csr.Metadata.WithLabels(Map(("k", "v"))) + Csr.Metadata.WithLabelsMixin(empty);
            Csr emptyMixinUnset = Csr.New("z") + Csr.Spec.WithUsagesMixin() + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>>());
            Corpus.AssertMatches(nameof(empty_array_and_object), Corpus.Object(
                ("emptyWith", emptyWith.ToJson()), ("emptyMixinKeeps", emptyMixinKeeps.ToJson()), ("emptyMixinUnset", emptyMixinUnset.ToJson())));
        }

        [Test]
        public void finalizers_array() =>
            Corpus.AssertMatches(nameof(finalizers_array), (Csr.New("x") + Csr.Metadata.WithFinalizers("a", "b")).ToJson());

        [Test]
        public void finalizers_mixin_repeated() =>
            Corpus.AssertMatches(nameof(finalizers_mixin_repeated), (Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a")
                + Csr.Metadata.WithFinalizersMixin(new List<string> { "b", "a" }) + Csr.Metadata.WithFinalizersMixin(new[] { "c" })).ToJson());

        [Test]
        public void finalizers_mixin_single_after_with() =>
            Corpus.AssertMatches(nameof(finalizers_mixin_single_after_with), (Csr.New("x") + Csr.Metadata.WithFinalizers(new[] { "a" }) + Csr.Metadata.WithFinalizersMixin("b")).ToJson());

        [Test]
        public void finalizers_mixin_unset() =>
            Corpus.AssertMatches(nameof(finalizers_mixin_unset), (Csr.New("x") + Csr.Metadata.WithFinalizersMixin("first")).ToJson());

        [Test]
        public void finalizers_single_value() =>
            Corpus.AssertMatches(nameof(finalizers_single_value), (Csr.New("x") + Csr.Metadata.WithFinalizers("only")).ToJson());

        [Test]
        public void finalizers_with_after_mixin() =>
            Corpus.AssertMatches(nameof(finalizers_with_after_mixin), (Csr.New("x") + Csr.Metadata.WithFinalizersMixin("a", "b") + Csr.Metadata.WithFinalizers("c")).ToJson());

        [Test]
        public void label_keys_special() =>
            Corpus.AssertMatches(nameof(label_keys_special), (Csr.New("x") + Csr.Metadata.WithLabels(Map(
                ("app.kubernetes.io/name", "n"), ("a-b", "c"), ("123", "num"), ("if", "kw"), ("self", "kw2"), ("null", "kw3")))).ToJson());

        [Test]
        public void labels_mixin_after_with() =>
            Corpus.AssertMatches(nameof(labels_mixin_after_with), (Csr.New("x") + Csr.Metadata.WithLabels(Map(("a", "1"), ("b", "2")))
                + Csr.Metadata.WithLabelsMixin(Map(("b", "B"), ("c", "3")))).ToJson());

        [Test]
        public void labels_mixin_twice() =>
            Corpus.AssertMatches(nameof(labels_mixin_twice), (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map(("a", "1"))) + Csr.Metadata.WithLabelsMixin(Map(("b", "2")))).ToJson());

        [Test]
        public void labels_mixin_unset() =>
            Corpus.AssertMatches(nameof(labels_mixin_unset), (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map(("a", "1")))).ToJson());

        [Test]
        public void labels_with_after_mixin() =>
            Corpus.AssertMatches(nameof(labels_with_after_mixin), (Csr.New("x") + Csr.Metadata.WithLabelsMixin(Map(("a", "1"))) + Csr.Metadata.WithLabels(Map(("z", "26")))).ToJson());

        [Test]
        public void labels_with_twice() =>
            Corpus.AssertMatches(nameof(labels_with_twice), (Csr.New("x") + Csr.Metadata.WithLabels(Map(("a", "1"), ("b", "2"))) + Csr.Metadata.WithLabels(Map(("c", "3")))).ToJson());

        // std.makeArray(5, function(i) csr.new('csr-%d' % i) + withLabels({ idx: std.toString(i) }) + withSignerName(...) + withUsages(['client auth']))
        [Test]
        public void make_array_objects()
        {
            var array = new JsonArray(Enumerable.Range(0, 5).Select(i => JsonNode.Parse((Csr.New("csr-" + i)
                + Csr.Metadata.WithLabels(Map(("idx", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
                + Csr.Spec.WithUsages(new[] { "client auth" })).ToJson())).ToArray());
            Corpus.AssertMatches(nameof(make_array_objects), array);
        }

        // { json: std.manifestJsonEx(o, '  '), yaml: std.manifestYamlDoc(o) }: the indented JSON is the same text;
        // the YAML is a different (kubectl-style) rendering of the same data.
        [Test]
        public void manifest_yaml_and_string()
        {
            Csr o = Csr.New("x") + Csr.Metadata.WithLabels(Map(("b", "2"), ("a", "1"))) + Csr.Spec.WithUsages("u1", "u2");
            JsonNode expected = Corpus.Expected(nameof(manifest_yaml_and_string));

            Assert.That(o.ToJson(indented: true), Is.EqualTo(expected["json"]!.GetValue<string>()));
            Assert.That(Yaml.ToJsonNode(o.ToYaml()).ToJsonString(), Is.EqualTo(Yaml.ToJsonNode(expected["yaml"]!.GetValue<string>()).ToJsonString()));
        }

        [Test]
        public void metadata_all_collection_setters()
        {
            Csr csr = Csr.New("x")
                + Csr.Metadata.WithAnnotations(Map(("a", "1")))
                + Csr.Metadata.WithAnnotationsMixin(Map(("b", "2")))
                + Csr.Metadata.WithFinalizers(new[] { "f1" })
                + Csr.Metadata.WithFinalizersMixin(new[] { "f2" })
                + Csr.Metadata.WithLabels(Map(("l", "1")))
                + Csr.Metadata.WithLabelsMixin(Map(("m", "2")))
                + Csr.Metadata.WithManagedFields(new[] { ManagedFieldsEntry.WithManager("m1") })
                + Csr.Metadata.WithManagedFieldsMixin(new[] { ManagedFieldsEntry.WithManager("m2") })
                + Csr.Metadata.WithOwnerReferences(OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Node") + OwnerReference.WithName("n1") + OwnerReference.WithUid("u1"))
                + Csr.Metadata.WithOwnerReferencesMixin(OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Node") + OwnerReference.WithName("n2") + OwnerReference.WithUid("u2"));
            Corpus.AssertMatches(nameof(metadata_all_collection_setters), csr.ToJson());
        }

        [Test]
        public void metadata_all_scalar_setters()
        {
            Csr csr = Csr.New("x")
                + Csr.Metadata.WithClusterName("c1")
                + Csr.Metadata.WithCreationTimestamp(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero))
                + Csr.Metadata.WithDeletionGracePeriodSeconds(30)
                + Csr.Metadata.WithDeletionTimestamp("2021-06-02T00:00:00Z")
                + Csr.Metadata.WithGenerateName("gen-")
                + Csr.Metadata.WithGeneration(7)
                + Csr.Metadata.WithName("y")
                + Csr.Metadata.WithNamespace("default")
                + Csr.Metadata.WithResourceVersion("12345")
                + Csr.Metadata.WithSelfLink("/apis/certificates.k8s.io/v1/certificatesigningrequests/y")
                + Csr.Metadata.WithUid("0000-1111");
            Corpus.AssertMatches(nameof(metadata_all_scalar_setters), csr.ToJson());
        }

        [Test]
        public void name_override() =>
            Corpus.AssertMatches(nameof(name_override), Corpus.Object(
                ("newThenWith", (Csr.New("a") + Csr.Metadata.WithName("b")).ToJson()),
                ("withThenNew", (Csr.Metadata.WithName("b") + Csr.New("a")).ToJson())));

        [Test]
        public void new_basic() => Corpus.AssertMatches(nameof(new_basic), Csr.New("my-csr").ToJson());

        [Test]
        public void new_named_arg() => Corpus.AssertMatches(nameof(new_named_arg), Csr.New(name: "named-csr").ToJson());

        // a: withGeneration(0), b: withGeneration(-1). Cases d–f pass doubles to integer fields (a compile error in C#);
        // case c (9007199254740993) is where we differ on purpose: jsonnet's numbers are doubles, ours are exact.
        [Test]
        public void numbers()
        {
            JsonNode expected = Corpus.Expected(nameof(numbers));
            Assert.That(JsonNode.Parse(Csr.Metadata.WithGeneration(0).ToJson())!.ToJsonString(), Is.EqualTo(expected["a"]!.ToJsonString()));
            Assert.That(JsonNode.Parse(Csr.Metadata.WithGeneration(-1).ToJson())!.ToJsonString(), Is.EqualTo(expected["b"]!.ToJsonString()));
            Assert.That(expected["c"]!["metadata"]!["generation"]!.ToJsonString(), Is.EqualTo("9007199254740992"), "jsonnet rounds to a double");
            Assert.That(Csr.Metadata.WithGeneration(9007199254740993).ToJson(), Is.EqualTo("{\"metadata\":{\"generation\":9007199254740993}}"));
        }

        // setters applied onto a hand-written object with extra fields (unknown fields preserved)
        [Test]
        public void patch_onto_raw_object()
        {
            Csr raw = Patch.FromJson("""
                { "apiVersion": "certificates.k8s.io/v1", "kind": "CertificateSigningRequest",
                  "metadata": { "name": "raw", "extraMeta": true }, "spec": { "custom": 1, "usages": ["a"] }, "status": { "conditions": [] } }
                """).As<Csr>();
            Csr csr = raw + Csr.Spec.WithUsagesMixin("b") + Csr.Metadata.WithLabelsMixin(Map(("l", "v")));
            Corpus.AssertMatches(nameof(patch_onto_raw_object), csr.ToJson());
        }

        [Test]
        public void spec_all_setters()
        {
            Csr csr = Csr.New("x")
                + Csr.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>> { ["scopes"] = new[] { "a" } })
                + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>> { ["more"] = new[] { "b" } })
                + Csr.Spec.WithGroups(new[] { "g1" })
                + Csr.Spec.WithGroupsMixin(new[] { "g2" })
                + Csr.Spec.WithRequest(Convert.FromBase64String("UkVR"))
                + Csr.Spec.WithSignerName("example.com/signer")
                + Csr.Spec.WithUid("uid-1")
                + Csr.Spec.WithUsages(new[] { "server auth" })
                + Csr.Spec.WithUsagesMixin(new[] { "client auth" })
                + Csr.Spec.WithUsername("alice");
            Corpus.AssertMatches(nameof(spec_all_setters), csr.ToJson());
        }

        [Test]
        public void spec_extra_with_after_mixin() =>
            Corpus.AssertMatches(nameof(spec_extra_with_after_mixin), (Csr.New("x")
                + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>> { ["a"] = new[] { "1" } })
                + Csr.Spec.WithExtra(new Dictionary<string, IReadOnlyList<string>> { ["z"] = Array.Empty<string>() })).ToJson());

        [Test]
        public void spec_groups_usages_single() =>
            Corpus.AssertMatches(nameof(spec_groups_usages_single), (Csr.New("x")
                + Csr.Spec.WithGroups("system:authenticated")
                + Csr.Spec.WithGroupsMixin("system:nodes")
                + Csr.Spec.WithUsagesMixin("digital signature")
                + Csr.Spec.WithUsagesMixin(new[] { "key encipherment", "client auth" })).ToJson());

        // withRequest(std.base64(pem)): C# passes the bytes; base64 is the wire format
        [Test]
        public void spec_request_base64()
        {
            const string Pem = "-----BEGIN CERTIFICATE REQUEST-----\nMIICVjCCAT4CAQAwETEPMA0GA1UEAwwGYW5nZWxhMIIBIjANBgkqhkiG9w0BAQEF\n-----END CERTIFICATE REQUEST-----\n";
            Corpus.AssertMatches(nameof(spec_request_base64), (Csr.New("x") + Csr.Spec.WithRequest(Encoding.UTF8.GetBytes(Pem))).ToJson());
        }

        [Test]
        public void spec_setter_on_nothing() =>
            Corpus.AssertMatches(nameof(spec_setter_on_nothing), Corpus.Object(
                ("signer", Csr.Spec.WithSignerName("only").ToJson()),
                ("usagesMixin", Csr.Spec.WithUsagesMixin("u").ToJson()),
                ("labelsMixin", Csr.Metadata.WithLabelsMixin(Map(("a", "b"))).ToJson())));

        [Test]
        public void spec_without_new() =>
            Corpus.AssertMatches(nameof(spec_without_new), (Csr.Spec.WithSignerName("a") + Csr.Spec.WithUsername("b") + Csr.Metadata.WithNamespace("n")).ToJson());

        [Test]
        public void ten_calls()
        {
            Csr csr = Csr.New("csr-0")
                + Csr.Metadata.WithNamespace("ns")
                + Csr.Metadata.WithLabels(Map(("app", "demo"), ("idx", "0")))
                + Csr.Metadata.WithLabelsMixin(Map(("tier", "backend")))
                + Csr.Metadata.WithAnnotations(Map(("example.com/owner", "team-a")))
                + Csr.Metadata.WithFinalizers("kubernetes")
                + Csr.Spec.WithSignerName("kubernetes.io/kube-apiserver-client")
                + Csr.Spec.WithRequest(Encoding.UTF8.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n"))
                + Csr.Spec.WithUsages(new[] { "digital signature", "key encipherment" })
                + Csr.Spec.WithUsagesMixin("client auth")
                + Csr.Spec.WithGroups("system:authenticated");
            Corpus.AssertMatches(nameof(ten_calls), csr.ToJson());
        }
    }
}
