using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Kubesonnet.Tests;

/// <summary>Manifests.Read: JSON and YAML in, one or many documents, exact values, errors with positions.</summary>
public class ReadTests
{
    private static string Json(string text) => Manifests.Read(text).Single().ToJson();

    private static KubesonnetReadException Fails(string text) => Assert.Throws<KubesonnetReadException>(() => Manifests.Read(text))!;

    [Test]
    public void YamlBlockCollectionsAsKubectlWritesThem()
    {
        const string yaml = """
            apiVersion: v1
            kind: ConfigMap   # a comment
            metadata:
              name: cm
              labels:
                app: demo
            spec:
              list:
              - a
              - b: 1
                c: 2
              -   - nested
                  - twice
              -
                late: x
            """;
        Assert.That(Json(yaml), Is.EqualTo(
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"labels\":{\"app\":\"demo\"},\"name\":\"cm\"},"
            + "\"spec\":{\"list\":[\"a\",{\"b\":1,\"c\":2},[\"nested\",\"twice\"],{\"late\":\"x\"}]}}"));
    }

    [TestCase("k: 8080", "{\"k\":8080}")]
    [TestCase("k: \"8080\"", "{\"k\":\"8080\"}")]
    [TestCase("k: '8080'", "{\"k\":\"8080\"}")]
    [TestCase("k: 1.50", "{\"k\":1.50}")]
    [TestCase("k: 12345678901234567890123", "{\"k\":12345678901234567890123}")]
    [TestCase("k: 9007199254740993", "{\"k\":9007199254740993}")]
    [TestCase("k: -9223372036854775808", "{\"k\":-9223372036854775808}")]
    [TestCase("k: +5", "{\"k\":5}")]
    [TestCase("k: .5", "{\"k\":0.5}")]
    [TestCase("k: 5.", "{\"k\":5.0}")]
    [TestCase("k: 1e3", "{\"k\":1e3}")]
    [TestCase("k: 0x1F", "{\"k\":31}")]
    [TestCase("k: 0o17", "{\"k\":15}")]
    [TestCase("k: 0755", "{\"k\":493}")]
    [TestCase("k: 08", "{\"k\":8}")]
    [TestCase("k: 0", "{\"k\":0}")]
    [TestCase("k: 1_000", "{\"k\":\"1_000\"}")]
    [TestCase("k: 1.2.3", "{\"k\":\"1.2.3\"}")]
    [TestCase("k: true", "{\"k\":true}")]
    [TestCase("k: False", "{\"k\":false}")]
    [TestCase("k: yes", "{\"k\":\"yes\"}")]
    [TestCase("k: on", "{\"k\":\"on\"}")]
    [TestCase("k: n", "{\"k\":\"n\"}")]
    [TestCase("k: null", "{\"k\":null}")]
    [TestCase("k: ~", "{\"k\":null}")]
    [TestCase("k:", "{\"k\":null}")]
    [TestCase("k: 2021-01-01T00:00:00Z", "{\"k\":\"2021-01-01T00:00:00Z\"}")]
    [TestCase("k: !!str 123", "{\"k\":\"123\"}")]
    [TestCase("k: !!int \"7\"", "{\"k\":7}")]
    [TestCase("k: ! 12", "{\"k\":\"12\"}")]
    [TestCase("k: a:b", "{\"k\":\"a:b\"}")]
    [TestCase("k: a#b", "{\"k\":\"a#b\"}")]
    [TestCase("k: -a", "{\"k\":\"-a\"}")]
    [TestCase("\"\": empty key", "{\"\":\"empty key\"}")]
    [TestCase("1: one", "{\"1\":\"one\"}")]
    public void PlainScalarsResolveByTheCoreSchemaAndKubectlsOctal(string yaml, string json) =>
        Assert.That(Json(yaml), Is.EqualTo(json));

    [Test]
    public void QuotedScalarsFoldAndEscape()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Json("k: 'it''s'"), Is.EqualTo("{\"k\":\"it's\"}"));
            Assert.That(Json("k: \"tab\\tnl\\nq\\\"u\\u00e9\\U0001F600x\\x41\""), Is.EqualTo("{\"k\":\"tab\\tnl\\nq\\\"ué😀xA\"}"));
            Assert.That(Json("k: \"lone \\ud800\""), Is.EqualTo("{\"k\":\"lone \\ud800\"}"));
            Assert.That(Json("k: \"one\n  two\n\n  three\""), Is.EqualTo("{\"k\":\"one two\\nthree\"}"));
            Assert.That(Json("k: 'one\n  two'"), Is.EqualTo("{\"k\":\"one two\"}"));
            Assert.That(Json("k: \"joined\\\n  here\""), Is.EqualTo("{\"k\":\"joinedhere\"}"));
            Assert.That(Json("k: plain\n  continued\n\n  para"), Is.EqualTo("{\"k\":\"plain continued\\npara\"}"));
        });
    }

    [Test]
    public void BlockScalarsKeepOrFoldLinesAndChomp()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Json("k: |\n  a\n   b\n\n  c\n"), Is.EqualTo("{\"k\":\"a\\n b\\n\\nc\\n\"}"));
            Assert.That(Json("k: |-\n  a\n  b\n\n"), Is.EqualTo("{\"k\":\"a\\nb\"}"));
            Assert.That(Json("k: |+\n  a\n\n\nx: 1"), Is.EqualTo("{\"k\":\"a\\n\\n\\n\",\"x\":1}"));
            Assert.That(Json("k: >\n  a\n  b\n\n  c\n    d\n  e\n"), Is.EqualTo("{\"k\":\"a b\\nc\\n  d\\ne\\n\"}"));
            Assert.That(Json("k: |2\n    indented\n  x\n"), Is.EqualTo("{\"k\":\"  indented\\nx\\n\"}"));
            Assert.That(Json("a:\n  k: |\n    deep\n  n: 1"), Is.EqualTo("{\"a\":{\"k\":\"deep\\n\",\"n\":1}}"));
            Assert.That(Json("k: |\n"), Is.EqualTo("{\"k\":\"\"}"));
        });
    }

    [Test]
    public void FlowCollectionsAndJsonLikeYaml()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Json("k: {a: 1, b: [x, 'y', \"z\"], c: {}}"), Is.EqualTo("{\"k\":{\"a\":1,\"b\":[\"x\",\"y\",\"z\"],\"c\":{}}}"));
            Assert.That(Json("k: [\n  1,\n  2, # two\n]"), Is.EqualTo("{\"k\":[1,2]}"));
            Assert.That(Json("k: {\"a\":1,\"b\":null}"), Is.EqualTo("{\"k\":{\"a\":1,\"b\":null}}"));
            Assert.That(Json("k: [a: 1]"), Is.EqualTo("{\"k\":[{\"a\":1}]}"));
            Assert.That(Json("k: {a, b: }"), Is.EqualTo("{\"k\":{\"a\":null,\"b\":null}}"));
        });
    }

    [Test]
    public void AnchorsAliasesAndMergeKeys()
    {
        const string yaml = """
            base: &base
              a: 1
              b: 2
            other: &other {c: 3}
            copy: *base
            merged:
              <<: [*base, *other]
              b: 20
            """;
        Assert.That(Json(yaml), Is.EqualTo(
            "{\"base\":{\"a\":1,\"b\":2},\"copy\":{\"a\":1,\"b\":2},\"merged\":{\"a\":1,\"b\":20,\"c\":3},\"other\":{\"c\":3}}"));
    }

    [Test]
    public void StreamsOfDocuments()
    {
        const string yaml = "# leading comment\n---\nkind: A\n...\n---\n---\n# only a comment\n---\nkind: B\n---\n";
        IReadOnlyList<Patch> patches = Manifests.Read(yaml);
        Assert.That(patches.Select(p => p.ToJson()), Is.EqualTo(new[] { "{\"kind\":\"A\"}", "{\"kind\":\"B\"}" }));
    }

    [Test]
    public void AWrittenYamlStreamReadsBack()
    {
        Patch a = Patch.Kind("v1", "ConfigMap", "a") + Patch.Set(new PatchPath("data", "text"), PatchValue.String("line\n  indented\n\n"));
        Patch b = Patch.Kind("v1", "Secret", "b") + Patch.Set(new PatchPath("data", "n"), PatchValue.String("0755"));
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.Read(Manifests.ToYamlStream(new[] { a, b })), Is.EqualTo(new[] { a, b }).Using<Patch>((x, y) => x.ManifestEquals(y)));
            Assert.That(Manifests.Read(Manifests.ToJsonList(new[] { a, b })), Is.EqualTo(new[] { a, b }).Using<Patch>((x, y) => x.ManifestEquals(y)));
            Assert.That(Manifests.Read(Manifests.ToJsonList(new[] { a, b }, indented: true)), Is.EqualTo(new[] { a, b }).Using<Patch>((x, y) => x.ManifestEquals(y)));
            Assert.That(Manifests.Read(Manifests.ToYamlStream(new[] { a, b })), Is.Not.EqualTo(new[] { a, b }), "as patches, modes differ: read fields are replaced");
        });
    }

    [Test]
    public void JsonStreamsArraysAndLists()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.Read("{\"kind\":\"A\"}\n{\"kind\":\"B\"} {\"kind\":\"C\"}").Select(p => p.ToJson()),
                Is.EqualTo(new[] { "{\"kind\":\"A\"}", "{\"kind\":\"B\"}", "{\"kind\":\"C\"}" }));
            Assert.That(Manifests.Read("[{\"kind\":\"A\"},{\"kind\":\"B\"}]"), Has.Count.EqualTo(2));
            Assert.That(Manifests.Read("kind: List\napiVersion: v1\nitems:\n- kind: A\n- kind: B\n").Select(p => p.ToJson()),
                Is.EqualTo(new[] { "{\"kind\":\"A\"}", "{\"kind\":\"B\"}" }));
            Assert.That(Manifests.Read("kind: CertificateSigningRequestList\nitems: []\n").Single().ToJson(),
                Is.EqualTo("{\"items\":[],\"kind\":\"CertificateSigningRequestList\"}"), "typed lists are kinds of their own");
            Assert.That(Manifests.Read(""), Is.Empty);
            Assert.That(Manifests.Read("   \n# nothing\n"), Is.Empty);
        });
    }

    [Test]
    public void JsonKeepsNumbersAndUnpairedSurrogates()
    {
        const string json = "{\"big\":123456789012345678901234567890,\"dec\":1.10,\"exp\":1E+400,\"s\":\"\\ud800x\\udc00\\ud83d\\ude00\"}";
        Patch patch = Manifests.Read(json).Single();
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo("{\"big\":123456789012345678901234567890,\"dec\":1.10,\"exp\":1E+400,\"s\":\"\\ud800x\\udc00😀\"}"));
            Assert.That(Patch.FromJson(json), Is.EqualTo(patch));
        });
    }

    [Test]
    public void StreamsAreReadAsUtf8OrUtf16()
    {
        const string yaml = "kind: Ä\n";
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.Read(new MemoryStream(Encoding.UTF8.GetBytes(yaml))).Single().ToJson(), Is.EqualTo("{\"kind\":\"Ä\"}"));
            Assert.That(Manifests.Read(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"kind\":\"Ä\"}")).ToArray())).Single().ToJson(), Is.EqualTo("{\"kind\":\"Ä\"}"));
            Assert.That(Manifests.Read(new MemoryStream(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(yaml)).ToArray())).Single().ToJson(), Is.EqualTo("{\"kind\":\"Ä\"}"));
        });
    }

    [TestCase("a: 1\nb: [1, 2\n", 2, 4, "a flow sequence ('[') is not closed")]
    [TestCase("a:\n  b: 1\n c: 2\n", 3, 2, "bad indentation")]
    [TestCase("a: 1\n  b: 2\n", 2, 4, "a mapping value cannot start here")]
    [TestCase("a: [1]x\n", 1, 7, "unexpected 'x' after the value")]
    [TestCase("a: 1\na: 2\n", 2, 1, "duplicate key \"a\"")]
    [TestCase("a: b: c\n", 1, 5, "a mapping value cannot start here")]
    [TestCase("a: \"open\n", 1, 4, "a double-quoted string is not closed")]
    [TestCase("a: *nope\n", 1, 4, "the alias *nope has no anchor")]
    [TestCase("a: .inf\n", 1, 4, "is not a finite number")]
    [TestCase("a: !custom x\n", 1, 4, "the tag !custom is not supported")]
    [TestCase("a: \"\\q\"\n", 1, 5, "unknown escape")]
    [TestCase("a: - b\n", 1, 4, "a block sequence cannot start")]
    [TestCase("- a\n- b\n", 1, 1, "a manifest is an object, found a string")]
    [TestCase("just text\n", 1, 1, "a manifest is an object, found a string")]
    public void MalformedYamlNamesLineAndColumn(string yaml, int line, int column, string reason)
    {
        KubesonnetReadException error = Fails(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(reason));
            Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
            Assert.That(error.Document, Is.EqualTo(1));
        });
    }

    [Test]
    public void ErrorsNameThePathAndTheDocument()
    {
        KubesonnetReadException error = Fails("kind: A\n---\nkind: B\nspec:\n  list:\n  - x: 1\n    x: 2\n");
        Assert.Multiple(() =>
        {
            Assert.That(error.Document, Is.EqualTo(2));
            Assert.That(error.Path, Is.EqualTo("spec.list[0].x"));
            Assert.That((error.Line, error.Column), Is.EqualTo((7, 5)));
            Assert.That(error.Message, Is.EqualTo("Invalid manifest at line 7, column 5 (document 2, at spec.list[0].x): duplicate key \"x\"."));
        });
    }

    [Test]
    public void MalformedJsonNamesLineColumnDocumentAndPath()
    {
        KubesonnetReadException error = Fails("{\"kind\":\"A\"}\n{\"kind\":\"B\",\n \"spec\": {\"a\": [1, nope]}}");
        Assert.Multiple(() =>
        {
            Assert.That(error.Document, Is.EqualTo(2));
            Assert.That(error.Path, Is.EqualTo("spec.a"), "a syntax error names the collection it is in");
            Assert.That(error.Line, Is.EqualTo(3));
            Assert.That(error.Column, Is.GreaterThanOrEqualTo(18));
            Assert.That(error.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
        });
        KubesonnetReadException duplicate = Fails("{\"kind\":\"A\",\n\"kind\":\"B\"}");
        Assert.That((duplicate.Line, duplicate.Column, duplicate.Reason), Is.EqualTo((2, 1, "duplicate key \"kind\"")));
        KubesonnetReadException scalar = Fails("[{\"kind\":\"A\"}, 3]");
        Assert.That(scalar.Path, Is.EqualTo("[1]"));
    }

    [Test]
    public void HostileYamlIsBounded()
    {
        var laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++)
        {
            laughs.Append((char)('a' + i)).Append(": &").Append((char)('a' + i)).Append(" [");
            laughs.Append(string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))).Append("]\n");
        }

        Assert.Multiple(() =>
        {
            Assert.That(Fails(laughs.ToString()).Message, Does.Contain("aliases expand to more than"));
            Assert.That(Fails("a: " + new string('[', 600) + new string(']', 600)).Message, Does.Contain("nests deeper than 512"));
        });
    }

    [Test]
    public void TypedReadsCheckApiVersionAndKind()
    {
        const string yaml = "apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n";
        KubesonnetReadException error = Assert.Throws<KubesonnetReadException>(() => Manifests.Read<Csr>(yaml))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Invalid manifest at line 6, column 13 (document 2, at apiVersion): expected apiVersion \"certificates.k8s.io/v1\" (the type is CertificateSigningRequest), found \"v1\"."));
            Assert.That(Manifests.Read<Csr>(yaml.Split("---")[0]).Single().Untyped.ManifestEquals(Csr.New("a").Untyped), Is.True);
            Assert.That(Manifests.ReadSingle<Csr>(yaml.Split("---")[0]).Untyped.ManifestEquals(Csr.New("a").Untyped), Is.True);
        });

        KubesonnetReadException inList = Assert.Throws<KubesonnetReadException>(() => Manifests.Read<Csr>(
            "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[\n{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\"},\n{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"Pod\"}]}"))!;
        Assert.That((inList.Path, inList.Line, inList.Column, inList.Document), Is.EqualTo(("items[1].kind", 3, 47, 1)));

        KubesonnetReadException missing = Assert.Throws<KubesonnetReadException>(() => Manifests.Read<Csr>("metadata:\n  name: x\n"))!;
        Assert.That(missing.Reason, Is.EqualTo("the manifest has no apiVersion; a CertificateSigningRequest has apiVersion \"certificates.k8s.io/v1\""));

        KubesonnetReadException mistyped = Assert.Throws<KubesonnetReadException>(() => Manifests.Read<Csr>("apiVersion: certificates.k8s.io/v1\nkind: 3\n"))!;
        Assert.That((mistyped.Path, mistyped.Line, mistyped.Reason), Is.EqualTo(("kind", 2, "kind is a number; a CertificateSigningRequest has kind \"CertificateSigningRequest\"")));

        Assert.That(() => Manifests.ReadSingle<Csr>(yaml), Throws.InstanceOf<KubesonnetReadException>().With.Message.Contains("expected one CertificateSigningRequest, found 2"));
    }

    [Test]
    public void AManifestReadKeepsUnknownFieldsWhenPatched()
    {
        const string yaml = "apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: a\n  labels: {x: y}\nspec:\n  futureField: {deep: [1, 2]}\n  usages: [a]\nx-unknown: 18446744073709551616\n";
        Csr csr = Manifests.ReadSingle<Csr>(yaml) + Csr.Spec.WithUsagesMixin("b") + Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["z"] = "w" });
        Assert.That(csr.ToJson(), Is.EqualTo(
            "{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\",\"metadata\":{\"labels\":{\"x\":\"y\",\"z\":\"w\"},\"name\":\"a\"},"
            + "\"spec\":{\"futureField\":{\"deep\":[1,2]},\"usages\":[\"a\",\"b\"]},\"x-unknown\":18446744073709551616}"));
    }

    [Test]
    public void NullsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Manifests.Read((string)null!), Throws.ArgumentNullException);
            Assert.That(() => Manifests.Read((Stream)null!), Throws.ArgumentNullException);
            Assert.That(() => Manifests.Read<Csr>((string)null!), Throws.ArgumentNullException);
        });
    }
}
