using System;
using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>
/// Jsonnet's <c>left + right</c> on field lists, computed eagerly. Per field of right: a replace wins; a merge
/// onto nothing stays a merge; a merge onto a field keeps that field's mode and merges the values
/// (objects: recursively by these rules; arrays: concatenated; anything else: a conflict).
/// The fast path reports a conflict as <see langword="null"/> and <see cref="DescribeConflict"/> walks the same
/// inputs again to name it, so composing never pays for path bookkeeping.
/// </summary>
internal static class Composer
{
    public static Field[] Compose(Field[] left, Field[] right)
    {
        Field[]? result = TryCompose(left, right);
        return result ?? throw DescribeConflict(left, right);
    }

    private static Field[]? TryCompose(Field[] left, Field[] right)
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
            return ComposeOne(left, right[0]);
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
            else
            {
                if (!TryCombine(left[l++], right[r++], out result[k++]))
                {
                    return null;
                }
            }
        }

        while (l < left.Length)
        {
            result[k++] = left[l++];
        }

        while (r < right.Length)
        {
            result[k++] = right[r++];
        }

        return result;
    }

    // The common case: a setter's single top-level field onto a built object.
    private static Field[]? ComposeOne(Field[] left, Field field)
    {
        int index = KeyOrder.Find(left, field.Name);
        Field[] result;
        if (index >= 0)
        {
            if (!TryCombine(left[index], field, out Field combined))
            {
                return null;
            }

            result = left.AsSpan().ToArray();
            result[index] = combined;
            return result;
        }

        index = ~index;
        result = new Field[left.Length + 1];
        Array.Copy(left, 0, result, 0, index);
        result[index] = field;
        Array.Copy(left, index, result, index + 1, left.Length - index);
        return result;
    }

    private static bool TryCombine(in Field left, in Field right, out Field result)
    {
        if (!right.Merge)
        {
            result = right;
            return true;
        }

        Node? merged = TryMerge(left.Value, right.Value);
        if (merged is null)
        {
            result = default;
            return false;
        }

        // Replace-then-merge stays a replace (of the merged value); merge-then-merge stays a merge.
        result = new Field(left.Name, merged, left.Merge);
        return true;
    }

    private static Node? TryMerge(Node left, Node right)
    {
        if (left.Kind == NodeKind.Object && right.Kind == NodeKind.Object)
        {
            var l = (ObjectNode)left;
            var r = (ObjectNode)right;
            Field[]? fields = TryCompose(l.Fields, r.Fields);
            if (fields is null)
            {
                return null;
            }

            return ReferenceEquals(fields, l.Fields) ? l : ReferenceEquals(fields, r.Fields) ? r : new ObjectNode(fields);
        }

        if (left.Kind == NodeKind.Array && right.Kind == NodeKind.Array)
        {
            return ArrayNode.Concat((ArrayNode)left, (ArrayNode)right);
        }

        return null;
    }

    /// <summary>Names the first conflict (in key order) that makes composing these field lists fail.</summary>
    public static KubesonnetMergeException DescribeConflict(Field[] left, Field[] right)
    {
        var path = new List<string>();
        if (FindConflict(left, right, path, out Node? leftValue, out Node? rightValue))
        {
            string where = PathText.Format(path);
            return new KubesonnetMergeException(
                $"{where}: cannot merge {rightValue.Describe()} into {leftValue.Describe()}",
                where,
                path.ToArray());
        }

        // Unreachable: only called after TryCompose found a conflict.
        return new KubesonnetMergeException("cannot merge these patches", string.Empty, Array.Empty<string>());
    }

    private static bool FindConflict(
        Field[] left,
        Field[] right,
        List<string> path,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? leftValue,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? rightValue)
    {
        foreach (Field field in right)
        {
            if (!field.Merge)
            {
                continue;
            }

            int index = KeyOrder.Find(left, field.Name);
            if (index < 0)
            {
                continue;
            }

            Node l = left[index].Value;
            Node r = field.Value;
            path.Add(field.Name);
            if (l.Kind == NodeKind.Object && r.Kind == NodeKind.Object)
            {
                if (FindConflict(((ObjectNode)l).Fields, ((ObjectNode)r).Fields, path, out leftValue, out rightValue))
                {
                    return true;
                }
            }
            else if (l.Kind != NodeKind.Array || r.Kind != NodeKind.Array)
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
