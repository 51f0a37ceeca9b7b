using System.Linq;

namespace Kubesonnet.Tests;

/// <summary>
/// Issue 14's cases, without the shared suites: typos that YAML forbids are refused where they are (not read as
/// data), and valid YAML the reader used to refuse or misread is read as YAML says. The whole yaml-test-suite runs in
/// tests/Kubesonnet.Suites.Tests.
/// </summary>
public class StrictYamlTests
{
    private const string Head = "apiVersion: v1\nkind: ConfigMap\n";

    [TestCase("args: [a, b, , c]\n", 3, 14, "an empty entry in a flow sequence")]
    [TestCase("args: [, a]\n", 3, 8, "an empty entry in a flow sequence")]
    [TestCase("data: {a: 1, , b: 2}\n", 3, 14, "an empty entry in a flow mapping")]
    [TestCase("data:\n  a: 1\n  foo #c: 2\n", 5, 3, "expected ':' after the mapping key")]
    [TestCase("data:\n  a: \"open\n---\nkind: B\n\"\n", 4, 6, "a quoted string is not closed before the document marker '---'")]
    [TestCase("data:\n\tb: 1\n", 4, 1, "a tab before a block mapping")]
    [TestCase("data:\n  a: \"b\n   c\"\n  d: \"e\n  f\"\n", 7, 3, "this line of a quoted string must be indented at least 3 spaces")]
    [TestCase("data:\n  args: [a,\n  b]\n", 5, 3, "this line of a flow collection must be indented at least 3 spaces")]
    [TestCase("data:\n  key: \"value\"# comment\n", 4, 15, "unexpected '#' after the value")]
    [TestCase("data:\n- &a - b\n", 4, 3, "a block sequence cannot start on the line of its anchor or tag")]
    [TestCase("data:\n  \"a\n  b\": 1\n", 5, 5, "a mapping value cannot start here")]
    [TestCase("data:\n  x: |\n    text\n\t\n  y: 1\n", 6, 1, "a tab in a block scalar's indentation")]
    [TestCase("data:\n  x: |\n      \n    more\n", 6, 1, "an empty line at the start of a block scalar has more spaces than its first line")]
    [TestCase("data:\n  e!x: !e!tag v\n", 4, 8, "the tag handle !e! is not declared")]
    public void TyposAreRefusedWhereTheyAre(string body, int line, int column, string reason)
    {
        KubesonnetReadException error = Assert.Throws<KubesonnetReadException>(() => Manifests.Read(Head + body))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(reason));
            Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
        });
    }

    [TestCase("--- a: b\n", 1, 5, "a block mapping cannot start on the '---' line")]
    [TestCase("%YAML 1.2\n...\n", 2, 1, "expected '---' after the directives")]
    [TestCase("%YAML 1.2\n%YAML 1.2\n---\na: 1\n", 2, 1, "a second %YAML directive")]
    [TestCase("%YAML 1.2 foo\n---\na: 1\n", 1, 11, "unexpected 'f'")]
    [TestCase("--- text # c\n%YAML 1.2\n---\n", 2, 1, "a directive must follow '...'")]
    [TestCase("--- [a, b]#c\n", 1, 11, "unexpected '#' after the value")]
    [TestCase("? \n: v\n", 1, 1, "a mapping key is empty (null)")]
    [TestCase("a: 1\n: 2\n", 2, 1, "a mapping key is empty (null)")]
    [TestCase("--- {a: 1, : 2}\n", 1, 12, "a mapping key is empty (null)")]
    public void MalformedStreamsAreRefused(string yaml, int line, int column, string reason)
    {
        KubesonnetReadException error = Assert.Throws<KubesonnetReadException>(() => Manifests.Read(yaml))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(reason));
            Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
        });
    }

    [TestCase("&a a: b\nc: *a\n", "{\"a\":\"b\",\"c\":\"a\"}")]
    [TestCase("&a a: &b b\n*b : *a\n", "{\"a\":\"b\",\"b\":\"a\"}")]
    [TestCase("x:\n  &k key: v\ny: *k\n", "{\"x\":{\"key\":\"v\"},\"y\":\"key\"}")]
    [TestCase("x: &m\n  &k key: v\ny: *m\n", "{\"x\":{\"key\":\"v\"},\"y\":{\"key\":\"v\"}}")]
    [TestCase("!!str 1: a\n", "{\"1\":\"a\"}")]
    [TestCase("s: !!set\n  ? a\n  ? b\n", "{\"s\":{\"a\":null,\"b\":null}}")]
    [TestCase("o: !!omap\n- a: 1\n- b: 2\n", "{\"o\":[{\"a\":1},{\"b\":2}]}")]
    [TestCase("%TAG !y! tag:yaml.org,2002:\n---\na: !y!int 3\n", "{\"a\":3}")]
    [TestCase("seq: [? a b : c, d: e]\n", "{\"seq\":[{\"a b\":\"c\"},{\"d\":\"e\"}]}")]
    [TestCase("m: {!!str : v, k: !!str }\n", "{\"m\":{\"\":\"v\",\"k\":\"\"}}")]
    [TestCase("args: [\n  a,\n]\n", "{\"args\":[\"a\"]}")]
    [TestCase("foo: |\n  x\n   ", "{\"foo\":\"x\\n \\n\"}")]
    [TestCase("foo: |\n  x", "{\"foo\":\"x\"}")]
    [TestCase("foo: |+\n   ", "{\"foo\":\"\\n\"}")]
    [TestCase("foo:\n \tbar\n", "{\"foo\":\"bar\"}")]
    [TestCase("k: 0644\n", "{\"k\":420}")]
    public void ValidYamlIsReadAsYamlSays(string yaml, string json) =>
        Assert.That(Manifests.Read(yaml).Single().ToJson(), Is.EqualTo(json));
}
