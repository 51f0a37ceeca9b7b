using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Kubesonnet.Internal;

/// <summary>
/// Jsonnet's <c>left + right</c> on field lists, computed eagerly. Per field of right: a replace wins; a merge
/// onto nothing stays a merge; a merge onto a field keeps that field's mode and merges the values
/// (objects: recursively by these rules; arrays: concatenated; anything else: a conflict).
/// The fast paths report a conflict as <see langword="null"/> and <see cref="DescribeConflict"/> walks the same
/// inputs again to name it, so composing never pays for path bookkeeping.
/// </summary>
internal static class Composer
{
    /// <summary>
    /// <paramref name="left"/> + <paramref name="right"/>, or <see langword="null"/> on a conflict. A
    /// nested object (not a manifest's root) may come back as an <see cref="ObjectTree"/> when an
    /// insertion makes it large; the root always stays an array.
    /// </summary>
    public static Field[]? TryCompose(Field[] left, Field[] right) => (Field[]?)TryCompose(left, right, nested: false);

    private static object? TryCompose(Field[] left, Field[] right, bool nested)
    {
        if (right.Length == 0)
        {
            return left;
        }

        // Every right field lands on nothing: replaces stay replaces, merges stay merges.
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 1)
        {
            return TryPut(left, right[0], nested);
        }

        int shared = 0;
        for (int i = 0, j = 0; i < left.Length && j < right.Length;)
        {
            int c = KeyOrder.Compare(left[i].Name, right[j].Name);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var result = new Field[left.Length + right.Length - shared];
        int l = 0;
        int r = 0;
        int k = 0;
        while (l < left.Length && r < right.Length)
        {
            int c = KeyOrder.Compare(left[l].Name, right[r].Name);
            if (c < 0)
            {
                result[k++] = left[l++];
            }
            else if (c > 0)
            {
                result[k++] = right[r++];
            }
            else if (!TryCombine(left[l++], right[r++], out result[k++]))
            {
                return null;
            }
        }

        left.AsSpan(l).CopyTo(result.AsSpan(k));
        right.AsSpan(r).CopyTo(result.AsSpan(k + left.Length - l));
        return result;
    }

    // Two nested objects, either of which may be a tree. A few fields onto a tree are put one by one (O(log n)
    // each); two large objects are merged as arrays and made a tree again.
    private static object? TryComposeObjects(object left, object right)
    {
        if (left.GetType() == typeof(Field[]) && right.GetType() == typeof(Field[]))
        {
            return TryCompose((Field[])left, (Field[])right, nested: true);
        }

        Field[] rightFields = Values.Fields(right);
        if (left is ObjectTree tree && rightFields.Length <= ObjectTree.Threshold)
        {
            foreach (Field field in rightFields)
            {
                ObjectTree? next = TryPut(tree, field);
                if (next is null)
                {
                    return null;
                }

                tree = next;
            }

            return tree;
        }

        Field[] leftFields = Values.Fields(left);
        if (right is ObjectTree rightTree && leftFields.Length <= ObjectTree.Threshold)
        {
            // Start from the right side: the left's fields go in where the right lacks them, and combine where
            // it has them (the right side still wins, as in TryCombine).
            foreach (Field field in leftFields)
            {
                if (rightTree.TryGet(field.Name, out Field over))
                {
                    if (!TryCombine(field, over, out Field combined))
                    {
                        return null;
                    }

                    rightTree = rightTree.Put(combined);
                }
                else
                {
                    rightTree = rightTree.Put(field);
                }
            }

            return rightTree;
        }

        object? merged = TryCompose(leftFields, rightFields, nested: true);
        return merged is Field[] array && array.Length > ObjectTree.Threshold ? ObjectTree.FromSorted(array) : merged;
    }

    /// <summary>
    /// <paramref name="left"/> + the setter or mixin <c>{ a+: { b+: { c: leaf } } }</c> (<c>c+:</c> when
    /// <paramref name="mergeLeaf"/>) for the path <paramref name="segments"/>, without building that patch:
    /// only the fields along the path are copied. <see langword="null"/> on a conflict.
    /// </summary>
    public static Field[]? TryApplyPath(Field[] left, string[] segments, int depth, object leaf, bool mergeLeaf) =>
        (Field[]?)TryApplyPath(left, segments, depth, leaf, mergeLeaf, nested: false);

    private static object? TryApplyPath(Field[] left, string[] segments, int depth, object leaf, bool mergeLeaf, bool nested)
    {
        string name = segments[depth];
        if (depth == segments.Length - 1)
        {
            return TryPut(left, new Field(name, leaf, mergeLeaf), nested);
        }

        int index = KeyOrder.Find(left, name);
        if (index < 0)
        {
            return Insert(left, ~index, new Field(name, BuildPath(segments, depth + 1, leaf, mergeLeaf), merge: true), nested);
        }

        // A merged parent onto an existing field: both must be objects.
        Field existing = left[index];
        object? inner = TryApplyPathIn(existing.Value, segments, depth + 1, leaf, mergeLeaf);
        return inner is null ? null : Replace(left, index, new Field(existing.Name, inner, existing.Merge));
    }

    internal static object? TryApplyPathIn(object value, string[] segments, int depth, object leaf, bool mergeLeaf)
    {
        if (value.GetType() == typeof(Field[]))
        {
            return TryApplyPath((Field[])value, segments, depth, leaf, mergeLeaf, nested: true);
        }

        if (value is not ObjectTree tree)
        {
            return null;
        }

        string name = segments[depth];
        if (depth == segments.Length - 1)
        {
            return TryPut(tree, new Field(name, leaf, mergeLeaf));
        }

        if (!tree.TryGet(name, out Field existing))
        {
            return tree.Put(new Field(name, BuildPath(segments, depth + 1, leaf, mergeLeaf), merge: true));
        }

        object? inner = TryApplyPathIn(existing.Value, segments, depth + 1, leaf, mergeLeaf);
        return inner is null ? null : tree.Put(new Field(existing.Name, inner, existing.Merge));
    }

    /// <summary>A setter or mixin waiting in a deferred chain (see <see cref="Patch"/>).</summary>
    public readonly struct Setter
    {
        public readonly string[] Path;
        public readonly object Leaf;
        public readonly bool MergeLeaf;

        public Setter(string[] path, object leaf, bool mergeLeaf)
        {
            Path = path;
            Leaf = leaf;
            MergeLeaf = mergeLeaf;
        }
    }

    /// <summary>Whether one path is the other or lies inside it.</summary>
    public static bool Overlap(string[] a, string[] b)
    {
        int shared = Math.Min(a.Length, b.Length);
        for (int i = 0; i < shared; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether applying the setter to <paramref name="root"/> cannot conflict: every existing parent along its
    /// path is an object, and a merged leaf meets nothing or a value of its own kind. Reads only.
    /// </summary>
    public static bool Accepts(Field[] root, string[] path, object leaf, bool mergeLeaf)
    {
        object current = root;
        for (int depth = 0; depth < path.Length; depth++)
        {
            Field field;
            if (current.GetType() == typeof(Field[]))
            {
                Field[] fields = (Field[])current;
                int index = KeyOrder.Find(fields, path[depth]);
                if (index < 0)
                {
                    return true;
                }

                field = fields[index];
            }
            else if (!((ObjectTree)current).TryGet(path[depth], out field))
            {
                return true;
            }

            object value = field.Value;
            if (depth < path.Length - 1)
            {
                if (!Values.IsObject(value))
                {
                    return false;
                }

                current = value;
            }
            else if (mergeLeaf)
            {
                // Arrays always append; objects merge without a conflict when the leaf replaces every field it
                // has (a map of data), since only a merged field can meet a value it cannot merge with.
                return (Values.IsArray(value) && Values.IsArray(leaf))
                    || (Values.IsObject(value) && Values.IsObject(leaf) && !HasMergedField(leaf));
            }
        }

        return true;
    }

    /// <summary>
    /// Applies setters none of which overlaps another (see <see cref="Overlap"/>) and each of which
    /// <see cref="Accepts"/> the root: each object along their paths is copied once, whatever the number of
    /// setters that reach into it. The setters' order does not matter, since they do not overlap.
    /// </summary>
    public static Field[] ApplyDeferred(Field[] root, Span<Setter> setters) => (Field[])Apply(root, setters, 0, nested: false);

    // `setters` all reach below this object, at `depth` of their paths: grouped by the field they go through, in
    // key order, and merged with the object's fields in one pass.
    private static object Apply(object target, Span<Setter> setters, int depth, bool nested)
    {
        if (target is ObjectTree tree)
        {
            object applied = tree;
            foreach (Setter setter in setters)
            {
                applied = TryApplyPathIn(applied, setter.Path, depth, setter.Leaf, setter.MergeLeaf) ?? throw Unexpected();
            }

            return applied;
        }

        Field[] fields = (Field[])target;
        if (setters.Length == 1)
        {
            Setter only = setters[0];
            return TryApplyPath(fields, only.Path, depth, only.Leaf, only.MergeLeaf, nested) ?? throw Unexpected();
        }

        SortByName(setters, depth);
        int added = 0;
        for (int s = 0, f = 0; s < setters.Length; s = NextGroup(setters, s, depth))
        {
            string name = setters[s].Path[depth];
            while (f < fields.Length && KeyOrder.Compare(fields[f].Name, name) < 0)
            {
                f++;
            }

            if (f >= fields.Length || !string.Equals(fields[f].Name, name, StringComparison.Ordinal))
            {
                added++;
            }
        }

        var result = new Field[fields.Length + added];
        int k = 0;
        int next = 0;
        for (int s = 0; s < setters.Length;)
        {
            int end = NextGroup(setters, s, depth);
            string name = setters[s].Path[depth];
            while (next < fields.Length && KeyOrder.Compare(fields[next].Name, name) < 0)
            {
                result[k++] = fields[next++];
            }

            bool exists = next < fields.Length && string.Equals(fields[next].Name, name, StringComparison.Ordinal);
            Setter first = setters[s];
            if (first.Path.Length == depth + 1)
            {
                // The setter of this very field (no other setter reaches here: it would overlap).
                var field = new Field(name, first.Leaf, first.MergeLeaf);
                if (exists && !TryCombine(fields[next++], field, out field))
                {
                    throw Unexpected();
                }

                result[k++] = field;
            }
            else if (exists)
            {
                Field existing = fields[next++];
                result[k++] = new Field(name, Apply(existing.Value, setters.Slice(s, end - s), depth + 1, nested: true), existing.Merge);
            }
            else
            {
                result[k++] = new Field(name, Apply(Values.EmptyObject, setters.Slice(s, end - s), depth + 1, nested: true), merge: true);
            }

            s = end;
        }

        fields.AsSpan(next).CopyTo(result.AsSpan(k));
        return result;
    }

    private static bool HasMergedField(object obj)
    {
        foreach (Field field in Values.Fields(obj))
        {
            if (field.Merge)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextGroup(Span<Setter> setters, int start, int depth)
    {
        string name = setters[start].Path[depth];
        int end = start + 1;
        while (end < setters.Length && string.Equals(setters[end].Path[depth], name, StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    // Insertion sort: a chain holds a few dozen setters at most, usually already grouped.
    private static void SortByName(Span<Setter> setters, int depth)
    {
        for (int i = 1; i < setters.Length; i++)
        {
            Setter current = setters[i];
            string name = current.Path[depth];
            int j = i - 1;
            while (j >= 0 && KeyOrder.Compare(setters[j].Path[depth], name) > 0)
            {
                setters[j + 1] = setters[j];
                j--;
            }

            setters[j + 1] = current;
        }
    }

    private static InvalidOperationException Unexpected() =>
        new("Kubesonnet: a deferred setter met a conflict that composing had ruled out.");

    /// <summary>The object <c>{ segments[depth]+: { … { last: leaf } } }</c>.</summary>
    public static Field[] BuildPath(string[] segments, int depth, object leaf, bool mergeLeaf)
    {
        int last = segments.Length - 1;
        Field[] fields = { new Field(segments[last], leaf, mergeLeaf) };
        for (int i = last - 1; i >= depth; i--)
        {
            fields = new[] { new Field(segments[i], fields, merge: true) };
        }

        return fields;
    }

    // left + { field }: the common case of a single top-level field.
    private static object? TryPut(Field[] left, Field field, bool nested)
    {
        int index = KeyOrder.Find(left, field.Name);
        if (index < 0)
        {
            return Insert(left, ~index, field, nested);
        }

        return TryCombine(left[index], field, out Field combined) ? Replace(left, index, combined) : null;
    }

    private static ObjectTree? TryPut(ObjectTree tree, Field field)
    {
        if (!tree.TryGet(field.Name, out Field existing))
        {
            return tree.Put(field);
        }

        return TryCombine(existing, field, out Field combined) ? tree.Put(combined) : null;
    }

    private static object Insert(Field[] fields, int index, Field field, bool nested)
    {
        if (nested && fields.Length >= ObjectTree.Threshold)
        {
            return ObjectTree.FromSorted(fields).Put(field);
        }

        var result = new Field[fields.Length + 1];
        fields.AsSpan(0, index).CopyTo(result);
        result[index] = field;
        fields.AsSpan(index).CopyTo(result.AsSpan(index + 1));
        return result;
    }

    private static Field[] Replace(Field[] fields, int index, Field field)
    {
        Field[] result = fields.AsSpan().ToArray();
        result[index] = field;
        return result;
    }

    private static bool TryCombine(in Field left, in Field right, out Field result)
    {
        if (!right.Merge)
        {
            result = right;
            return true;
        }

        object? merged = TryMerge(left.Value, right.Value);
        if (merged is null)
        {
            result = default;
            return false;
        }

        // Replace-then-merge stays a replace (of the merged value); merge-then-merge stays a merge.
        result = new Field(left.Name, merged, left.Merge);
        return true;
    }

    private static object? TryMerge(object left, object right)
    {
        if (Values.IsObject(left) && Values.IsObject(right))
        {
            return TryComposeObjects(left, right);
        }

        if (Values.IsArray(left) && Values.IsArray(right))
        {
            return Values.Concat(left, right);
        }

        return null;
    }

    /// <summary>Names the first conflict (in key order) that makes composing these field lists fail.</summary>
    public static KubesonnetMergeException DescribeConflict(Field[] left, Field[] right)
    {
        var path = new List<string>();
        if (FindConflict(left, right, path, out object? leftValue, out object? rightValue))
        {
            string where = PathText.Format(path);
            return new KubesonnetMergeException(
                $"{where}: cannot merge {Values.Describe(rightValue)} into {Values.Describe(leftValue)}",
                where,
                path.ToArray());
        }

        // Unreachable: only called after a compose found a conflict.
        return new KubesonnetMergeException("The patches cannot be merged.", string.Empty, Array.Empty<string>());
    }

    private static bool FindConflict(
        Field[] left,
        Field[] right,
        List<string> path,
        [NotNullWhen(true)] out object? leftValue,
        [NotNullWhen(true)] out object? rightValue)
    {
        foreach (Field field in right)
        {
            int index = field.Merge ? KeyOrder.Find(left, field.Name) : -1;
            if (index < 0)
            {
                continue;
            }

            object l = left[index].Value;
            object r = field.Value;
            path.Add(field.Name);
            if (Values.IsObject(l) && Values.IsObject(r))
            {
                if (FindConflict(Values.Fields(l), Values.Fields(r), path, out leftValue, out rightValue))
                {
                    return true;
                }
            }
            else if (!Values.IsArray(l) || !Values.IsArray(r))
            {
                leftValue = l;
                rightValue = r;
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        leftValue = null;
        rightValue = null;
        return false;
    }
}
