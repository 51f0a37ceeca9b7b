using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kubesonnet.Tests;

public class YamlTests
{
    public enum Written
    {
        Plain,
        Quoted,
        Literal,
    }

    [Test]
    public void KubectlStyleLayout()
    {
        Assert.That(Samples.TenCalls().ToYaml(), Is.EqualTo("""
            apiVersion: certificates.k8s.io/v1
            kind: CertificateSigningRequest
            metadata:
              annotations:
                example.com/owner: team-a
              finalizers:
              - kubernetes
              labels:
                app: demo
                idx: '0'
                tier: backend
              name: csr-0
              namespace: ns
            spec:
              groups:
              - system:authenticated
              request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQgotLS0tLUVORCBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K
              signerName: kubernetes.io/kube-apiserver-client
              usages:
              - digital signature
              - key encipherment
              - client auth

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void EveryKindOfNode()
    {
        Patch patch = Patch.FromJson("""
            {"a":[{"name":"x","uid":"u1"},[1,2],[],{},null,"multi\nline",[{"k":"v"}],{"deep":{"deeper":[true]}}],
             "b":{},"c":[],"d":null,"e":true,"f":1.5,"g":{"h":{"i":"j"}},"num":-7}
            """);
        Assert.That(patch.ToYaml(), Is.EqualTo(
            "a:\n" +
            "- name: x\n" +
            "  uid: u1\n" +
            "- - 1\n" +
            "  - 2\n" +
            "- []\n" +
            "- {}\n" +
            "- null\n" +
            "- |-\n" +
            "  multi\n" +
            "  line\n" +
            "- - k: v\n" +
            "- deep:\n" +
            "    deeper:\n" +
            "    - true\n" +
            "b: {}\n" +
            "c: []\n" +
            "d: null\n" +
            "e: true\n" +
            "f: 1.5\n" +
            "g:\n" +
            "  h:\n" +
            "    i: j\n" +
            "num: -7\n"));
        AssertYamlMatchesJson(patch);
    }

    [Test]
    public void SequencesInsideSequenceItems()
    {
        Patch patch = Patch.FromJson("{\"spec\":{\"containers\":[{\"name\":\"app\",\"args\":[\"--a\",\"b\"],\"env\":[{\"name\":\"X\",\"value\":\"1\"}]}]}}");
        Assert.That(patch.ToYaml(), Is.EqualTo(
            "spec:\n" +
            "  containers:\n" +
            "  - args:\n" +
            "    - '--a'\n" +
            "    - b\n" +
            "    env:\n" +
            "    - name: X\n" +
            "      value: '1'\n" +
            "    name: app\n"));
        AssertYamlMatchesJson(patch);
    }

    [Test]
    public void EmptyPatchIsAnEmptyMap() => Assert.That(Patch.Empty.ToYaml(), Is.EqualTo("{}\n"));

    [Test]
    public void LiteralBlocksChooseTheirChomping()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Data("a\nb"), Is.EqualTo("k: |-\n  a\n  b\n"));
            Assert.That(Data("a\nb\n"), Is.EqualTo("k: |\n  a\n  b\n"));
            Assert.That(Data("a\nb\n\n"), Is.EqualTo("k: |+\n  a\n  b\n\n"));
            Assert.That(Data("\nindented\n  more\n"), Is.EqualTo("k: |\n\n  indented\n    more\n"));
            Assert.That(Data("x\n\ny"), Is.EqualTo("k: |-\n  x\n\n  y\n"));
        });
    }

    [Test]
    public void LiteralBlocksAreIndentedBelowTheirKeyOrDash()
    {
        Patch patch = Patch.FromJson("{\"a\":[{\"k\":\"x\\ny\\n\",\"l\":[\"p\\nq\"]}],\"b\":{\"c\":{\"d\":\"1\\n2\"}}}");
        Assert.That(patch.ToYaml(), Is.EqualTo(
            "a:\n" +
            "- k: |\n" +
            "    x\n" +
            "    y\n" +
            "  l:\n" +
            "  - |-\n" +
            "    p\n" +
            "    q\n" +
            "b:\n" +
            "  c:\n" +
            "    d: |-\n" +
            "      1\n" +
            "      2\n"));
        AssertYamlMatchesJson(patch);
    }

    [Test]
    public void MultiLineStringsThatALiteralBlockWouldChangeAreDoubleQuoted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Data("trailing \nspace"), Is.EqualTo("k: \"trailing \\nspace\"\n"));
            Assert.That(Data(" leading\nspace"), Is.EqualTo("k: \" leading\\nspace\"\n"));
            Assert.That(Data("tab\there\nx"), Is.EqualTo("k: \"tab\\there\\nx\"\n"));
            Assert.That(Data("crlf\r\n"), Is.EqualTo("k: \"crlf\\r\\n\"\n"));
            Assert.That(Data("\n\n"), Is.EqualTo("k: \"\\n\\n\"\n"));
        });
    }

    [Test]
    public void EscapesInDoubleQuotes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Data("a\0b\u0007\u001b\u0085\u2028\u2029\u007f\u0080\uFEFF\"\\"), Is.EqualTo("k: \"a\\0b\\a\\e\\N\\L\\P\\x7F\\x80\\uFEFF\\\"\\\\\"\n"));
            Assert.That(Data("lone\uD800"), Is.EqualTo("k: lone\uFFFD\n"));
        });
    }

    [Test]
    public void SingleQuotesDoubleTheQuote() => Assert.That(Data("'quoted' it's"), Is.EqualTo("k: '''quoted'' it''s'\n"));

    [Test]
    public void NumbersAndBooleansAreWrittenAsTheirJson()
    {
        Patch patch = Patch.FromJson("{\"big\":9007199254740993,\"f\":false,\"neg\":-0.5,\"s\":\"true\",\"z\":-0}");
        Assert.That(patch.ToYaml(), Is.EqualTo("big: 9007199254740993\nf: false\nneg: -0.5\ns: 'true'\nz: -0\n"));
    }

    [Test]
    public void ExponentsReadFromTextStayAsWrittenAndMadeOnesGetTheDotAndSignYaml11Needs()
    {
        // Issue 14: a number read from text is written as read (kubectl's reader, YAML 1.2, reads 1E+2 as a float);
        // one made in code has no written form, so it gets the one YAML 1.1 readers (PyYAML) also read as a float.
        Patch patch = Patch.FromJson("{\"a\":1e400,\"b\":2.5E-3,\"c\":1E+2}") + Patch.Set(new PatchPath("d"), PatchValue.Number(1e20));
        string yaml = patch.ToYaml();
        Assert.That(yaml, Is.EqualTo("a: 1e400\nb: 2.5E-3\nc: 1E+2\nd: 1.0E+20\n"));
        Assert.That(Regex.IsMatch(yaml.Split('\n')[3].Substring(3), "^[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?$"), Is.True, "YAML 1.1 float");
        foreach (string line in yaml.TrimEnd('\n').Split('\n'))
        {
            string number = line.Substring(3);
            Assert.That(Regex.IsMatch(number, "^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"), Is.True, "YAML 1.2 float: " + number);
        }
    }

    [Test]
    public void LongKeysBecomeExplicitKeys()
    {
        string key = new string('k', 2000);
        Patch patch = Patch.Set(new PatchPath("m"), PatchValue.Map(new Dictionary<string, PatchValue>
        {
            [key] = PatchValue.Map(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }),
            [key + "s"] = PatchValue.String("scalar"),
            ["short"] = PatchValue.String("x"),
        }));
        string yaml = patch.ToYaml();
        Assert.Multiple(() =>
        {
            Assert.That(yaml, Does.Contain("  ? " + key + "\n  : a: '1'\n    b: '2'\n"));
            Assert.That(yaml, Does.Contain("  ? " + key + "s\n  : scalar\n"));
            Assert.That(yaml, Does.Contain("  short: x\n"));
        });
        AssertYamlMatchesJson(patch);
    }

    private static string Data(string value) => Patch.Set(new PatchPath("k"), PatchValue.String(value)).ToYaml();

    private static IEnumerable<TestCaseData> Strings()
    {
        // What YAML 1.1 or 1.2 would retype: booleans (any case, with 1.1's yes/no/on/off/y/n), nulls, numbers.
        string[] retyped =
        {
            "", "true", "false", "True", "FALSE", "tRuE", "yes", "no", "Yes", "NO", "y", "n", "Y", "N", "on", "off", "On", "OFF",
            "null", "Null", "NULL", "nUlL", "~", "<<", "=",
            "0", "8080", "-1", "+1", "0755", "1.0", "1.", ".5", "+.5", "-0.0", "1e3", "1E+20", "12e-3", "1_000", "0x1F", "0X1f", "0o17", "0b101",
            ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "inf", "NaN", "1:30", "190:20:30.15", "1.2.3", ".",
            "2021-01-01", "2021-1-1", "2021-06-01T00:00:00Z", "2001-12-14 21:59:43.10 -5",
        };
        foreach (string value in retyped)
        {
            yield return new TestCaseData(value, Written.Quoted);
        }

        // What a plain scalar would misparse: indicators, comment and mapping markers, edge spaces, controls.
        string[] misparsed =
        {
            " leading", "trailing ", "- dash", "-dash", "--flag", "?q", "? q", ":colon", "colon:", "a: b", "a #b", "#comment", ",comma",
            "[x", "]x", "{x", "}x", "&anchor", "*alias", "!tag", "|pipe", ">gt", "'single", "\"double", "%percent", "@at", "`tick",
            "---", "...", "...x", "tab\there", "ctrl\u0001", "del\u007f", "nel\u0085", "ls\u2028", "ps\u2029", "bom\uFEFF", "\u0080c1",
        };
        foreach (string value in misparsed)
        {
            yield return new TestCaseData(value, Written.Quoted);
        }

        // Common Kubernetes values stay plain.
        string[] plain =
        {
            "hello", "hello world", "100m", "1Gi", "1.5Gi", "v1", "v1beta1", "a:b", "system:nodes", "x#y", "x-y", "a,b", "a[0]", "a{b}",
            "it's", "say \"hi\"", "back\\slash", "http://example.com/a?b=c#d", "kubernetes.io/kube-apiserver-client", "app.kubernetes.io/name",
            "digital signature", "é", "日本語", "😀 emoji", "truex", "yesterday", "nullable", "onion", "0xZZ", "1e", "12e", "_x", "x_", "+",
            "a=b", "<", "<<<", "0b2", "ReplicaSet", "IfNotPresent", "10.0.0.0/8", "~x", "x~",
        };
        foreach (string value in plain)
        {
            yield return new TestCaseData(value, Written.Plain);
        }

        string[] literal = { "a\nb", "a\nb\n", "a\nb\n\n", "\nleading newline", "key: value\n# not a comment\n- not a list\n", "日本\n語" };
        foreach (string value in literal)
        {
            yield return new TestCaseData(value, Written.Literal);
        }
    }

    [TestCaseSource(nameof(Strings))]
    public void StringsRoundTripAsValues(string value, Written expected)
    {
        string yaml = Data(value);
        YamlScalarNode scalar = (YamlScalarNode)Load(yaml).Children[new YamlScalarNode("k")];
        Assert.That(scalar.Value, Is.EqualTo(value), yaml);
        AssertStyle(scalar, expected, yaml);
    }

    [TestCaseSource(nameof(Strings))]
    public void StringsRoundTripAsKeys(string value, Written expected)
    {
        string yaml = Patch.Set(new PatchPath(value), PatchValue.String("v")).ToYaml();
        YamlMappingNode root = Load(yaml);
        var key = (YamlScalarNode)Single(root.Children.Keys);
        Assert.That(key.Value, Is.EqualTo(value), yaml);

        // Keys are never literal blocks: multi-line keys are double-quoted.
        AssertStyle(key, expected == Written.Literal ? Written.Quoted : expected, yaml);
    }

    private static void AssertStyle(YamlScalarNode scalar, Written expected, string yaml)
    {
        switch (expected)
        {
            case Written.Plain:
                Assert.That(scalar.Style, Is.EqualTo(ScalarStyle.Plain), yaml);
                break;
            case Written.Literal:
                Assert.That(scalar.Style, Is.EqualTo(ScalarStyle.Literal), yaml);
                break;
            default:
                Assert.That(scalar.Style, Is.AnyOf(ScalarStyle.SingleQuoted, ScalarStyle.DoubleQuoted), yaml);
                break;
        }

        if (scalar.Style == ScalarStyle.Plain)
        {
            Assert.That(YamlResolvers.RetypedByAnySchema(scalar.Value!), Is.False, "written plain but a YAML schema retypes it: " + yaml);
        }
    }

    [Test]
    public void TheTableCoversTheRequiredCases()
    {
        int count = 0;
        foreach (TestCaseData unused in Strings())
        {
            count++;
        }

        Assert.That(count, Is.GreaterThanOrEqualTo(40));
    }

    [Test]
    public void RandomStringsRoundTrip()
    {
        const string pool = "ab yYnN01.:-#'\"\\\n\t _eE+x,[]{}&*!|>%@`?~=<é😀\u2028\u0085\r\0";
        var random = new Random(1234);
        var map = new Dictionary<string, string>();
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            int length = random.Next(8);
            for (int j = 0; j < length; j++)
            {
                char c = pool[random.Next(pool.Length)];
                if (char.IsLowSurrogate(c))
                {
                    continue;
                }

                text.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    text.Append(pool[pool.IndexOf(c, StringComparison.Ordinal) + 1]);
                }
            }

            map[text.ToString()] = text.ToString();
        }

        Patch patch = Patch.Set(new PatchPath("m"), PatchValue.Map(map));
        string yaml = patch.ToYaml();
        var written = (YamlMappingNode)Load(yaml).Children[new YamlScalarNode("m")];
        Assert.That(written.Children, Has.Count.EqualTo(map.Count));
        foreach (KeyValuePair<YamlNode, YamlNode> pair in written.Children)
        {
            var key = (YamlScalarNode)pair.Key;
            var value = (YamlScalarNode)pair.Value;
            Assert.That(value.Value, Is.EqualTo(key.Value));
            Assert.That(map.ContainsKey(key.Value!), Is.True, key.Value);
            if (value.Style == ScalarStyle.Plain)
            {
                Assert.That(YamlResolvers.RetypedByAnySchema(value.Value!), Is.False, value.Value);
            }
        }
    }

    [Test]
    public void YamlOfTheConformanceManifestsEqualsTheirJson()
    {
        AssertYamlMatchesJson(Samples.TenCalls().Untyped);
        AssertYamlMatchesJson(Patch.FromJson("""
            {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm","labels":{"on":"yes","1.0":"0755"}},
             "data":{"script":"#!/bin/sh\necho hi\n","empty":"","spaces":"  ","json":"{\"a\": [1, 2]}","when":"2021-01-01"},
             "list":[[],[[]],[{}],{"a":[]}]}
            """));
    }

    private static void AssertYamlMatchesJson(Patch patch)
    {
        JsonNode fromYaml = ToJson(Load(patch.ToYaml()))!;
        Assert.That(fromYaml.ToJsonString(), Is.EqualTo(patch.ToJsonObject().ToJsonString()));
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Assert.That(stream.Documents, Has.Count.EqualTo(1));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode Single(IEnumerable<YamlNode> nodes)
    {
        YamlNode? found = null;
        foreach (YamlNode node in nodes)
        {
            Assert.That(found, Is.Null, "more than one key");
            found = node;
        }

        return found ?? throw new AssertionException("no key");
    }

    // YAML as JSON by the YAML 1.2 core schema; quoted scalars are strings.
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject();
                foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
                {
                    result[((YamlScalarNode)pair.Key).Value!] = ToJson(pair.Value);
                }

                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (YamlNode item in sequence.Children)
                {
                    array.Add(ToJson(item));
                }

                return array;
            default:
                var scalar = (YamlScalarNode)node;
                string text = scalar.Value!;
                if (scalar.Style != ScalarStyle.Plain)
                {
                    return JsonValue.Create(text);
                }

                if (text is "null" or "~")
                {
                    return null;
                }

                if (text is "true" or "false" || Regex.IsMatch(text, "^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
                {
                    return JsonNode.Parse(text)!;
                }

                return JsonValue.Create(text);
        }
    }
}

/// <summary>
/// An oracle independent of the writer: the implicit-type regular expressions of the YAML 1.1 type repository
/// (yaml.org/type: bool, null, int, float, timestamp, merge, value) and of the YAML 1.2 core schema, with
/// booleans and nulls matched in any case.
/// </summary>
internal static class YamlResolvers
{
    private static readonly Regex[] Patterns =
    {
        new("^(y|yes|n|no|true|false|on|off)$", RegexOptions.IgnoreCase),
        new("^(~|null|)$", RegexOptions.IgnoreCase),
        new("^[-+]?0b[0-1_]+$"),
        new("^[-+]?0[0-7_]+$"),
        new("^[-+]?(0|[1-9][0-9_]*)$"),
        new("^[-+]?0x[0-9a-fA-F_]+$"),
        new("^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$"),
        new("^[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?$"),
        new("^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*$"),
        new("^[-+]?\\.(inf|Inf|INF)$"),
        new("^\\.(nan|NaN|NAN)$"),
        new("^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$"),
        new("^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\\.[0-9]*)?(([ \\t]*)Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?$"),
        new("^<<$"),
        new("^=$"),
        new("^[-+]?[0-9]+$"),
        new("^0o[0-7]+$"),
        new("^0x[0-9a-fA-F]+$"),
        new("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"),
    };

    public static bool RetypedByAnySchema(string value)
    {
        foreach (Regex pattern in Patterns)
        {
            if (pattern.IsMatch(value))
            {
                return true;
            }
        }

        return false;
    }
}
