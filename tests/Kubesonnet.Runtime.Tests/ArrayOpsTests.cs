using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kubesonnet.Tests;

/// <summary>
/// Merges by key and maps (<see cref="Patch.MergeByKey"/>, <see cref="Patch.MapItems(PatchPath, Func{Patch, Patch})"/>):
/// what they do onto replaced, merged and absent arrays, and that they compose associatively with every other patch.
/// </summary>
public class ArrayOpsTests
{
    private static readonly PatchPath Containers = new("spec", "containers");
    private static readonly string[] Name = { "name" };

    private static Patch Container(string name, string image) =>
        Patch.FromJson($$"""{"name":"{{name}}","image":"{{image}}"}""");

    private static Patch WithContainers(params Patch[] containers) =>
        Patch.Set(Containers, PatchValue.Array(Array.ConvertAll(containers, c => PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse(c.ToJson())))));

    private static Patch Merge(params string[] json) =>
        Patch.MergeByKey(Containers, Name, PatchValue.Array(Array.ConvertAll(json, j => PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse(j)))));

    private static readonly Func<Patch, Patch> Pull = c => c + Patch.Set(new PatchPath("imagePullPolicy"), PatchValue.String("Always"));

    [Test]
    public void AnItemWithTheKeysOfAnElementIsMergedIntoItTheOthersAreAppended()
    {
        Patch deployment = WithContainers(Container("web", "nginx:1.21"), Container("log", "fluentd"));
        Patch result = deployment + Merge("""{"name":"web","image":"nginx:1.27"}""", """{"name":"metrics","image":"prom"}""");
        Assert.That(result.ToJson(), Is.EqualTo(
            """{"spec":{"containers":[{"image":"nginx:1.27","name":"web"},{"image":"fluentd","name":"log"},{"image":"prom","name":"metrics"}]}}"""));
    }

    [Test]
    public void MergedFieldsOfAnItemMergeDeeper()
    {
        Patch deployment = Patch.FromJson("""{"spec":{"containers":[{"name":"web","env":[{"name":"A","value":"1"}],"resources":{"limits":{"cpu":"1"}}}]}}""");
        Patch item = Patch.Set(new PatchPath("name"), PatchValue.String("web"))
            + Patch.Mixin(new PatchPath("env"), PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""[{"name":"B","value":"2"}]""")))
            + Patch.Set(new PatchPath("resources", "requests"), PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"cpu":"100m"}""")));
        Patch result = deployment + Patch.MergeByKey(Containers, Name, PatchValue.Array(new[] { PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse(item.ToJson())) }));

        // A JSON item has every field replaced: env replaced. A typed item keeps its modes: env appended.
        Assert.That(result.ToJson(), Does.Contain("""[{"name":"B","value":"2"}]"""));
        Patch typed = deployment + Patch.MergeByKey(Containers, Name, PatchValue.Objects(new[] { new Item(item) }));
        Assert.That(typed.ToJson(), Is.EqualTo(
            """{"spec":{"containers":[{"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],"name":"web","resources":{"limits":{"cpu":"1"},"requests":{"cpu":"100m"}}}]}}"""));
    }

    [Test]
    public void SeveralKeysMatchWhenAllAgreeAndAbsentKeysAgreeWithAbsentOnes()
    {
        PatchPath ports = new("ports");
        Patch left = Patch.FromJson("""{"ports":[{"containerPort":80,"name":"a"},{"containerPort":80,"protocol":"UDP","name":"b"}]}""");
        Patch merge = Patch.MergeByKey(ports, new[] { "containerPort", "protocol" }, PatchValue.Array(new[]
        {
            PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"containerPort":80,"protocol":"UDP","name":"u"}""")),
            PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"containerPort":80,"name":"t"}""")),
            PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"containerPort":81,"protocol":"TCP"}""")),
        }));
        Assert.That((left + merge).ToJson(), Is.EqualTo(
            """{"ports":[{"containerPort":80,"name":"t"},{"containerPort":80,"name":"u","protocol":"UDP"},{"containerPort":81,"protocol":"TCP"}]}"""));
    }

    [Test]
    public void AloneAMergeGivesItsItemsMergedAmongThemselvesAndAMapGivesAnEmptyArray()
    {
        Patch merge = Merge("""{"name":"web","image":"a"}""", """{"name":"log"}""", """{"name":"web","image":"b"}""");
        Assert.That(merge.ToJson(), Is.EqualTo("""{"spec":{"containers":[{"image":"b","name":"web"},{"name":"log"}]}}"""));
        Assert.That(Patch.MapItems(Containers, Pull).ToJson(), Is.EqualTo("""{"spec":{"containers":[]}}"""));
        Assert.That(merge.ToYaml(), Does.Contain("- image: b"));
    }

    [Test]
    public void AMapActsOnWhatIsComposedToItsLeftHoweverGrouped()
    {
        Patch a = WithContainers(Container("web", "nginx"));
        Patch b = Patch.Mixin(Containers, PatchValue.Array(new[] { PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"name":"log"}""")) }));
        Patch map = Patch.MapItems(Containers, Pull);
        string expected = """{"spec":{"containers":[{"image":"nginx","imagePullPolicy":"Always","name":"web"},{"imagePullPolicy":"Always","name":"log"}]}}""";
        Assert.That(((a + b) + map).ToJson(), Is.EqualTo(expected));
        Assert.That((a + (b + map)).ToJson(), Is.EqualTo(expected));

        // A map onto a merged array waits; once composed onto the replaced one it has acted.
        Assert.That((b + map).ToModeText(), Does.Contain("append").And.Contain("map"));
        Assert.That((a + (b + map)).ToModeText(), Does.Not.Contain("map"));
    }

    [Test]
    public void MergesAndMapsAfterAReplaceAreGoneAndAppendsAfterThemStayAppends()
    {
        Patch map = Patch.MapItems(Containers, Pull);
        Patch replace = WithContainers(Container("x", "y"));
        Assert.That(map + replace, Is.EqualTo(replace));
        Patch append = Patch.Mixin(Containers, PatchValue.Array(new[] { PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"name":"z"}""")) }));
        Assert.That((replace + map + append).ToJson(), Is.EqualTo(
            """{"spec":{"containers":[{"image":"y","imagePullPolicy":"Always","name":"x"},{"name":"z"}]}}"""));
    }

    [Test]
    public void ConflictsNameTheArrayAndWhatFailed()
    {
        Patch scalar = Patch.Set(Containers, PatchValue.String("oops"));
        var e = Assert.Throws<KubesonnetMergeException>(() => _ = scalar + Merge("""{"name":"web"}"""))!;
        Assert.That(e.Path, Is.EqualTo("spec.containers"));
        Assert.That(e.Message, Does.Contain("a string"));

        Patch strings = Patch.Set(Containers, PatchValue.Strings(new[] { "a" }));
        e = Assert.Throws<KubesonnetMergeException>(() => _ = strings + Patch.MapItems(Containers, Pull))!;
        Assert.That(e.Message, Does.Contain("element 0 is a string"));

        Patch web = Patch.FromJson("""{"spec":{"containers":[{"name":"web","env":{"a":1}}]}}""");
        e = Assert.Throws<KubesonnetMergeException>(() => _ = web + Patch.MergeByKey(Containers, Name,
            PatchValue.Objects(new[] { new Item(Patch.Set(new PatchPath("name"), PatchValue.String("web")) + Patch.Mixin(new PatchPath("env"), PatchValue.Strings(new[] { "x" }))) })))!;
        Assert.That(e.Message, Does.Contain("element 0 (name)").And.Contain("env: cannot merge an array into an object"));

        Assert.Throws<KubesonnetMergeException>(() => Patch.MergeByKey(Containers, Name, PatchValue.Objects(new[]
        {
            new Item(Patch.FromJson("""{"name":"a","x":{}}""")),
            new Item(Patch.Mixin(new PatchPath("x"), PatchValue.String("s")) + Patch.Set(new PatchPath("name"), PatchValue.String("a"))),
        })));
        Assert.Throws<ArgumentException>(() => Patch.MergeByKey(Containers, Name, PatchValue.Strings(new[] { "a" })));
        Assert.Throws<ArgumentException>(() => Patch.MergeByKey(Containers, Array.Empty<string>(), PatchValue.Array(Array.Empty<PatchValue>())));
        Assert.Throws<ArgumentNullException>(() => Patch.MapItems(Containers, (Func<Patch, Patch>)null!));
    }

    [Test]
    public void ExceptionsOfTheMapFunctionComeOutOfPlus()
    {
        Patch map = Patch.MapItems(Containers, _ => throw new FormatException("mine"));
        Patch left = WithContainers(Container("web", "nginx"));
        Assert.Throws<FormatException>(() => _ = left + map);
    }

    [Test]
    public void EqualityKeepsModesMapsAreEqualByTheirFunction()
    {
        Patch first = Patch.MapItems(Containers, Pull);
        Patch second = Patch.MapItems(Containers, Pull);
        Assert.That(first, Is.EqualTo(second));
        Patch typedFirst = Patch.MapItems<Item>(Containers, TypedPull);
        Patch typedSecond = Patch.MapItems<Item>(Containers, TypedPull);
        Assert.That(typedFirst, Is.EqualTo(typedSecond), "each method group conversion is a new delegate, equal to the others");
        Assert.That(Patch.MapItems(Containers, Pull), Is.Not.EqualTo(Patch.MapItems(Containers, c => c)));
        Patch merge = Merge("""{"name":"web"}""");
        Patch same = Patch.Mixin(Containers, PatchValue.Array(new[] { PatchValue.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"name":"web"}""")) }));
        Assert.That(merge, Is.Not.EqualTo(same), "a merge by key composes differently from an append");
        Assert.That(merge.ManifestEquals(same), Is.True, "but writes the same manifest");
        Assert.That(Merge("""{"name":"web"}""").GetHashCode(), Is.EqualTo(merge.GetHashCode()));
    }

    private static Item TypedPull(Item item) => new(item.Patch + Patch.Set(new PatchPath("imagePullPolicy"), PatchValue.String("Always")));

    [Test]
    public void TypedMapsGetTypedElements()
    {
        Patch left = WithContainers(Container("web", "nginx"), Container("log", "fluentd"));
        Patch result = left + Patch.MapItems<Item>(Containers, TypedPull);
        Assert.That(result.ToJson(), Does.Contain("""{"image":"fluentd","imagePullPolicy":"Always","name":"log"}"""));
    }

    [Test]
    public void MergesAndMapsAreAssociativeWithEveryOtherPatch()
    {
        var random = new Random(20261202);
        int bothSucceeded = 0;
        int failed = 0;
        for (int i = 0; i < 4000; i++)
        {
            Patch a = Next(random);
            Patch b = Next(random);
            Patch c = Next(random);
            Patch? leftFirst = TryCompose(() => (a + b) + c);
            Patch? rightFirst = TryCompose(() => a + (b + c));
            string context = $"a = {a.ToModeText()}\nb = {b.ToModeText()}\nc = {c.ToModeText()}";
            if (rightFirst is null)
            {
                Assert.That(leftFirst, Is.Null, "a + (b + c) failed but (a + b) + c did not\n" + context);
                failed++;
                continue;
            }

            if (leftFirst is null)
            {
                failed++;
                continue;
            }

            Assert.That(leftFirst.ToModeText(), Is.EqualTo(rightFirst.ToModeText()), context);
            Assert.That(leftFirst, Is.EqualTo(rightFirst), context);
            Assert.That(leftFirst.GetHashCode(), Is.EqualTo(rightFirst.GetHashCode()), context);
            Assert.That(leftFirst.ToJson(), Is.EqualTo(rightFirst.ToJson()), context);
            Assert.That(leftFirst.ToYaml(), Is.EqualTo(rightFirst.ToYaml()), context);
            bothSucceeded++;
        }

        Assert.That(bothSucceeded, Is.GreaterThan(2400));
        Assert.That(failed, Is.GreaterThan(20));
        TestContext.Out.WriteLine($"both succeeded {bothSucceeded}, failed {failed}");
    }

    [Test]
    public void TheSetterPathAndBuiltFieldsAgree()
    {
        var random = new Random(5);
        for (int i = 0; i < 3000; i++)
        {
            Patch left = Next(random);
            Patch right = NextLeaf(random);
            Patch? fast = TryCompose(() => left + right);
            Patch? general = TryCompose(() => left + right.WithBuiltFields());
            Assert.That(fast?.ToModeText(), Is.EqualTo(general?.ToModeText()), $"left = {left.ToModeText()}\nright = {right.ToModeText()}");
        }
    }

    private static readonly Func<Patch, Patch>[] Maps =
    {
        Pull,
        c => c + Patch.Mixin(new PatchPath("args"), PatchValue.Strings(new[] { "-v" })),
        c => c + Patch.Set(new PatchPath("image"), PatchValue.String("mapped")),
    };

    private static readonly string[] Names = { "web", "log", "db" };

    // Patches of an object whose "c" (at the root or under "s") is an array of named objects; "n" is a scalar
    // sometimes put where an array is expected, to make conflicts.
    private static Patch Next(Random random) => random.Next(6) switch
    {
        0 => Patch.Empty,
        // The generator's own sums may conflict; then it settles for one more leaf.
        1 => TryCompose(() => NextLeaf(random) + NextLeaf(random)) ?? NextLeaf(random),
        2 => TryCompose(() => NextLeaf(random) + NextLeaf(random) + NextLeaf(random)) ?? NextLeaf(random),
        _ => NextLeaf(random),
    };

    private static Patch NextLeaf(Random random)
    {
        PatchPath path = random.Next(2) == 0 ? new PatchPath("c") : new PatchPath("s", "c");
        return random.Next(8) switch
        {
            0 => Patch.Set(path, Items(random)),
            1 => Patch.Mixin(path, Items(random)),
            2 => Patch.Set(path, PatchValue.String("n")),
            3 or 4 => Patch.MergeByKey(path, Name, Items(random)),
            5 => Patch.MapItems(path, Maps[random.Next(Maps.Length)]),
            6 => Patch.Set(path.Segments.Count == 1 ? new PatchPath("s") : new PatchPath("s", "x"), PatchValue.Integer(random.Next(3))),
            _ => Patch.Mixin(path, PatchValue.Array(Array.Empty<PatchValue>())),
        };
    }

    // Objects with a name (mostly), an image, and sometimes merged fields (typed items keep their modes).
    private static PatchValue Items(Random random)
    {
        int count = random.Next(3);
        var items = new Item[count];
        for (int i = 0; i < count; i++)
        {
            Patch item = random.Next(5) == 0 ? Patch.Empty : Patch.Set(new PatchPath("name"), PatchValue.String(Names[random.Next(Names.Length)]));
            item += random.Next(3) switch
            {
                0 => Patch.Set(new PatchPath("image"), PatchValue.String("i" + random.Next(3).ToString(CultureInfo.InvariantCulture))),
                1 => Patch.Mixin(new PatchPath("args"), PatchValue.Strings(new[] { "a" + random.Next(3).ToString(CultureInfo.InvariantCulture) })),
                _ => Patch.Mixin(new PatchPath("labels"), PatchValue.Map(new Dictionary<string, string> { ["k" + random.Next(2).ToString(CultureInfo.InvariantCulture)] = "v" })),
            };
            items[i] = new Item(item);
        }

        return PatchValue.Objects(items);
    }

    private static Patch? TryCompose(Func<Patch> compose)
    {
        try
        {
            return compose();
        }
        catch (KubesonnetMergeException)
        {
            return null;
        }
    }

    /// <summary>A minimal typed patch, for items that keep their modes.</summary>
    private readonly struct Item : IPatch<Item>
    {
        private readonly Patch? _patch;

        public Item(Patch patch) => _patch = patch;

        public Patch Patch => _patch ?? Patch.Empty;

        static Item IPatch<Item>.FromPatch(Patch patch) => new(patch);
    }
}
