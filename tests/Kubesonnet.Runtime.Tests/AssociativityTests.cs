using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

/// <summary>
/// (a + b) + c == a + (b + c), structurally and with modes, over many random patches (fixed seed). Eager
/// composition cannot be fully associative when merging fails: jsonnet is lazy and a later replace hides a
/// conflict, so (a + b) + c may throw where a + (b + c) does not. The converse must hold.
/// </summary>
public class AssociativityTests
{
    private const int Triples = 3000;

    [Test]
    public void CompositionIsAssociative()
    {
        var generator = new RandomPatches(20240601);
        int bothSucceeded = 0;
        int bothFailed = 0;
        int onlyLeftGroupingFailed = 0;
        for (int i = 0; i < Triples; i++)
        {
            Patch a = generator.Next();
            Patch b = generator.Next();
            Patch c = generator.Next();
            Patch? leftFirst = TryCompose(() => (a + b) + c);
            Patch? rightFirst = TryCompose(() => a + (b + c));
            string context = $"a = {a.ToModeText()}\nb = {b.ToModeText()}\nc = {c.ToModeText()}";

            if (rightFirst is null)
            {
                Assert.That(leftFirst, Is.Null, "a + (b + c) failed but (a + b) + c did not\n" + context);
                bothFailed++;
                continue;
            }

            if (leftFirst is null)
            {
                onlyLeftGroupingFailed++;
                continue;
            }

            Assert.That(leftFirst.ToModeText(), Is.EqualTo(rightFirst.ToModeText()), context);
            Assert.That(leftFirst, Is.EqualTo(rightFirst), context);
            Assert.That(leftFirst.GetHashCode(), Is.EqualTo(rightFirst.GetHashCode()), context);
            Assert.That(leftFirst.ToJson(), Is.EqualTo(rightFirst.ToJson()), context);
            bothSucceeded++;
        }

        // The generator must exercise both outcomes, mostly the successful one.
        Assert.That(bothSucceeded, Is.GreaterThan(Triples * 6 / 10));
        Assert.That(bothFailed + onlyLeftGroupingFailed, Is.GreaterThan(Triples / 50));
        TestContext.Out.WriteLine($"both succeeded {bothSucceeded}, both failed {bothFailed}, only (a+b)+c failed {onlyLeftGroupingFailed}");
    }

    [Test]
    public void SetterFastPathAgreesWithBuiltFields()
    {
        // Composition applies a setter/mixin along its path; the same patch with its fields built takes the
        // general path. Both must give the same result, or fail alike.
        var generator = new RandomPatches(7);
        for (int i = 0; i < Triples; i++)
        {
            Patch left = generator.Next();
            Patch right = generator.NextSetter();
            Patch? fast = TryCompose(() => left + right);
            Patch? general = TryCompose(() => left + right.WithBuiltFields());
            string context = $"left = {left.ToModeText()}\nright = {right.ToModeText()}";
            Assert.That(fast?.ToModeText(), Is.EqualTo(general?.ToModeText()), context);
        }
    }

    [Test]
    public void ConflictMessagesDoNotDependOnTheRoute()
    {
        var generator = new RandomPatches(99);
        int conflicts = 0;
        for (int i = 0; i < Triples; i++)
        {
            Patch left = generator.Next();
            Patch right = generator.NextSetter();
            string? fast = MessageOf(() => left + right);
            string? general = MessageOf(() => left + right.WithBuiltFields());
            Assert.That(fast, Is.EqualTo(general), $"left = {left.ToModeText()}\nright = {right.ToModeText()}");
            conflicts += fast is null ? 0 : 1;
        }

        Assert.That(conflicts, Is.GreaterThan(0));
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

    private static string? MessageOf(Func<Patch> compose)
    {
        try
        {
            compose();
            return null;
        }
        catch (KubesonnetMergeException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Random patches over a small key space so that fields collide often. A key mostly decides the kind of its
    /// value (a: arrays, b: objects, c: scalars), so most merges succeed; d takes any kind and makes conflicts.
    /// Parents are b or d. Values come from every factory: maps, JSON, embedded typed patches (with their modes).
    /// </summary>
    private sealed class RandomPatches
    {
        private static readonly string[] Leaves = { "a", "b", "c", "d" };
        private static readonly string[] Parents = { "b", "d" };

        private readonly Random _random;

        public RandomPatches(int seed) => _random = new Random(seed);

        public Patch Next() => _random.Next(10) switch
        {
            0 => Patch.Empty,
            1 => Patch.FromJson(RandomObject(2).ToJsonString()),
            2 => Patch.Kind("v1", "Thing", "n" + _random.Next(3)),
            3 or 4 => Sum(NextSetter(), NextSetter()),
            5 => Sum(NextSetter(), NextSetter(), NextSetter()),
            _ => NextSetter(),
        };

        // The generator's own sums may conflict; then it settles for the last patch.
        private static Patch Sum(params Patch[] patches)
        {
            Patch sum = Patch.Empty;
            foreach (Patch patch in patches)
            {
                sum = TryCompose(() => sum + patch) ?? patch;
            }

            return sum;
        }

        public Patch NextSetter()
        {
            int depth = 1 + _random.Next(3);
            var segments = new string[depth];
            for (int i = 0; i < depth - 1; i++)
            {
                segments[i] = Parents[_random.Next(Parents.Length)];
            }

            segments[depth - 1] = Leaves[_random.Next(Leaves.Length)];
            var path = new PatchPath(segments);
            PatchValue value = ValueFor(segments[depth - 1], 2);
            return _random.Next(2) == 0 ? Patch.Set(path, value) : Patch.Mixin(path, value);
        }

        private PatchValue ValueFor(string key, int depth) => key switch
        {
            "a" => RandomArray(depth),
            "b" => RandomObjectValue(depth),
            "c" => RandomScalar(),
            _ => _random.Next(3) switch
            {
                0 => RandomArray(depth),
                1 => RandomObjectValue(depth),
                _ => RandomScalar(),
            },
        };

        private PatchValue RandomScalar() => _random.Next(7) switch
        {
            0 => PatchValue.Null,
            1 => PatchValue.Boolean(_random.Next(2) == 0),
            2 => PatchValue.Integer(_random.Next(-5, 5)),
            3 => PatchValue.Number(_random.Next(100) / 8.0),
            4 => PatchValue.Time(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(_random.Next(100))),
            _ => PatchValue.String("s" + _random.Next(5).ToString(CultureInfo.InvariantCulture)),
        };

        private PatchValue RandomArray(int depth)
        {
            int length = _random.Next(4);
            switch (_random.Next(4))
            {
                case 0:
                    var strings = new string[length];
                    for (int i = 0; i < length; i++)
                    {
                        strings[i] = "e" + _random.Next(4).ToString(CultureInfo.InvariantCulture);
                    }

                    return PatchValue.Strings(strings);
                case 1:
                    var ints = new long[length];
                    for (int i = 0; i < length; i++)
                    {
                        ints[i] = _random.Next(10);
                    }

                    return PatchValue.Integers(ints);
                case 2 when depth > 0:
                    var items = new PatchValue[length];
                    for (int i = 0; i < length; i++)
                    {
                        items[i] = ValueFor(Leaves[_random.Next(Leaves.Length)], depth - 1);
                    }

                    return PatchValue.Array(items);
                default:
                    var objects = new Csr[length];
                    for (int i = 0; i < length; i++)
                    {
                        objects[i] = NextSetter().As<Csr>();
                    }

                    return PatchValue.Objects(objects);
            }
        }

        private PatchValue RandomObjectValue(int depth)
        {
            switch (_random.Next(4))
            {
                case 0:
                    var map = new Dictionary<string, string>();
                    int count = _random.Next(3);
                    for (int i = 0; i < count; i++)
                    {
                        map[Leaves[_random.Next(Leaves.Length)]] = "m" + _random.Next(3).ToString(CultureInfo.InvariantCulture);
                    }

                    return PatchValue.Map(map);
                case 1:
                    return PatchValue.Json(RandomObject(depth));
                case 2 when depth > 0:
                    var values = new Dictionary<string, PatchValue>();
                    foreach (string key in Leaves)
                    {
                        if (_random.Next(2) == 0)
                        {
                            values[key] = ValueFor(key, depth - 1);
                        }
                    }

                    return PatchValue.Map(values);
                default:
                    // An embedded typed patch keeps its modes: merging it can go deeper than a data object.
                    return PatchValue.Object(Sum(NextSetter(), NextSetter()).As<Csr>());
            }
        }

        private JsonObject RandomObject(int depth)
        {
            var result = new JsonObject();
            foreach (string key in Leaves)
            {
                if (_random.Next(2) != 0)
                {
                    continue;
                }

                result[key] = key switch
                {
                    "a" => new JsonArray(_random.Next(3), "x"),
                    "b" when depth > 0 => RandomObject(depth - 1),
                    "b" => new JsonObject(),
                    "c" => JsonValue.Create(_random.Next(3)),
                    _ => _random.Next(3) == 0 ? null : JsonValue.Create("d"),
                };
            }

            return result;
        }
    }
}
