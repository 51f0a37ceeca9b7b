using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Kubesonnet.Tests;

/// <summary>Patches are immutable values: shared between threads, applied to many objects, never aliased.</summary>
public class ThreadSafetyTests
{
    private static readonly PatchPath Finalizers = new("metadata", "finalizers");
    private static readonly PatchPath Labels = new("metadata", "labels");

    private static Patch Finalizer(string item) => Patch.Mixin(Finalizers, PatchValue.Strings(new[] { item }));

    private static Patch Label(string key) => Patch.Mixin(Labels, PatchValue.Map(new Dictionary<string, string> { [key] = key }));

    [Test]
    public void OnePatchComposedOntoManyObjectsInParallel()
    {
        Patch shared = Finalizer("shared") + Label("shared") + Patch.Set(new PatchPath("spec", "x"), PatchValue.Integer(1));
        Patch[] expected = Enumerable.Range(0, 2000).Select(i => Patch.Kind("v1", "ConfigMap", "cm" + i) + Finalizer("own" + i) + shared).ToArray();
        var results = new Patch[expected.Length];
        Parallel.For(0, expected.Length, i => results[i] = Patch.Kind("v1", "ConfigMap", "cm" + i) + Finalizer("own" + i) + shared);
        Assert.Multiple(() =>
        {
            Assert.That(results, Is.EqualTo(expected));
            Assert.That(results.Select(r => r.ToJson()), Is.EqualTo(expected.Select(e => e.ToJson())));
            Assert.That(shared.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"shared\"],\"labels\":{\"shared\":\"shared\"}},\"spec\":{\"x\":1}}"));
        });
    }

    [Test]
    public void ConcurrentWritersSeeTheSameText()
    {
        Patch patch = Samples.TenCalls().Untyped;
        for (int i = 0; i < 200; i++)
        {
            patch += Label("l" + i) + Finalizer("f" + i);
        }

        string json = patch.ToJson();
        string indented = patch.ToJson(indented: true);
        string yaml = patch.ToYaml();
        var wrong = new ConcurrentBag<string>();
        Parallel.For(0, 400, i =>
        {
            string text = (i % 3) switch { 0 => patch.ToJson(), 1 => patch.ToJson(indented: true), _ => patch.ToYaml() };
            string want = (i % 3) switch { 0 => json, 1 => indented, _ => yaml };
            if (text != want)
            {
                wrong.Add(text);
            }
        });
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void AppendsOntoASharedPrefixFromManyThreadsNeverAlias()
    {
        // The shared prefix has spare room in its buffer: every thread races to claim it; exactly one may, the
        // others copy. Each result must hold the prefix and its own items only.
        Patch prefix = Patch.Set(Finalizers, PatchValue.Strings(new[] { "a" })) + Finalizer("b") + Finalizer("c");
        for (int round = 0; round < 50; round++)
        {
            var results = new ConcurrentDictionary<int, Patch>();
            Parallel.For(0, 32, t =>
            {
                Patch mine = prefix;
                for (int k = 0; k < 20; k++)
                {
                    mine += Finalizer($"t{t}-{k}");
                }

                results[t] = mine;
            });

            foreach ((int t, Patch mine) in results)
            {
                string expected = "[\"a\",\"b\",\"c\"," + string.Join(",", Enumerable.Range(0, 20).Select(k => $"\"t{t}-{k}\"")) + "]";
                Assert.That(mine.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":" + expected + "}}"));
            }

            Assert.That(prefix.ToJson(), Is.EqualTo("{\"metadata\":{\"finalizers\":[\"a\",\"b\",\"c\"]}}"));
        }
    }

    [Test]
    public void MapMixinsOntoASharedLargeMapFromManyThreadsNeverAlias()
    {
        Patch shared = Patch.Kind("v1", "ConfigMap", "cm");
        for (int i = 0; i < 300; i++)
        {
            shared += Label("base" + i);
        }

        string before = shared.ToJson();
        var results = new ConcurrentDictionary<int, Patch>();
        Parallel.For(0, 32, t =>
        {
            Patch mine = shared;
            for (int k = 0; k < 50; k++)
            {
                mine += Label($"t{t}-{k}");
            }

            results[t] = mine;
        });

        Assert.Multiple(() =>
        {
            Assert.That(shared.ToJson(), Is.EqualTo(before));
            foreach ((int t, Patch mine) in results)
            {
                System.Text.Json.Nodes.JsonObject labels = mine.ToJsonObject()["metadata"]!["labels"]!.AsObject();
                Assert.That(labels, Has.Count.EqualTo(350));
                Assert.That(labels.Select(p => p.Key).Count(k => k.StartsWith('t')), Is.EqualTo(50));
                Assert.That(labels.Select(p => p.Key).Where(k => k.StartsWith('t')), Is.All.StartsWith($"t{t}-"));
            }
        });
    }

    [Test]
    public void EqualityAndHashingOfOneLargeValueFromManyThreads()
    {
        Patch a = Patch.Kind("v1", "ConfigMap", "cm");
        Patch b = Patch.Kind("v1", "ConfigMap", "cm");
        for (int i = 0; i < 500; i++)
        {
            a += Label("k" + i);
            b += Label("k" + i);
        }

        var wrong = new ConcurrentBag<int>();
        Parallel.For(0, 200, i =>
        {
            if (!a.Equals(b) || a.GetHashCode() != b.GetHashCode())
            {
                wrong.Add(i);
            }
        });
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void ASetterBuiltFromManyThreadsAtOnceGivesOneResult()
    {
        // A setter's fields are built when first read; many readers race to build them, and compose onto them.
        for (int round = 0; round < 50; round++)
        {
            Patch setter = Patch.Set(new PatchPath("spec", "template", "metadata", "labels"), PatchValue.Map(new Dictionary<string, string> { ["r"] = "r" + round }));
            Patch mixin = Patch.Mixin(new PatchPath("spec", "template", "metadata", "labels"), PatchValue.Map(new Dictionary<string, string> { ["m"] = "m" }));
            string expected = "{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"m\":\"m\",\"r\":\"r" + round + "\"}}}}}";

            // Each thread reads the setter's fields (building them), or composes onto it, which reads them too.
            var texts = new ConcurrentBag<string>();
            Parallel.For(0, 8, i => texts.Add(i % 2 == 0 ? setter.ToJson() : (setter + mixin).ToJson()));
            Assert.That(texts.Where(t => t.Contains("\"m\"", StringComparison.Ordinal)).Distinct(), Is.EqualTo(new[] { expected }));
            Assert.That(texts.Where(t => !t.Contains("\"m\"", StringComparison.Ordinal)).Distinct().Count(), Is.EqualTo(1));
            Assert.That(setter + mixin, Is.EqualTo(setter.WithBuiltFields() + mixin));
        }
    }
}
