using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace Kubesonnet.Tests;

/// <summary>Appending reuses a shared buffer; every patch must still see only its own items.</summary>
public class ArrayAppendTests
{
    private static readonly PatchPath Finalizers = new("metadata", "finalizers");

    private static Patch Append(string item) => Patch.Mixin(Finalizers, PatchValue.Strings(new[] { item }));

    [Test]
    public void BranchesFromOnePatchDoNotSeeEachOthersItems()
    {
        Patch basePatch = Patch.Set(Finalizers, PatchValue.Strings(new[] { "a" })) + Append("b") + Append("c");
        Patch d = basePatch + Append("d");
        Patch e = basePatch + Append("e");
        Patch dd = d + Append("dd");
        Patch ee = e + Append("ee");
        Patch d2 = d + Append("d2");
        Assert.Multiple(() =>
        {
            Assert.That(basePatch.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\"]}}"));
            Assert.That(d.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\",\"d\"]}}"));
            Assert.That(e.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\",\"e\"]}}"));
            Assert.That(dd.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\",\"d\",\"dd\"]}}"));
            Assert.That(ee.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\",\"e\",\"ee\"]}}"));
            Assert.That(d2.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\",\"d\",\"d2\"]}}"));
        });
    }

    [Test]
    public void ManySuccessiveMixinsAreLinear()
    {
        // Quadratic copying of 20,000 appends would allocate about 1.6 GB; linear work stays in megabytes.
        const int count = 20_000;
        Patch patch = Patch.Kind("v1", "ConfigMap", "cm") + Append("warm-up");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++)
        {
            patch += Append("f" + i);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(64L * 1024 * 1024), $"{allocated:N0} bytes");

        System.Text.Json.Nodes.JsonArray items = patch.ToJsonObject()["metadata"]!["finalizers"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(count + 1));
            Assert.That(items[0]!.GetValue<string>(), Is.EqualTo("warm-up"));
            Assert.That(items[count]!.GetValue<string>(), Is.EqualTo("f" + (count - 1)));
        });
    }

    [Test]
    public void ConcurrentAppendsOntoOnePatchStayIsolated()
    {
        Patch basePatch = Patch.Set(Finalizers, PatchValue.Strings(new[] { "a" })) + Append("b") + Append("c");
        for (int round = 0; round < 20; round++)
        {
            Patch shared = basePatch + Append("r" + round);
            string prefix = "[\"a\",\"b\",\"c\",\"r" + round + "\"";
            var wrong = new ConcurrentBag<string>();
            Parallel.For(0, 64, i =>
            {
                Patch mine = shared + Append("t" + i) + Append("u" + i);
                string json = mine.ToJson();
                string expected = "{\"metadata\":{\"finalizers\":" + prefix + ",\"t" + i + "\",\"u" + i + "\"]}}";
                if (json != expected)
                {
                    wrong.Add(json);
                }
            });
            Assert.That(wrong, Is.Empty);
            Assert.That(shared.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":" + prefix + "]}}"));
        }
    }

    [Test]
    public void AppendingEmptyArraysKeepsTheValue()
    {
        Patch patch = Patch.Set(Finalizers, PatchValue.Strings(new[] { "a" })) + Patch.Mixin(Finalizers, PatchValue.Strings(Array.Empty<string>()));
        Patch empty = Patch.Set(Finalizers, PatchValue.Strings(Array.Empty<string>())) + Append("x");
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\"]}}"));
            Assert.That(empty.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"x\"]}}"));
            Assert.That(empty.ToModeText(), Is.EqualTo("{metadata+: {finalizers: [\"x\"]}}"));
        });
    }
}
