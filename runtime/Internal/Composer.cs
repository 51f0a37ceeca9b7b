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

    private static object? TryApplyPathIn(object value, string[] segments, int depth, object leaf, bool mergeLeaf)
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

    /// <summary>Two object values composed (<c>left + right</c>), or <see langword="null"/> on a conflict or when
    /// either is not an object: how a merge by key composes an item onto the element with its keys.</summary>
    public static object? TryComposeValues(object left, object right) =>
        Values.IsObject(left) && Values.IsObject(right) ? TryComposeObjects(left, right) : null;

    private static bool TryCombine(in Field left, in Field right, out Field result)
    {
        if (!right.Merge)
        {
            result = right;
            return true;
        }

        // Operations on an array (a merge by key, a map) act on a replaced value at once and wait behind a merged one.
        object? merged = right.Value is ArrayOps ops
            ? (left.Merge ? ops.After(left.Value) : ops.Apply(left.Value))
            : TryMerge(left.Value, right.Value);
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

        // A plain merged array after pending operations: one more append.
        if (left is ArrayOps ops && Values.IsArray(right))
        {
            return ops.ThenAppend(right);
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
            string what = rightValue is ArrayOps ops
                ? ops.DescribeConflict(leftValue)
                : $"cannot merge {Values.Describe(rightValue)} into {Values.Describe(leftValue)}";
            return new KubesonnetMergeException($"{where}: {what}", where, path.ToArray());
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
                // Operations that act (a merge by key, a map), and a plain array appended after them, are no conflict.
                bool composes = r is ArrayOps ops
                    ? (left[index].Merge ? ops.After(l) : ops.Apply(l)) is not null
                    : l is ArrayOps && Values.IsArray(r);
                if (!composes)
                {
                    leftValue = l;
                    rightValue = r;
                    return true;
                }
            }

            path.RemoveAt(path.Count - 1);
        }

        leftValue = null;
        rightValue = null;
        return false;
    }
}
