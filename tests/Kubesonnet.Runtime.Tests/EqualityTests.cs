using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

public class EqualityTests
{
    private static readonly PatchPath Labels = new("metadata", "labels");

    [Test]
    public void PatchesBuiltDifferentlyButAlikeAreEqual()
    {
        Patch viaSetters = Patch.Kind("v1", "ConfigMap", "cm") + Patch.Set(new PatchPath("data", "a"), PatchValue.String("1"));
        Patch viaOtherOrder = Patch.Set(new PatchPath("data", "a"), PatchValue.String("1")) + Patch.Kind("v1", "ConfigMap", "cm");
        Assert.Multiple(() =>
        {
            Assert.That(viaSetters == viaOtherOrder, Is.True);
            Assert.That(viaSetters.Equals((object)viaOtherOrder), Is.True);
            Assert.That(viaSetters.GetHashCode(), Is.EqualTo(viaOtherOrder.GetHashCode()));
            Assert.That(viaSetters != viaOtherOrder, Is.False);
        });
    }

    [Test]
    public void ModesAreCompared()
    {
        PatchValue value = PatchValue.Map(new Dictionary<string, string> { ["a"] = "1" });
        Patch set = Patch.Set(Labels, value);
        Patch mixin = Patch.Mixin(Labels, value);
        Assert.Multiple(() =>
        {
            Assert.That(set.ToJson(), Is.EqualTo(mixin.ToJson()), "rendering ignores modes");
            Assert.That(set, Is.Not.EqualTo(mixin));
            Assert.That(set == mixin, Is.False);
            Assert.That(Patch.FromJson("{\"metadata\":{\"labels\":{\"a\":\"1\"}}}"), Is.Not.EqualTo(set), "a data object replaces metadata");
        });
    }

    [Test]
    public void NullsAndOtherTypes()
    {
        Patch patch = Patch.Empty;
        Patch? nothing = null;
        Assert.Multiple(() =>
        {
            Assert.That(patch == nothing, Is.False);
            Assert.That(nothing == patch, Is.False);
            Assert.That(nothing == null, Is.True);
            Assert.That(Patch.Empty.Equals(nothing), Is.False);
            Assert.That(Patch.Empty.Equals("{}"), Is.False);
            Assert.That(Patch.Empty, Is.EqualTo(Patch.FromJson("{}")));
        });
    }

    [Test]
    public void DifferentValuesDiffer()
    {
        Patch a = Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("{\"a\":[1,2]}")));
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.Not.EqualTo(Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("{\"a\":[1,3]}")))));
            Assert.That(a, Is.Not.EqualTo(Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("{\"a\":[1]}")))));
            Assert.That(a, Is.Not.EqualTo(Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("{\"b\":[1,2]}")))));
            Assert.That(a, Is.Not.EqualTo(Patch.Set(new PatchPath("metadata", "annotations"), PatchValue.Json(JsonNode.Parse("{\"a\":[1,2]}")))));
            Assert.That(a, Is.EqualTo(Patch.Set(Labels, PatchValue.Json(JsonNode.Parse("{\"a\":[1,2]}")))));
        });
    }

    [Test]
    public void HashCodesSpreadAndWorkAsDictionaryKeys()
    {
        var seen = new HashSet<int>();
        var set = new HashSet<Patch>();
        for (int i = 0; i < 200; i++)
        {
            Patch patch = Patch.Set(new PatchPath("metadata", "name"), PatchValue.String("n" + i));
            seen.Add(patch.GetHashCode());
            set.Add(patch);
            set.Add(Patch.Set(new PatchPath("metadata", "name"), PatchValue.String("n" + i)).WithBuiltFields());
        }

        Assert.Multiple(() =>
        {
            Assert.That(set, Has.Count.EqualTo(200));
            Assert.That(seen, Has.Count.GreaterThan(190));
        });
    }

    [Test]
    public void AsWrapsThroughFromPatch()
    {
        Patch patch = Patch.Kind("certificates.k8s.io/v1", "CertificateSigningRequest", "x");
        Csr typed = patch.As<Csr>();
        Assert.Multiple(() =>
        {
            Assert.That(typed.Untyped, Is.SameAs(patch));
            Assert.That(((IPatch<Csr>)default(Csr)).Patch, Is.SameAs(Patch.Empty));
        });
    }

    [Test]
    public void PatchPaths()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new PatchPath("metadata", "labels").ToString(), Is.EqualTo("metadata.labels"));
            Assert.That(new PatchPath("metadata", "annotations", "a.b/c").ToString(), Is.EqualTo("metadata.annotations[\"a.b/c\"]"));
            var ab = new PatchPath("a", "b");
            var sameAb = new PatchPath("a", "b");
            Assert.That(ab, Is.EqualTo(sameAb));
            Assert.That(ab.GetHashCode(), Is.EqualTo(sameAb.GetHashCode()));
            Assert.That(ab, Is.Not.EqualTo(new PatchPath("a")));
            Assert.That(new PatchPath("a").Equals(null), Is.False);
            Assert.That(() => new PatchPath(), Throws.ArgumentException.With.Property("ParamName").EqualTo("segments"));
            Assert.That(() => new PatchPath("a", null!), Throws.ArgumentException.With.Property("ParamName").EqualTo("segments"));
            Assert.That(() => new PatchPath(null!), Throws.ArgumentNullException);
        });
    }
}
