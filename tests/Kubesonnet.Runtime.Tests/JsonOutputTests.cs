using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

public class JsonOutputTests
{
    private static Patch One(string key, PatchValue value) => Patch.Set(new PatchPath(key), value);

    [Test]
    public void KeysAreSortedByCodePointAtEveryLevel()
    {
        // U+1F600 is a surrogate pair (D83D DE00): ordinal UTF-16 order would put it before U+E000 and U+FFFD.
        string[] keys = { "b", "\U0001F600", "a", "\uFFFD", "B", "_", "\uE000", "é", "aa", "", "10", "9" };
        var map = new Dictionary<string, string>();
        foreach (string key in keys)
        {
            map[key] = "v";
        }

        string expected = "{\"\":\"v\",\"10\":\"v\",\"9\":\"v\",\"B\":\"v\",\"_\":\"v\",\"a\":\"v\",\"aa\":\"v\",\"b\":\"v\",\"é\":\"v\",\"\uE000\":\"v\",\"\uFFFD\":\"v\",\"\U0001F600\":\"v\"}";
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Map(map).ToString(), Is.EqualTo(expected));
            Assert.That(Patch.FromJson("{\"x\":" + expected + "}").ToJson(), Is.EqualTo("{\"x\":" + expected + "}"));
            Assert.That(string.CompareOrdinal("\U0001F600", "\uE000"), Is.LessThan(0), "the case ordinal order gets wrong");
        });
    }

    [Test]
    public void MapsInAnyOrderGiveTheSameOutput()
    {
        var forward = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var backward = new Dictionary<string, string> { ["c"] = "3", ["b"] = "2", ["a"] = "1" };
        var sorted = new SortedDictionary<string, string>(forward, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Map(forward).ToString(), Is.EqualTo("{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}"));
            Assert.That(PatchValue.Map(backward).ToString(), Is.EqualTo(PatchValue.Map(forward).ToString()));
            Assert.That(PatchValue.Map(sorted), Is.EqualTo(PatchValue.Map(backward)));
        });
    }

    [Test]
    public void LargeMapsAreSortedToo()
    {
        var map = new Dictionary<string, long>();
        for (int i = 99; i >= 0; i--)
        {
            map["k" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)] = i;
        }

        JsonObject written = Patch.Set(new PatchPath("m"), PatchValue.Map(map)).ToJsonObject()["m"]!.AsObject();
        var order = new List<string>();
        foreach (KeyValuePair<string, JsonNode?> pair in written)
        {
            order.Add(pair.Key);
        }

        Assert.That(order, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(order, Has.Count.EqualTo(100));
    }

    [Test]
    public void IntegersAreExact()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Integer(long.MaxValue).ToString(), Is.EqualTo("9223372036854775807"));
            Assert.That(PatchValue.Integer(long.MinValue).ToString(), Is.EqualTo("-9223372036854775808"));
            Assert.That(PatchValue.Integer(9007199254740993).ToString(), Is.EqualTo("9007199254740993"));
            Assert.That(PatchValue.Integers(new[] { 1, -2, int.MaxValue }).ToString(), Is.EqualTo("[1,-2,2147483647]"));
        });
    }

    [Test]
    public void NumbersFromJsonKeepTheirExactText()
    {
        const string json = "{\"a\":9007199254740993,\"b\":1.0,\"c\":1e400,\"d\":-0,\"e\":0.1,\"f\":123456789012345678901234567890,\"g\":1E+2,\"h\":-0.0}";
        Assert.Multiple(() =>
        {
            Assert.That(Patch.FromJson(json).ToJson(), Is.EqualTo(json));
            Assert.That(PatchValue.Json(JsonNode.Parse(json)).ToString(), Is.EqualTo(json));
            Assert.That(Patch.FromJson(json).ToJson(indented: true), Does.Contain("\"c\": 1e400,\n"));
        });
    }

    [Test]
    public void DoublesUseTheShortestRoundTripText()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Number(0.1).ToString(), Is.EqualTo("0.1"));
            Assert.That(PatchValue.Number(30).ToString(), Is.EqualTo("30"));
            Assert.That(PatchValue.Number(1.0 / 3).ToString(), Is.EqualTo("0.3333333333333333"));
            Assert.That(PatchValue.Number(5e-324).ToString(), Is.EqualTo("5E-324"));
            Assert.That(PatchValue.Number(-1.5e300).ToString(), Is.EqualTo("-1.5E+300"));
            Assert.That(double.Parse(PatchValue.Number(Math.PI).ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(Math.PI));
        });
    }

    [Test]
    public void NumbersCompareByTheirText()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Integer(1), Is.EqualTo(PatchValue.Number(1.0)), "both are written 1");
            Assert.That(PatchValue.Integer(1).GetHashCode(), Is.EqualTo(PatchValue.Number(1.0).GetHashCode()));
            Assert.That(PatchValue.Integer(1), Is.EqualTo(PatchValue.Json(JsonNode.Parse("1"))));
            Assert.That(PatchValue.Integer(1), Is.Not.EqualTo(PatchValue.Json(JsonNode.Parse("1.0"))), "1.0 is written 1.0");
            Assert.That(PatchValue.Number(0.5), Is.EqualTo(PatchValue.Json(JsonValue.Create(0.5))));
        });
    }

    [Test]
    public void NonFiniteNumbersAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => PatchValue.Number(double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => PatchValue.Number(double.PositiveInfinity), Throws.TypeOf<ArgumentOutOfRangeException>());
            double[] grace = { 1, double.NegativeInfinity };
            Assert.That(() => PatchValue.Numbers(grace), Throws.ArgumentException.With.Property("ParamName").EqualTo("grace").And.Message.Contains("grace[1]"));
        });
    }

    [Test]
    public void OnlyWhatJsonRequiresIsEscaped()
    {
        string value = "quote\" backslash\\ slash/ tab\t nl\n cr\r bs\b ff\f nul\0 esc\u001b del\u007f <>&'+ é 日本 😀 \u2028\u2029 \uE000 \uFDD0 \u200B";
        string expected = "\"quote\\\" backslash\\\\ slash/ tab\\t nl\\n cr\\r bs\\b ff\\f nul\\u0000 esc\\u001b del\u007f <>&'+ é 日本 😀 \u2028\u2029 \uE000 \uFDD0 \u200B\"";
        Assert.That(PatchValue.String(value).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void EscapedOutputParsesBackToTheSameStrings()
    {
        var map = new Dictionary<string, string>();
        for (int c = 0; c < 0x80; c++)
        {
            map["k" + c] = "x" + (char)c + "y";
        }

        map["key\"with\\quotes\n"] = "😀\u2028";
        string json = Patch.Set(new PatchPath("m"), PatchValue.Map(map)).ToJson();
        using JsonDocument document = JsonDocument.Parse(json);
        foreach (KeyValuePair<string, string> pair in map)
        {
            Assert.That(document.RootElement.GetProperty("m").GetProperty(pair.Key).GetString(), Is.EqualTo(pair.Value));
        }
    }

    [Test]
    public void UnpairedSurrogatesAreEscapedSoTheyReadBackExactly() =>
        Assert.That(PatchValue.String("a\uD800b\uDC00").ToString(), Is.EqualTo("\"a\\ud800b\\udc00\""));

    [Test]
    public void CompactHasNoWhitespaceAndIndentedUsesTwoSpacesAndLineFeeds()
    {
        Patch patch = Patch.Kind("v1", "ConfigMap", "cm")
            + Patch.Set(new PatchPath("data"), PatchValue.Map(new Dictionary<string, string> { ["a b"] = "c d" }))
            + Patch.Set(new PatchPath("list"), PatchValue.Array(new[] { PatchValue.Integer(1), PatchValue.Json(new JsonObject()), PatchValue.Strings(Array.Empty<string>()) }));
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo("{\"apiVersion\":\"v1\",\"data\":{\"a b\":\"c d\"},\"kind\":\"ConfigMap\",\"list\":[1,{},[]],\"metadata\":{\"name\":\"cm\"}}"));
            Assert.That(patch.ToJson(indented: true), Is.EqualTo(
                "{\n  \"apiVersion\": \"v1\",\n  \"data\": {\n    \"a b\": \"c d\"\n  },\n  \"kind\": \"ConfigMap\",\n  \"list\": [\n    1,\n    {},\n    []\n  ],\n  \"metadata\": {\n    \"name\": \"cm\"\n  }\n}"));
            Assert.That(patch.ToString(), Is.EqualTo(patch.ToJson()));
            Assert.That(Patch.Empty.ToJson(), Is.EqualTo("{}"));
        });
    }

    [Test]
    public void WriteToUsesTheCallersWriter()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            Samples.TenCalls().Untyped.WriteTo(writer);
            Patch.Empty.WriteTo(writer);
            writer.WriteEndArray();
        }

        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("[" + Samples.TenCallsJson + ",{}]"));
            Assert.That(() => Patch.Empty.WriteTo(null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void ToJsonObjectIsAFreshMutableCopy()
    {
        Patch patch = Samples.TenCalls().Untyped;
        JsonObject first = patch.ToJsonObject();
        first["metadata"]!["name"] = "changed";
        first.Remove("spec");
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo(Samples.TenCallsJson));
            Assert.That(patch.ToJsonObject().ToJsonString(), Is.EqualTo(Samples.TenCallsJson));
            Assert.That(Patch.FromJson("{\"n\":9007199254740993}").ToJsonObject()["n"]!.ToJsonString(), Is.EqualTo("9007199254740993"));
        });
    }

    [Test]
    public void RenderingIsThreadSafe()
    {
        Patch patch = Samples.TenCalls().Untyped;
        string expectedJson = patch.ToJson();
        string expectedYaml = patch.ToYaml();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        System.Threading.Tasks.Parallel.For(0, 2000, i =>
        {
            Patch mine = patch + Patch.Set(new PatchPath("metadata", "name"), PatchValue.String("n" + i));
            string json = mine.ToJson(indented: i % 2 == 0);
            if (!json.Contains("\"n" + i + "\"", StringComparison.Ordinal) || patch.ToJson() != expectedJson || patch.ToYaml() != expectedYaml)
            {
                failures.Add(json);
            }
        });
        Assert.That(failures, Is.Empty);
    }
}
