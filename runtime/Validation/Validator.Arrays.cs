using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>Arrays: length, items, uniqueness and the keys of list maps.</summary>
internal sealed partial class Validator
{
    private void CheckArray(SchemaNode s, object value)
    {
        ReadOnlySpan<object> items = Values.Items(value);
        if (s.MinItems >= 0 && items.Length < s.MinItems)
        {
            Report("minItems", value, "must have at least " + Count(s.MinItems, "item"));
        }

        if (s.MaxItems >= 0 && items.Length > s.MaxItems)
        {
            Report("maxItems", value, "must have at most " + Count(s.MaxItems, "item"));
        }

        if (s.Items is { } itemSchema)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (PlainLeaf(itemSchema, items[i]))
                {
                    continue;
                }

                Push(i);
                Check(items[i], itemSchema);
                Pop();
            }
        }

        if (items.Length > 1)
        {
            if (s.UniqueItems || s.ListType == ListType.Set)
            {
                CheckUnique(s, value, items);
            }

            if (s.ListType == ListType.Map && s.ListMapKeys is { Length: > 0 } keys)
            {
                CheckMapKeys(value, items, keys);
            }
        }
    }

    private void CheckUnique(SchemaNode s, object value, ReadOnlySpan<object> items)
    {
        // Lists are short: pairs are compared in place; a long list is sorted into buckets by hash first.
        if (FindEqualPair(items, keys: null, out int first, out int second))
        {
            string rule = s.UniqueItems ? "uniqueItems" : "x-kubernetes-list-type";
            string why = s.UniqueItems ? "items must be unique" : "x-kubernetes-list-type: set needs unique items";
            Report(rule, value, "items [" + Number(first) + "] and [" + Number(second) + "] are equal; " + why);
        }
    }

    private void CheckMapKeys(object value, ReadOnlySpan<object> items, string[] keys)
    {
        if (FindEqualPair(items, keys, out int first, out int second))
        {
            Field[] fields = Values.Fields(items[second]);
            Report("x-kubernetes-list-type", value, "items [" + Number(first) + "] and [" + Number(second) + "] have the same key (" + KeyText(fields, keys) + "); x-kubernetes-list-type: map needs unique keys (" + string.Join(", ", keys) + ")");
        }
    }

    // The first pair of items that are equal (keys null) or objects with equal keys, by the later item's index.
    private static bool FindEqualPair(ReadOnlySpan<object> items, string[]? keys, out int first, out int second)
    {
        Dictionary<int, List<int>>? buckets = items.Length > 16 ? new Dictionary<int, List<int>>() : null;
        for (int i = 0; i < items.Length; i++)
        {
            if (keys is not null && !Values.IsObject(items[i]))
            {
                continue;
            }

            if (buckets is null)
            {
                for (int j = 0; j < i; j++)
                {
                    if (Same(items[j], items[i], keys))
                    {
                        (first, second) = (j, i);
                        return true;
                    }
                }

                continue;
            }

            int hash = keys is null ? Hash(items[i]) : KeyHash(Values.Fields(items[i]), keys);
            if (!buckets.TryGetValue(hash, out List<int>? same))
            {
                buckets[hash] = new List<int> { i };
                continue;
            }

            foreach (int j in same)
            {
                if (Same(items[j], items[i], keys))
                {
                    (first, second) = (j, i);
                    return true;
                }
            }

            same.Add(i);
        }

        (first, second) = (-1, -1);
        return false;
    }

    private static bool Same(object a, object b, string[]? keys) =>
        keys is null
            ? Structural.EqualIgnoringModes(a, b)
            : Values.IsObject(a) && SameKeys(Values.Fields(a), Values.Fields(b), keys);

    private static bool SameKeys(Field[] a, Field[] b, string[] keys)
    {
        foreach (string key in keys)
        {
            int x = KeyOrder.Find(a, key);
            int y = KeyOrder.Find(b, key);
            if ((x < 0) != (y < 0) || (x >= 0 && !Structural.EqualIgnoringModes(a[x].Value, b[y].Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static int KeyHash(Field[] fields, string[] keys)
    {
        var hash = new HashCode();
        foreach (string key in keys)
        {
            int index = KeyOrder.Find(fields, key);
            hash.Add(index >= 0 ? Hash(fields[index].Value) : -1);
        }

        return hash.ToHashCode();
    }

    private static string KeyText(Field[] fields, string[] keys)
    {
        var text = new StringBuilder();
        foreach (string key in keys)
        {
            int index = KeyOrder.Find(fields, key);
            text.Append(text.Length > 0 ? ", " : "").Append(key).Append(": ").Append(index >= 0 ? JsonText.Write(fields[index].Value, indented: false) : "(absent)");
        }

        return text.ToString();
    }
}
