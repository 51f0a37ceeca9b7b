using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using NUnit.Framework;
using NamesPatch = Kubesonnet.Api.Names.V1.Patch;

namespace Kubesonnet.Crd.Tests
{
    /// <summary>
    /// names.example.com/v1 Patch (clashing-names.yaml): a kind named as the runtime's <c>Patch</c>, fields named as the
    /// runtime's types, as the alias of its namespace (<c>Ks</c>, also a kind) and as the parameters of the generated
    /// overloads. The generated code names the runtime <c>Ks::Patch</c>, which no type, member or parameter can hide: it
    /// compiles (this project builds with warnings as errors) and every setter writes its own field.
    /// </summary>
    public class ClashingNamesTests
    {
        [Test]
        public void EverySetterWritesItsField()
        {
            NamesPatch patch = NamesPatch.New("p")
                + NamesPatch.Spec.WithPatch("a")
                + NamesPatch.Spec.WithPatchValue(1)
                + NamesPatch.Spec.WithPatchPath("x", "y")
                + NamesPatch.Spec.Validation.WithKs("k")
                + NamesPatch.Spec.Validation.WithGlobal(true)
                + NamesPatch.Spec.Ks.WithPatch("1")
                + NamesPatch.Spec.WithEntry(("b", 2), ("c", 3))
                + NamesPatch.Spec.WithValue("v")
                + NamesPatch.Spec.WithValues(1, 2)
                + NamesPatch.Spec.WithOther(0.5)
                + NamesPatch.Spec.WithLeft(8080)
                + NamesPatch.Spec.WithRight(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero))
                + NamesPatch.Spec.WithItem(new[] { "i", "j" }, new[] { "k" })
                + NamesPatch.Spec.WithEntryMixin(new Dictionary<string, int> { ["d"] = 4 })
                + NamesPatch.Spec.WithObj(JsonNode.Parse("""{"o":1}"""));

            Assert.That(patch.ToJson(), Is.EqualTo(Manifest.Compact("""
                {"apiVersion":"names.example.com/v1","kind":"Patch","metadata":{"name":"p"},
                "spec":{"entry":{"b":2,"c":3,"d":4},"item":[["i","j"],["k"]],"ks":{"patch":"1"},"left":8080,"obj":{"o":1},"other":0.5,
                "patch":"a","patchPath":["x","y"],"patchValue":1,"right":"2024-01-02T03:04:05Z",
                "validation":{"global":true,"ks":"k"},"value":"v","values":[1,2]}}
                """)));
            Assert.That(patch.Validate(), Is.Empty);
        }

        [Test]
        public void AKindNamedAsTheAliasIsAKindLikeAnyOther() =>
            Assert.That((Api.Names.V1.Ks.New("k") + Api.Names.V1.Ks.Spec.WithPatch("p")).ToJson(), Is.EqualTo(
                """{"apiVersion":"names.example.com/v1","kind":"Ks","metadata":{"name":"k"},"spec":{"patch":"p"}}"""));

        [Test]
        public void TheListOperationsOfAFieldNamedMapWork()
        {
            NamesPatch patch = NamesPatch.Spec.WithMap(Api.Names.V1.Map.WithName("a") + Api.Names.V1.Map.WithLeft("1"))
                + NamesPatch.Spec.WithMapMerge(Api.Names.V1.Map.WithName("a") + Api.Names.V1.Map.WithLeft("2"), Api.Names.V1.Map.WithName("b"))
                + NamesPatch.Spec.MapMap(map => map + Api.Names.V1.Map.WithLeft("x"))
                + NamesPatch.Spec.WithMapMixin(Api.Names.V1.Map.WithName("c"));

            Assert.That(patch.ToJson(), Is.EqualTo("""{"spec":{"map":[{"left":"x","name":"a"},{"left":"x","name":"b"},{"name":"c"}]}}"""));
        }
    }
}
