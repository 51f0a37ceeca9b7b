using System;
using System.Collections.Generic;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// The value of a field that acts on the array composed to its left (jsonnet's <c>f: g(super.f)</c>): a sequence of
/// operations, applied in order. Three operations exist: append items (what a plain merged array is), merge items
/// by key (an item whose keys equal an element's is composed onto that element with <c>+</c>, the others are
/// appended), and map every element through a function.
/// <para>
/// Composition stays associative because a field holding operations is a function of the value to its left, and
/// functions compose associatively: <c>left + ops</c> applies the operations at once when the left field is
/// replaced (its value is final), and otherwise concatenates the operation lists (the left field is itself still
/// waiting for a value). Onto nothing, the operations stay pending; rendered alone, they act on an empty array
/// (a map gives <c>[]</c>, a merge by key its items).
/// </para>
/// Operation lists are kept canonical, so equal functions built by different groupings are equal values: adjacent
/// appends are one append, adjacent merges by the same keys are one merge, and a list that is one append is a plain
/// array, never an <see cref="ArrayOps"/>. The items of a merge by key are merged among themselves when the merge is
/// made (an item whose keys repeat an earlier item's is composed onto it), so rendering never fails.
/// </summary>
internal sealed partial class ArrayOps : Node
{
    private readonly Op[] _ops;
    private object? _resolved;

    private ArrayOps(Op[] ops) : base(NodeKind.Array) => _ops = ops;

    /// <summary>The items the operations give when they act on an empty array: what a writer writes.</summary>
    public ReadOnlySpan<object> Items => Values.Items(_resolved ??= Apply(Array.Empty<object>()) ?? Array.Empty<object>());

    /// <summary>A merge by <paramref name="keys"/> of <paramref name="items"/> (objects), or <see langword="null"/>
    /// when two of the items have the same keys and cannot be composed.</summary>
    public static ArrayOps? MergeByKey(string[] keys, ReadOnlySpan<object> items)
    {
        object[]? merged = MergeInto(keys, Array.Empty<object>(), items);
        return merged is null ? null : new ArrayOps(new Op[] { new MergeOp(keys, merged) });
    }

    /// <summary>A map of every element through <paramref name="map"/>; two maps are equal when their
    /// <paramref name="identity"/> delegates are (the user's function, which <paramref name="map"/> may wrap).</summary>
    public static ArrayOps Map(Func<Patch, Patch> map, Delegate identity) => new(new Op[] { new MapOp(map, identity) });

    /// <summary>
    /// These operations acting on a final array value (the left field was replaced): the new array, or
    /// <see langword="null"/> on a conflict (the left value is not an array, or an element cannot be merged or mapped).
    /// </summary>
    public object? Apply(object left)
    {
        if (left is ArrayOps pending)
        {
            left = pending.Items.ToArray();
        }

        if (!Values.IsArray(left))
        {
            return null;
        }

        object? current = left;
        foreach (Op op in _ops)
        {
            current = op.Apply(current);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// These operations after a value still waiting for its left side (a merged field): the concatenated
    /// operations, or <see langword="null"/> when the left value is not an array or operations.
    /// </summary>
    public object? After(object left)
    {
        if (left is ArrayOps ops)
        {
            return Concat(ops._ops, _ops);
        }

        return Values.IsArray(left) ? Concat(new Op[] { new AppendOp(left) }, _ops) : null;
    }

    /// <summary>An append of <paramref name="right"/> (a plain merged array) after these operations.</summary>
    public object ThenAppend(object right) => Values.Items(right).IsEmpty ? this : Concat(_ops, new Op[] { new AppendOp(right) })!;

    // The canonical concatenation: runs of appends, and of merges by the same keys, joined at the seam.
    private static object? Concat(Op[] left, Op[] right)
    {
        var ops = new List<Op>(left.Length + right.Length);
        foreach (Op op in left)
        {
            if (op is not AppendOp { IsEmpty: true })
            {
                ops.Add(op);
            }
        }

        foreach (Op op in right)
        {
            // An empty append changes nothing in a field that already has operations.
            if (op is AppendOp { IsEmpty: true })
            {
                continue;
            }

            if (ops.Count > 0)
            {
                Op last = ops[^1];
                if (last is AppendOp a && op is AppendOp b)
                {
                    ops[^1] = new AppendOp(Values.Concat(a.Items, b.Items));
                    continue;
                }

                if (last is MergeOp m && op is MergeOp n && SameKeys(m.Keys, n.Keys))
                {
                    object[]? items = MergeInto(m.Keys, m.Items, n.Items);
                    if (items is null)
                    {
                        return null;
                    }

                    ops[^1] = new MergeOp(m.Keys, items);
                    continue;
                }
            }

            ops.Add(op);
        }

        return ops.Count switch
        {
            0 => Array.Empty<object>(),
            1 when ops[0] is AppendOp only => only.Items,
            _ => new ArrayOps(ops.ToArray()),
        };
    }

    /// <summary>Equality with modes: the same operations with equal items (a map: the same delegate).</summary>
    public bool SameOps(ArrayOps other)
    {
        if (_ops.Length != other._ops.Length)
        {
            return false;
        }

        for (int i = 0; i < _ops.Length; i++)
        {
            if (!_ops[i].Same(other._ops[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The operations as text, for <see cref="ModeText"/>: <c>append [..] | mergeBy(name) [..] | map</c>.</summary>
    public void AppendText(StringBuilder text, Action<StringBuilder, object> appendValue)
    {
        text.Append('<');
        for (int i = 0; i < _ops.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : " | ");
            _ops[i].AppendText(text, appendValue);
        }

        text.Append('>');
    }

    /// <summary>Describes why these operations cannot act on <paramref name="left"/> (after a conflict was found).</summary>
    public string DescribeConflict(object left)
    {
        if (!Values.IsArray(left) && left is not ArrayOps)
        {
            return $"cannot merge items by key or map them in {Values.Describe(left)}";
        }

        object current = left is ArrayOps pending ? pending.Items.ToArray() : left;
        foreach (Op op in _ops)
        {
            object? next = op.Apply(current);
            if (next is null)
            {
                return op.DescribeConflict(current);
            }

            current = next;
        }

        return "the operations conflict";
    }

    private abstract class Op
    {
        public abstract object? Apply(object array);

        public abstract bool Same(Op other);

        public abstract void AppendText(StringBuilder text, Action<StringBuilder, object> appendValue);

        public abstract string DescribeConflict(object array);
    }

    private sealed class AppendOp : Op
    {
        public AppendOp(object items) => Items = items;

        public object Items { get; }

        public bool IsEmpty => Values.Items(Items).IsEmpty;

        public override object? Apply(object array) => Values.Concat(array, Items);

        public override bool Same(Op other) => other is AppendOp o && Structural.Equal(Items, o.Items);

        public override void AppendText(StringBuilder text, Action<StringBuilder, object> appendValue)
        {
            text.Append("append ");
            appendValue(text, Items);
        }

        public override string DescribeConflict(object array) => "cannot append";
    }

    private sealed class MergeOp : Op
    {
        public MergeOp(string[] keys, object[] items)
        {
            Keys = keys;
            Items = items;
        }

        public string[] Keys { get; }

        public object[] Items { get; }

        public override object? Apply(object array) => MergeInto(Keys, Values.Items(array), Items);

        public override bool Same(Op other) =>
            other is MergeOp o && SameKeys(Keys, o.Keys) && Structural.Equal(Items, o.Items);

        public override void AppendText(StringBuilder text, Action<StringBuilder, object> appendValue)
        {
            text.Append("mergeBy(").Append(string.Join(", ", Keys)).Append(") ");
            appendValue(text, Items);
        }

        public override string DescribeConflict(object array)
        {
            if (MergeInto(Keys, Values.Items(array), Items, out int index, out object? element, out object? item) is not null)
            {
                return "cannot merge by key";
            }

            KubesonnetMergeException inner = Composer.DescribeConflict(Values.Fields(element!), Values.Fields(item!));
            return $"the item with the keys of element {index} ({string.Join(", ", Keys)}) cannot be merged into it: {inner.Message}";
        }
    }

    private sealed class MapOp : Op
    {
        private readonly Func<Patch, Patch> _map;
        private readonly Delegate _identity;

        public MapOp(Func<Patch, Patch> map, Delegate identity)
        {
            _map = map;
            _identity = identity;
        }

        public override object? Apply(object array)
        {
            ReadOnlySpan<object> elements = Values.Items(array);
            var mapped = new object[elements.Length];
            for (int i = 0; i < elements.Length; i++)
            {
                if (!Values.IsObject(elements[i]))
                {
                    return null;
                }

                Patch result = _map(Patch.Of(Values.Fields(elements[i])))
                    ?? throw new InvalidOperationException("The map function returned null.");
                mapped[i] = result.Fields;
            }

            return mapped;
        }

        public override bool Same(Op other) => other is MapOp o && _identity.Equals(o._identity);

        public override void AppendText(StringBuilder text, Action<StringBuilder, object> appendValue) =>
            text.Append("map ").Append(_identity.Method.Name);

        public override string DescribeConflict(object array)
        {
            ReadOnlySpan<object> elements = Values.Items(array);
            for (int i = 0; i < elements.Length; i++)
            {
                if (!Values.IsObject(elements[i]))
                {
                    return $"element {i} is {Values.Describe(elements[i])}, not an object to map";
                }
            }

            return "cannot map";
        }
    }
}
