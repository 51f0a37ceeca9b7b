using System;
using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Internal;

namespace Kubesonnet.Tests;

/// <summary>Large maps built one Mixin at a time become trees: linear-ish work, the same values and equality.</summary>
public class MapMixinTests
{
    private static readonly PatchPath Labels = new("metadata", "labels");

    private static Patch Label(string key, string value = "v") =>
        Patch.Mixin(Labels, PatchValue.Map(new Dictionary<string, string> { [key] = value }));

    private static string Key(int i) => "k" + ((i * 7919) % 100_003).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void TenThousandLabelMixinsAreNotQuadratic()
    {
        // Copying the whole map on each of 10,000 insertions would allocate about 1.2 GB; the tree stays in megabytes.
        const int count = 10_000;
        Patch patch = Patch.Kind("v1", "ConfigMap", "cm") + Label("warm-up");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++)
        {
            patch += Label(Key(i));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(64L * 1024 * 1024), $"{allocated:N0} bytes");

        var expected = new Dictionary<string, string> { ["warm-up"] = "v" };
        for (int i = 0; i < count; i++)
        {
            expected[Key(i)] = "v";
        }

        Patch direct = Patch.Kind("v1", "ConfigMap", "cm") + Patch.Mixin(Labels, PatchValue.Map(expected));
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo(direct.ToJson()));
            Assert.That(patch, Is.EqualTo(direct), "a tree equals the same fields in an array");
            Assert.That(patch.GetHashCode(), Is.EqualTo(direct.GetHashCode()));
            Assert.That(patch.ToYaml(), Is.EqualTo(direct.ToYaml()));
        });
    }

    [Test]
    public void TenThousandSettersOfDistinctKeysAreNotQuadratic()
    {
        // Each setter is composed at once along its path: the root is copied, the data map gets one insertion.
        const int count = 10_000;
        Patch patch = Patch.Kind("v1", "ConfigMap", "cm");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++)
        {
            patch += Patch.Set(new PatchPath("data", Key(i)), PatchValue.String("v"));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.LessThan(64L * 1024 * 1024), $"{allocated:N0} bytes");

        var expected = new Dictionary<string, string>();
        for (int i = 0; i < count; i++)
        {
            expected[Key(i)] = "v";
        }

        Patch direct = Patch.Kind("v1", "ConfigMap", "cm") + Patch.Set(new PatchPath("data"), PatchValue.Map(expected));
        Assert.That(patch.ToJson(), Is.EqualTo(direct.ToJson()));
    }

    [Test]
    public void TreesReplaceMergeAndKeepModesLikeArrays()
    {
        var data = new PatchPath("data");
        Patch big = Patch.Set(data, PatchValue.Map(Enumerable.Range(0, 200).ToDictionary(i => "f" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), i => PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("{\"n\":" + i + "}")))));
        Patch asTree = Patch.Set(data, PatchValue.Map(new Dictionary<string, PatchValue>()));
        for (int i = 0; i < 200; i++)
        {
            asTree += Patch.Mixin(data, PatchValue.Map(new Dictionary<string, PatchValue> { ["f" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)] = PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("{\"n\":" + i + "}")) }));
        }

        Patch deeper = Patch.Mixin(new PatchPath("data", "f150", "extra"), PatchValue.Integer(1));
        Patch replace = Patch.Set(new PatchPath("data", "f007"), PatchValue.String("replaced"));
        Assert.Multiple(() =>
        {
            Assert.That(asTree, Is.EqualTo(big));
            Assert.That((asTree + deeper).ToJson(), Is.EqualTo((big + deeper).ToJson()));
            Assert.That((asTree + deeper).ToModeText(), Is.EqualTo((big + deeper).ToModeText()));
            Assert.That((asTree + replace).ToJson(), Is.EqualTo((big + replace).ToJson()));
            Assert.That((asTree + asTree).ToJson(), Is.EqualTo(asTree.ToJson()));
            Assert.That((Patch.Mixin(data, PatchValue.Map(new Dictionary<string, string> { ["a"] = "b" })) + asTree).ToJson(), Is.EqualTo(asTree.ToJson()), "a replace of data wins");
            Assert.That(asTree.ToJson(), Does.Contain("\"f150\":{\"n\":150}"));
        });
    }

    [Test]
    public void ASmallMapOntoATreeAndATreeOntoASmallMap()
    {
        Patch tree = Patch.Kind("v1", "ConfigMap", "cm");
        for (int i = 0; i < 100; i++)
        {
            tree += Label(Key(i));
        }

        Patch small = Patch.Set(Labels, PatchValue.Map(new Dictionary<string, string> { ["a"] = "1", [Key(5)] = "small" }));
        Patch treeOnSmall = small + Patch.Mixin(new PatchPath("metadata"), PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse(tree.ToJsonObject()["metadata"]!.ToJsonString())));
        Assert.Multiple(() =>
        {
            Assert.That((tree + small).ToJsonObject()["metadata"]!["labels"]!.AsObject(), Has.Count.EqualTo(2));
            Assert.That((tree + Patch.Mixin(Labels, PatchValue.Map(new Dictionary<string, string> { ["a"] = "1", [Key(5)] = "small" }))).ToJsonObject()["metadata"]!["labels"]!.AsObject(), Has.Count.EqualTo(101));
            Assert.That((small + tree).ToJsonObject()["metadata"]!["labels"]!.AsObject(), Has.Count.EqualTo(101));
            Assert.That((small + tree).ToJsonObject()["metadata"]!["labels"]![Key(5)]!.GetValue<string>(), Is.EqualTo("v"), "the right side wins");
            Assert.That(treeOnSmall.ToJsonObject()["metadata"]!["labels"]!.AsObject(), Has.Count.EqualTo(100), "metadata.labels replaced by the free-form object");
        });
    }

    [Test]
    public void AConflictInsideATreeNamesThePath()
    {
        Patch tree = Patch.Kind("v1", "ConfigMap", "cm");
        for (int i = 0; i < 100; i++)
        {
            tree += Label(Key(i));
        }

        Patch bad = Patch.Mixin(new PatchPath("metadata", "labels", Key(42)), PatchValue.Strings(new[] { "x" }));
        KubesonnetMergeException error = Assert.Throws<KubesonnetMergeException>(() => _ = tree + bad)!;
        Assert.That(error.Path, Is.EqualTo("metadata.labels." + Key(42)));
    }

    [Test]
    public void TreesSplitAndStaySortedAtEveryInsertionPoint()
    {
        // Ascending, descending and scattered insertion orders, checked against a sorted list after each step.
        foreach (Func<int, int> order in new Func<int, int>[] { i => i, i => 5000 - i, i => (i * 7919) % 5003 })
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            ObjectTree? tree = null;
            for (int i = 0; i < 3000; i++)
            {
                string name = "n" + order(i).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
                names.Add(name);
                tree = (tree ?? ObjectTree.FromSorted(new[] { new Field(name, "x", merge: false) })).Put(new Field(name, "x", merge: false));
            }

            Assert.That(tree!.Fields.Select(f => f.Name), Is.EqualTo(names));
            Assert.That(tree.Count, Is.EqualTo(names.Count));
        }
    }
}
