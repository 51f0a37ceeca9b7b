using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

public class PatchValueTests
{
    [Test]
    public void Scalars()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Null.ToString(), Is.EqualTo("null"));
            Assert.That(default(PatchValue).ToString(), Is.EqualTo("null"));
            Assert.That(default(PatchValue), Is.EqualTo(PatchValue.Null));
            Assert.That(PatchValue.Boolean(true).ToString(), Is.EqualTo("true"));
            Assert.That(PatchValue.Boolean(false).ToString(), Is.EqualTo("false"));
            Assert.That(PatchValue.String("").ToString(), Is.EqualTo("\"\""));
            Assert.That(PatchValue.Bytes(new byte[] { 0, 1, 2, 253, 254, 255 }).ToString(), Is.EqualTo("\"AAEC/f7/\""));
            Assert.That(PatchValue.Bytes(Array.Empty<byte>()).ToString(), Is.EqualTo("\"\""));
        });
    }

    [Test]
    public void TimeIsUtcToTheSecond()
    {
        var local = new DateTimeOffset(2021, 6, 1, 2, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Time(local).ToString(), Is.EqualTo("\"2021-06-01T00:30:15Z\""));
            Assert.That(PatchValue.Time(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)).ToString(), Is.EqualTo("\"2021-06-01T00:00:00Z\""));
            Assert.That(PatchValue.Time(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToString(), Is.EqualTo("\"0001-01-01T00:00:00Z\""));
        });
    }

    [Test]
    public void MicroTimeIsUtcWithSixFractionalDigits()
    {
        var local = new DateTimeOffset(2021, 6, 1, 2, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567);
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.MicroTime(local).ToString(), Is.EqualTo("\"2021-06-01T00:30:15.123456Z\""));
            Assert.That(PatchValue.MicroTime(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)).ToString(), Is.EqualTo("\"2021-06-01T00:00:00.000000Z\""));
        });
    }

    [Test]
    public void TimesDoNotDependOnTheCurrentCulture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.That(PatchValue.MicroTime(new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero)).ToString(), Is.EqualTo("\"2021-06-01T00:00:00.000000Z\""));
            Assert.That(PatchValue.Number(0.5).ToString(), Is.EqualTo("0.5"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void ArraysOfEveryKind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Strings(new List<string> { "a", "b" }).ToString(), Is.EqualTo("[\"a\",\"b\"]"));
            Assert.That(PatchValue.Strings(Yield("x", "y", "z")).ToString(), Is.EqualTo("[\"x\",\"y\",\"z\"]"));
            Assert.That(PatchValue.Integers(new long[] { long.MaxValue }).ToString(), Is.EqualTo("[9223372036854775807]"));
            Assert.That(PatchValue.Numbers(new[] { 0.5, 2 }).ToString(), Is.EqualTo("[0.5,2]"));
            Assert.That(PatchValue.Booleans(new[] { true, false }).ToString(), Is.EqualTo("[true,false]"));
            Assert.That(PatchValue.Objects(new[] { OwnerReference.WithName("a"), default }).ToString(), Is.EqualTo("[{\"name\":\"a\"},{}]"));
            Assert.That(PatchValue.Array(new[] { PatchValue.Null, default, PatchValue.Integer(1) }).ToString(), Is.EqualTo("[null,null,1]"));
            Assert.That(PatchValue.Strings(new HashSet<string>()).ToString(), Is.EqualTo("[]"));
        });
    }

    [Test]
    public void MapsOfEveryKind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Map(new Dictionary<string, long> { ["b"] = 2, ["a"] = 1 }).ToString(), Is.EqualTo("{\"a\":1,\"b\":2}"));
            Assert.That(PatchValue.Map(new Dictionary<string, bool> { ["t"] = true }).ToString(), Is.EqualTo("{\"t\":true}"));
            Assert.That(PatchValue.Map(new Dictionary<string, double> { ["h"] = 0.5 }).ToString(), Is.EqualTo("{\"h\":0.5}"));
            Assert.That(PatchValue.Map(new Dictionary<string, OwnerReference> { ["o"] = OwnerReference.WithUid("u") }).ToString(), Is.EqualTo("{\"o\":{\"uid\":\"u\"}}"));
            Assert.That(PatchValue.Map(new Dictionary<string, PatchValue> { ["n"] = PatchValue.Null }).ToString(), Is.EqualTo("{\"n\":null}"));
            Assert.That(PatchValue.Map(new Dictionary<string, IReadOnlyList<string>> { ["e"] = new[] { "1", "2" } }).ToString(), Is.EqualTo("{\"e\":[\"1\",\"2\"]}"));
            Assert.That(PatchValue.Map(new ReadOnlyDictionary<string, string>(new Dictionary<string, string> { ["z"] = "1", ["y"] = "2" })).ToString(), Is.EqualTo("{\"y\":\"2\",\"z\":\"1\"}"));
        });
    }

    [Test]
    public void JsonIsCopiedWithEveryKind()
    {
        JsonNode node = JsonNode.Parse("{\"o\":{\"a\":[1,\"s\",true,false,null,{}]},\"n\":1.50}")!;
        node["added"] = JsonValue.Create(new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        node["guid"] = JsonValue.Create(Guid.Empty);
        node["long"] = JsonValue.Create(9007199254740993L);
        node["char"] = JsonValue.Create('c');
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Json(node).ToString(), Is.EqualTo(
                "{\"added\":\"2021-01-01T00:00:00Z\",\"char\":\"c\",\"guid\":\"00000000-0000-0000-0000-000000000000\",\"long\":9007199254740993,\"n\":1.50,\"o\":{\"a\":[1,\"s\",true,false,null,{}]}}"));
            Assert.That(PatchValue.Json(null), Is.EqualTo(PatchValue.Null));
            Assert.That(PatchValue.Json(JsonValue.Create("x")).ToString(), Is.EqualTo("\"x\""));
        });
    }

    [Test]
    public void JsonElementBackedValuesKeepTheirText()
    {
        using var document = System.Text.Json.JsonDocument.Parse("[2.50,\"s\",true,null]");
        var array = new JsonArray();
        foreach (System.Text.Json.JsonElement element in document.RootElement.EnumerateArray())
        {
            array.Add(JsonValue.Create(element));
        }

        Assert.That(PatchValue.Json(array).ToString(), Is.EqualTo("[2.50,\"s\",true,null]"));
    }

    private static IEnumerable<string> Yield(params string[] values)
    {
        foreach (string value in values)
        {
            yield return value;
        }
    }

    [Test]
    public void NullArgumentsNameTheCallersArgument()
    {
        string signerName = null!;
        byte[] request = null!;
        IReadOnlyDictionary<string, string> labels = null!;
        IEnumerable<string> usages = null!;
        IReadOnlyDictionary<string, IReadOnlyList<string>> extra = null!;
        IEnumerable<OwnerReference> ownerReferences = null!;
        IEnumerable<PatchValue> items = null!;
        IEnumerable<long> counts = null!;
        IEnumerable<int> ports = null!;
        IEnumerable<double> weights = null!;
        IEnumerable<bool> flags = null!;
        IReadOnlyDictionary<string, OwnerReference> owners = null!;
        IReadOnlyDictionary<string, PatchValue> values = null!;
        IReadOnlyDictionary<string, long> limits = null!;
        IReadOnlyDictionary<string, bool> switches = null!;
        IReadOnlyDictionary<string, double> ratios = null!;

        Assert.Multiple(() =>
        {
            AssertNull(() => PatchValue.String(signerName), "signerName");
            AssertNull(() => PatchValue.Bytes(request), "request");
            AssertNull(() => PatchValue.Map(labels), "labels");
            AssertNull(() => PatchValue.Strings(usages), "usages");
            AssertNull(() => PatchValue.Map(extra), "extra");
            AssertNull(() => PatchValue.Objects(ownerReferences), "ownerReferences");
            AssertNull(() => PatchValue.Array(items), "items");
            AssertNull(() => PatchValue.Integers(counts), "counts");
            AssertNull(() => PatchValue.Integers(ports), "ports");
            AssertNull(() => PatchValue.Numbers(weights), "weights");
            AssertNull(() => PatchValue.Booleans(flags), "flags");
            AssertNull(() => PatchValue.Map(owners), "owners");
            AssertNull(() => PatchValue.Map(values), "values");
            AssertNull(() => PatchValue.Map(limits), "limits");
            AssertNull(() => PatchValue.Map(switches), "switches");
            AssertNull(() => PatchValue.Map(ratios), "ratios");

            // Through generated-style code the name is the setter's parameter.
            AssertNull(() => Csr.Spec.WithSignerName(null!), "signerName");
            AssertNull(() => Csr.Metadata.WithNamespace(null!), "namespace");
            AssertNull(() => Csr.Metadata.WithLabels(null!), "labels");
            AssertNull(() => Csr.Spec.WithUsages((string[])null!), "usages");
            AssertNull(() => Csr.New(null!), "name");
            AssertNull(() => Patch.Set(null!, PatchValue.Null), "path");
            AssertNull(() => Patch.Mixin(null!, PatchValue.Null), "path");
        });
    }

    private static void AssertNull(TestDelegate action, string name) =>
        Assert.That(action, Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo(name), name);

    [Test]
    public void NullElementsNameTheArgumentAndTheIndexOrKey()
    {
        string[] usages = { "a", null!, "c" };
        var labels = new Dictionary<string, string> { ["app"] = null! };
        var extra = new Dictionary<string, IReadOnlyList<string>> { ["scopes"] = new[] { "x", null! } };
        var missing = new Dictionary<string, IReadOnlyList<string>> { ["scopes"] = null! };
        Assert.Multiple(() =>
        {
            AssertArgument(() => PatchValue.Strings(usages), "usages", "usages[1] is null.");
            AssertArgument(() => Csr.Spec.WithUsages(usages), "usages", "usages[1] is null.");
            AssertArgument(() => PatchValue.Map(labels), "labels", "labels[\"app\"] is null.");
            AssertArgument(() => PatchValue.Map(extra), "extra", "extra[\"scopes\"][1] is null.");
            AssertArgument(() => PatchValue.Map(missing), "missing", "missing[\"scopes\"] is null.");
            AssertArgument(() => PatchValue.Strings(Yield("a", null!)), "Yield(\"a\", null!)", "Yield(\"a\", null!)[1] is null.");
        });
    }

    private static void AssertArgument(TestDelegate action, string name, string message)
    {
        ArgumentException? error = Assert.Throws<ArgumentException>(action);
        Assert.That(error!.ParamName, Is.EqualTo(name));
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void MapsWithLyingDictionariesAreRejected()
    {
        var duplicated = new ListDictionary(new[] { new KeyValuePair<string, string>("a", "1"), new KeyValuePair<string, string>("a", "2") });
        var nullKey = new ListDictionary(new[] { new KeyValuePair<string, string>(null!, "1") });
        Assert.Multiple(() =>
        {
            AssertArgument(() => PatchValue.Map(duplicated), "duplicated", "duplicated has the key \"a\" twice.");
            AssertArgument(() => PatchValue.Map(nullKey), "nullKey", "nullKey has a null key.");
        });
    }

    [Test]
    public void InputsAreCopiedNotAliased()
    {
        var labels = new Dictionary<string, string> { ["a"] = "1" };
        var extra = new Dictionary<string, IReadOnlyList<string>> { ["e"] = new List<string> { "x" } };
        string[] usages = { "u" };
        byte[] request = { 1, 2, 3 };
        var json = new JsonObject { ["k"] = new JsonArray(1, 2) };
        string[] segments = { "metadata", "labels" };
        var path = new PatchPath(segments);

        Patch patch = Patch.Set(path, PatchValue.Map(labels))
            + Patch.Set(new PatchPath("spec", "extra"), PatchValue.Map(extra))
            + Patch.Set(new PatchPath("spec", "usages"), PatchValue.Strings(usages))
            + Patch.Set(new PatchPath("spec", "request"), PatchValue.Bytes(request))
            + Patch.Set(new PatchPath("spec", "json"), PatchValue.Json(json));
        string before = patch.ToJson();

        labels["b"] = "2";
        labels["a"] = "changed";
        ((List<string>)extra["e"]).Add("y");
        extra["f"] = new[] { "z" };
        usages[0] = "changed";
        request[0] = 99;
        json["k"]!.AsArray().Add(3);
        json["new"] = true;
        segments[0] = "changed";

        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo(before));
            Assert.That(before, Is.EqualTo("{\"metadata\":{\"labels\":{\"a\":\"1\"}},\"spec\":{\"extra\":{\"e\":[\"x\"]},\"json\":{\"k\":[1,2]},\"request\":\"AQID\",\"usages\":[\"u\"]}}"));
            Assert.That(path.ToString(), Is.EqualTo("metadata.labels"));
            Assert.That(path.Segments, Is.EqualTo(new[] { "metadata", "labels" }));
        });
    }

    [Test]
    public void OnePatchAppliedToManyObjectsIsNeverShared()
    {
        Patch mixin = Patch.Mixin(new PatchPath("metadata", "finalizers"), PatchValue.Strings(new[] { "shared" }))
            + Patch.Mixin(new PatchPath("metadata", "labels"), PatchValue.Map(new Dictionary<string, string> { ["team"] = "a" }));
        Patch first = Patch.FromJson("{\"metadata\":{\"finalizers\":[\"one\"],\"labels\":{\"x\":\"1\"}}}") + mixin;
        Patch second = Patch.FromJson("{\"metadata\":{\"finalizers\":[\"two\"]}}") + mixin;
        Patch third = first + mixin;
        Assert.Multiple(() =>
        {
            Assert.That(first.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"one\",\"shared\"],\"labels\":{\"team\":\"a\",\"x\":\"1\"}}}"));
            Assert.That(second.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"two\",\"shared\"],\"labels\":{\"team\":\"a\"}}}"));
            Assert.That(third.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"one\",\"shared\",\"shared\"],\"labels\":{\"team\":\"a\",\"x\":\"1\"}}}"));
            Assert.That(mixin.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"shared\"],\"labels\":{\"team\":\"a\"}}}"));
        });
    }

    [Test]
    public void EqualityIsStructural()
    {
        PatchValue a = PatchValue.Map(new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
        PatchValue b = PatchValue.Json(JsonNode.Parse("{\"y\":\"2\",\"x\":\"1\"}"));
        Assert.Multiple(() =>
        {
            Assert.That(a == b, Is.True);
            Assert.That(a != b, Is.False);
            Assert.That(a.Equals((object)b), Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a, Is.Not.EqualTo(PatchValue.Map(new Dictionary<string, string> { ["x"] = "1" })));
            Assert.That(PatchValue.String("1"), Is.Not.EqualTo(PatchValue.Integer(1)));
            Assert.That(PatchValue.Strings(new[] { "a", "b" }), Is.Not.EqualTo(PatchValue.Strings(new[] { "b", "a" })));
            Assert.That(PatchValue.Strings(new[] { "a" }), Is.EqualTo(PatchValue.Array(new[] { PatchValue.String("a") })));
            Assert.That(PatchValue.Boolean(true), Is.Not.EqualTo(PatchValue.Boolean(false)));
            Assert.That(a.Equals("not a value"), Is.False);
        });
    }

    /// <summary>An IReadOnlyDictionary that enumerates whatever it is given, duplicates and null keys included.</summary>
    private sealed class ListDictionary : IReadOnlyDictionary<string, string>
    {
        private readonly KeyValuePair<string, string>[] _pairs;

        public ListDictionary(KeyValuePair<string, string>[] pairs) => _pairs = pairs;

        public int Count => _pairs.Length;

        public IEnumerable<string> Keys => throw new NotSupportedException();

        public IEnumerable<string> Values => throw new NotSupportedException();

        public string this[string key] => throw new NotSupportedException();

        public bool ContainsKey(string key) => throw new NotSupportedException();

        public bool TryGetValue(string key, out string value) => throw new NotSupportedException();

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
