using System;
using System.Threading;

namespace Kubesonnet.Internal;

/// <summary>
/// A large JSON object: a persistent B+-tree of fields in <see cref="KeyOrder"/>. Objects start as plain
/// <see cref="Field"/>[] arrays, which every insertion copies whole; once a nested object (labels, annotations,
/// data) grows past <see cref="Threshold"/> fields, inserting makes it a tree instead, and each later insertion
/// or replacement copies only one leaf and the inner nodes above it: O(log n) instead of O(n), so 10,000 map
/// Mixins cost O(k log k), not O(k²). Small objects, the common case, never become trees. A tree is immutable;
/// its flattened field array is built once, on first read, for the writers and equality.
/// </summary>
internal sealed class ObjectTree : Node
{
    /// <summary>An object array this long becomes a tree when a field is inserted into it.</summary>
    public const int Threshold = 32;

    // Each insertion copies one leaf and one node per level: small leaves keep that copy small.
    private const int LeafCapacity = 32;
    private const int InnerCapacity = 32;

    // A leaf holds fields; an inner node holds children. FirstName is the smallest key below the node.
    private readonly Field[]? _leaf;
    private readonly ObjectTree[]? _children;
    private readonly string _firstName;
    private Field[]? _flat;

    public readonly int Count;

    private ObjectTree(Field[] leaf) : base(NodeKind.Object)
    {
        _leaf = leaf;
        _firstName = leaf[0].Name;
        Count = leaf.Length;
    }

    private ObjectTree(ObjectTree[] children) : base(NodeKind.Object)
    {
        _children = children;
        _firstName = children[0]._firstName;
        int count = 0;
        foreach (ObjectTree child in children)
        {
            count += child.Count;
        }

        Count = count;
    }

    /// <summary>The fields in key order (built on first use, then shared).</summary>
    public Field[] Fields
    {
        get
        {
            Field[]? flat = Volatile.Read(ref _flat);
            if (flat is null)
            {
                flat = _leaf ?? Flatten();
                flat = Interlocked.CompareExchange(ref _flat, flat, null) ?? flat;
            }

            return flat;
        }
    }

    /// <summary>A tree of fields already sorted and distinct (at least one).</summary>
    public static ObjectTree FromSorted(ReadOnlySpan<Field> fields)
    {
        // Leaves three-quarters full, so that the first insertions do not split at once.
        const int fill = LeafCapacity * 3 / 4;
        int leafCount = (fields.Length + fill - 1) / fill;
        var level = new ObjectTree[leafCount];
        for (int i = 0; i < leafCount; i++)
        {
            int start = i * fields.Length / leafCount;
            int end = (i + 1) * fields.Length / leafCount;
            level[i] = new ObjectTree(fields.Slice(start, end - start).ToArray());
        }

        while (level.Length > 1)
        {
            int parents = (level.Length + InnerCapacity - 1) / InnerCapacity;
            var next = new ObjectTree[parents];
            for (int i = 0; i < parents; i++)
            {
                int start = i * level.Length / parents;
                int end = (i + 1) * level.Length / parents;
                next[i] = new ObjectTree(level.AsSpan(start, end - start).ToArray());
            }

            level = next;
        }

        return level[0];
    }

    /// <summary>The field named <paramref name="name"/>, if there is one.</summary>
    public bool TryGet(string name, out Field field)
    {
        ObjectTree node = this;
        while (node._children is { } children)
        {
            node = children[ChildFor(children, name)];
        }

        int index = KeyOrder.Find(node._leaf!, name);
        if (index < 0)
        {
            field = default;
            return false;
        }

        field = node._leaf![index];
        return true;
    }

    /// <summary>A tree with <paramref name="field"/> added, or replacing the field of the same name.</summary>
    public ObjectTree Put(in Field field)
    {
        Put(this, field, out ObjectTree first, out ObjectTree? second);
        return second is null ? first : new ObjectTree(new[] { first, second });
    }

    private static void Put(ObjectTree node, in Field field, out ObjectTree first, out ObjectTree? second)
    {
        second = null;
        if (node._leaf is { } leaf)
        {
            int index = KeyOrder.Find(leaf, field.Name);
            if (index >= 0)
            {
                Field[] replaced = leaf.AsSpan().ToArray();
                replaced[index] = field;
                first = new ObjectTree(replaced);
                return;
            }

            index = ~index;
            var inserted = new Field[leaf.Length + 1];
            leaf.AsSpan(0, index).CopyTo(inserted);
            inserted[index] = field;
            leaf.AsSpan(index).CopyTo(inserted.AsSpan(index + 1));
            if (inserted.Length <= LeafCapacity)
            {
                first = new ObjectTree(inserted);
                return;
            }

            int half = inserted.Length / 2;
            first = new ObjectTree(inserted.AsSpan(0, half).ToArray());
            second = new ObjectTree(inserted.AsSpan(half).ToArray());
            return;
        }

        ObjectTree[] children = node._children!;
        int at = ChildFor(children, field.Name);
        Put(children[at], field, out ObjectTree child, out ObjectTree? sibling);
        ObjectTree[] updated;
        if (sibling is null)
        {
            updated = children.AsSpan().ToArray();
            updated[at] = child;
        }
        else
        {
            updated = new ObjectTree[children.Length + 1];
            children.AsSpan(0, at).CopyTo(updated);
            updated[at] = child;
            updated[at + 1] = sibling;
            children.AsSpan(at + 1).CopyTo(updated.AsSpan(at + 2));
        }

        if (updated.Length <= InnerCapacity)
        {
            first = new ObjectTree(updated);
            return;
        }

        int split = updated.Length / 2;
        first = new ObjectTree(updated.AsSpan(0, split).ToArray());
        second = new ObjectTree(updated.AsSpan(split).ToArray());
    }

    // The last child whose first key is not above the name (the first child for names below every key).
    private static int ChildFor(ObjectTree[] children, string name)
    {
        int lo = 1;
        int hi = children.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (KeyOrder.Compare(children[mid]._firstName, name) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo - 1;
    }

    private Field[] Flatten()
    {
        var result = new Field[Count];
        int written = 0;
        CopyTo(result, ref written);
        return result;
    }

    private void CopyTo(Field[] destination, ref int written)
    {
        if (_leaf is { } leaf)
        {
            leaf.CopyTo(destination, written);
            written += leaf.Length;
            return;
        }

        foreach (ObjectTree child in _children!)
        {
            child.CopyTo(destination, ref written);
        }
    }
}
