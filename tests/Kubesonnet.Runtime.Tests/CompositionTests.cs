using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

/// <summary>Each composition rule, checked on the modes as well as on the rendered values.</summary>
public class CompositionTests
{
    private static readonly PatchPath A = new("a");
    private static readonly PatchPath B = new("b");
    private static readonly PatchPath AB = new("a", "b");
    private static readonly PatchPath AC = new("a", "c");

    private static PatchValue Ints(params long[] values) => PatchValue.Integers(values);

    [Test]
    public void SetIsMergedParentsAndReplacedLeaf()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Patch.Set(new PatchPath("a", "b", "c"), PatchValue.Integer(1)).ToModeText(), Is.EqualTo("{a+: {b+: {c: 1}}}"));
            Assert.That(Patch.Set(A, PatchValue.Integer(1)).ToModeText(), Is.EqualTo("{a: 1}"));
        });
    }

    [Test]
    public void MixinMergesTheLeafToo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Patch.Mixin(new PatchPath("a", "b", "c"), Ints(1)).ToModeText(), Is.EqualTo("{a+: {b+: {c+: [1]}}}"));
            Assert.That(Patch.Mixin(A, Ints(1)).ToModeText(), Is.EqualTo("{a+: [1]}"));
        });
    }

    [Test]
    public void KindIsNewOfK8sLibsonnet() =>
        Assert.That(Patch.Kind("v1", "ConfigMap", "cm").ToModeText(), Is.EqualTo("{apiVersion: \"v1\", kind: \"ConfigMap\", metadata+: {name: \"cm\"}}"));

    [Test]
    public void RightReplaceWinsOverEveryLeftMode()
    {
        Assert.Multiple(() =>
        {
            Assert.That((Patch.Set(A, Ints(1)) + Patch.Set(A, Ints(2))).ToModeText(), Is.EqualTo("{a: [2]}"));
            Assert.That((Patch.Mixin(A, Ints(1)) + Patch.Set(A, Ints(2))).ToModeText(), Is.EqualTo("{a: [2]}"));

            // Even over a value it could not merge with: a replace never merges.
            Assert.That((Patch.Set(A, PatchValue.String("s")) + Patch.Set(A, Ints(2))).ToModeText(), Is.EqualTo("{a: [2]}"));
        });
    }

    [Test]
    public void RightMergeOntoAbsentStaysMerge() =>
        Assert.That((Patch.Set(B, PatchValue.Integer(1)) + Patch.Mixin(A, Ints(1))).ToModeText(), Is.EqualTo("{a+: [1], b: 1}"));

    [Test]
    public void RightMergeOntoReplaceIsReplaceOfTheMergedValue() =>
        Assert.That((Patch.Set(A, Ints(1)) + Patch.Mixin(A, Ints(2))).ToModeText(), Is.EqualTo("{a: [1, 2]}"));

    [Test]
    public void RightMergeOntoMergeStaysMerge() =>
        Assert.That((Patch.Mixin(A, Ints(1)) + Patch.Mixin(A, Ints(2))).ToModeText(), Is.EqualTo("{a+: [1, 2]}"));

    [Test]
    public void FieldsOnlyInLeftStay() =>
        Assert.That((Patch.Set(B, PatchValue.String("kept")) + Patch.Set(A, PatchValue.Integer(1))).ToModeText(), Is.EqualTo("{a: 1, b: \"kept\"}"));

    [Test]
    public void ObjectsMergeRecursivelyByTheSameRules()
    {
        Patch numbers = Patch.Set(AB, PatchValue.Integer(1)) + Patch.Set(AC, PatchValue.Integer(2));
        Assert.That(() => numbers + Patch.Mixin(AB, PatchValue.Null), Throws.TypeOf<KubesonnetMergeException>().With.Message.EqualTo("a.b: cannot merge null into a number"));

        Patch merged = Patch.Set(AB, Ints(1)) + Patch.Set(AC, PatchValue.Integer(2)) + Patch.Mixin(AB, Ints(3));
        Assert.That(merged.ToModeText(), Is.EqualTo("{a+: {b: [1, 3], c: 2}}"));
    }

    [Test]
    public void ObjectValuesFromDataMergeShallowly()
    {
        var first = new Dictionary<string, PatchValue> { ["x"] = PatchValue.Map(new Dictionary<string, string> { ["keep"] = "no" }), ["y"] = PatchValue.Integer(1) };
        var second = new Dictionary<string, PatchValue> { ["x"] = PatchValue.Map(new Dictionary<string, string> { ["new"] = "yes" }) };
        Patch patch = Patch.Set(A, PatchValue.Map(first)) + Patch.Mixin(A, PatchValue.Map(second));
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToModeText(), Is.EqualTo("{a: {x: {new: \"yes\"}, y: 1}}"));
            Assert.That(patch.ToJson(), Is.EqualTo("{\"a\":{\"x\":{\"new\":\"yes\"},\"y\":1}}"));
        });
    }

    [Test]
    public void JsonValuesAreDataToo()
    {
        Patch patch = Patch.Set(A, PatchValue.Json(JsonNode.Parse("{\"x\":[1],\"y\":{\"z\":1}}")))
            + Patch.Mixin(A, PatchValue.Json(JsonNode.Parse("{\"x\":[2],\"y\":{\"w\":2}}")));
        Assert.That(patch.ToJson(), Is.EqualTo("{\"a\":{\"x\":[2],\"y\":{\"w\":2}}}"));
    }

    [Test]
    public void EmbeddedTypedPatchesKeepTheirModes()
    {
        // { ownerReferences+: { x+: [1] } } merged onto { x: [0] } appends, because the embedded patch says x+:.
        Patch inner = Patch.Mixin(new PatchPath("x"), Ints(1));
        Patch patch = Patch.Set(A, PatchValue.Json(JsonNode.Parse("{\"x\":[0]}"))) + Patch.Mixin(A, PatchValue.Object(inner.As<Csr>()));
        Assert.Multiple(() =>
        {
            Assert.That(PatchValue.Object(inner.As<Csr>()).Equals(PatchValue.Json(JsonNode.Parse("{\"x\":[1]}"))), Is.False, "modes are part of the value");
            Assert.That(patch.ToModeText(), Is.EqualTo("{a: {x: [0, 1]}}"));
        });
    }

    [Test]
    public void ArraysConcatenateInOrder() =>
        Assert.That((Patch.Set(A, Ints(1, 2)) + Patch.Mixin(A, Ints(3)) + Patch.Mixin(A, Ints(4, 5))).ToJson(), Is.EqualTo("{\"a\":[1,2,3,4,5]}"));

    [Test]
    public void EmptyIsTheIdentity()
    {
        Patch p = Patch.Set(AB, PatchValue.Integer(1)) + Patch.Mixin(A, PatchValue.Json(new JsonObject()));
        Assert.Multiple(() =>
        {
            Assert.That(Patch.Empty + p, Is.EqualTo(p));
            Assert.That(p + Patch.Empty, Is.EqualTo(p));
            Assert.That((Patch.Empty + Patch.Empty).IsEmpty, Is.True);
            Assert.That(p.IsEmpty, Is.False);
            Assert.That(Patch.Set(A, PatchValue.Null).IsEmpty, Is.False);
        });
    }

    [Test]
    public void SetterPathAndBuiltFieldsComposeAlike()
    {
        // Composition applies a setter along its path without building it; the result must be the same.
        Patch left = Patch.Kind("v1", "ConfigMap", "cm") + Patch.Set(new PatchPath("data", "k"), PatchValue.String("v"));
        Patch[] rights =
        {
            Patch.Set(new PatchPath("data", "j"), PatchValue.String("w")),
            Patch.Mixin(new PatchPath("metadata", "finalizers"), PatchValue.Strings(new[] { "f" })),
            Patch.Set(new PatchPath("metadata", "labels", "deep"), PatchValue.String("x")),
            Patch.Set(new PatchPath("kind"), PatchValue.String("Secret")),
            Patch.Mixin(new PatchPath("data"), PatchValue.Map(new Dictionary<string, string> { ["k"] = "v2" })),
        };
        foreach (Patch right in rights)
        {
            Patch viaPath = left + right;
            Patch viaFields = left + right.WithBuiltFields();
            Assert.That(viaPath.ToModeText(), Is.EqualTo(viaFields.ToModeText()), right.ToModeText());
        }
    }

    private static IEnumerable<TestCaseData> Kinds()
    {
        yield return new TestCaseData(PatchValue.Null, "null");
        yield return new TestCaseData(PatchValue.String("s"), "a string");
        yield return new TestCaseData(PatchValue.Integer(1), "a number");
        yield return new TestCaseData(PatchValue.Boolean(true), "a boolean");
        yield return new TestCaseData(Ints(1), "an array");
        yield return new TestCaseData(PatchValue.Json(new JsonObject()), "an object");
    }

    [Test]
    public void OnlyObjectsOntoObjectsAndArraysOntoArraysMerge()
    {
        foreach (TestCaseData left in Kinds())
        {
            foreach (TestCaseData right in Kinds())
            {
                var l = (PatchValue)left.Arguments[0]!;
                var r = (PatchValue)right.Arguments[0]!;
                string leftKind = (string)left.Arguments[1]!;
                string rightKind = (string)right.Arguments[1]!;
                bool mergeable = leftKind == rightKind && (leftKind == "an array" || leftKind == "an object");
                Patch set = Patch.Set(AB, l);
                Patch mixin = Patch.Mixin(AB, r);
                if (mergeable)
                {
                    Assert.That(() => set + mixin, Throws.Nothing, $"{rightKind} into {leftKind}");
                }
                else
                {
                    KubesonnetMergeException? error = Assert.Throws<KubesonnetMergeException>(() => _ = set + mixin);
                    Assert.That(error!.Message, Is.EqualTo($"a.b: cannot merge {rightKind} into {leftKind}"));
                }
            }
        }
    }

    [Test]
    public void ErrorPathsBracketKeysThatAreNotPlainNames()
    {
        var path = new PatchPath("metadata", "annotations", "example.com/x");
        KubesonnetMergeException? error = Assert.Throws<KubesonnetMergeException>(() =>
            _ = Patch.Set(path, PatchValue.String("a")) + Patch.Mixin(path, PatchValue.Strings(new[] { "b" })));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Path, Is.EqualTo("metadata.annotations[\"example.com/x\"]"));
            Assert.That(error.PathSegments, Is.EqualTo(new[] { "metadata", "annotations", "example.com/x" }));
        });
    }

    [Test]
    public void ParentThatIsNotAnObjectFailsAtTheParent()
    {
        Patch raw = Patch.FromJson("{\"metadata\":{\"labels\":[1]}}");
        KubesonnetMergeException? error = Assert.Throws<KubesonnetMergeException>(() =>
            _ = raw + Patch.Set(new PatchPath("metadata", "labels", "app"), PatchValue.String("x")));
        Assert.That(error!.Message, Is.EqualTo("metadata.labels: cannot merge an object into an array"));
    }

    [Test]
    public void ConflictsAreReportedFromFieldListsToo()
    {
        // Two built patches (no setter fast path) with a conflict deep inside.
        Patch left = Patch.FromJson("{\"a\":{\"b\":{\"c\":1}}}");
        Patch right = (Patch.Mixin(new PatchPath("a", "b", "c"), Ints(1)) + Patch.Set(new PatchPath("z"), PatchValue.Null)).WithBuiltFields();
        KubesonnetMergeException? error = Assert.Throws<KubesonnetMergeException>(() => _ = left + right);
        Assert.That(error!.Path, Is.EqualTo("a.b.c"));
    }

    [Test]
    public void ComposingNeverChangesTheOperands()
    {
        Patch left = Patch.Set(A, Ints(1)) + Patch.Set(B, PatchValue.Json(new JsonObject { ["x"] = 1 }));
        string before = left.ToModeText();
        Patch right = Patch.Mixin(A, Ints(2)) + Patch.Mixin(B, PatchValue.Json(new JsonObject { ["y"] = 2 }));
        string rightBefore = right.ToModeText();
        _ = left + right;
        _ = left + right;
        Assert.Multiple(() =>
        {
            Assert.That(left.ToModeText(), Is.EqualTo(before));
            Assert.That(right.ToModeText(), Is.EqualTo(rightBefore));
        });
    }

    [Test]
    public void NullOperandsAreRejected()
    {
        Patch p = Patch.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(() => p + null!, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("right"));
            Assert.That(() => null! + p, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("left"));
        });
    }
}
