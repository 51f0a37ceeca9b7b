using System;
using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>Merges by key: which element an item meets, by the values of its keys.</summary>
internal sealed partial class ArrayOps
{
    // Each item composed onto the first element with its keys, or appended; null on a conflict.
    private static object[]? MergeInto(string[] keys, ReadOnlySpan<object> elements, ReadOnlySpan<object> items) =>
        MergeInto(keys, elements, items, out _, out _, out _);

    // The same, saying on a conflict which element (its index and value then) met which item.
    private static object[]? MergeInto(
        string[] keys, ReadOnlySpan<object> elements, ReadOnlySpan<object> items, out int failedIndex, out object? failedElement, out object? failedItem)
    {
        var result = new List<object>(elements.Length + items.Length);
        foreach (object element in elements)
        {
            result.Add(element);
        }

        foreach (object item in items)
        {
            int index = IndexOfMatch(keys, result, item);
            if (index < 0)
            {
                result.Add(item);
                continue;
            }

            object? combined = Composer.TryComposeValues(result[index], item);
            if (combined is null)
            {
                (failedIndex, failedElement, failedItem) = (index, result[index], item);
                return null;
            }

            result[index] = combined;
        }

        (failedIndex, failedElement, failedItem) = (-1, null, null);
        return result.ToArray();
    }

    /// <summary>
    /// The index of the first element whose keys equal the item's: for every key both have the field with
    /// structurally equal values, or both lack it; and at least one key is present. -1 when none.
    /// </summary>
    public static int IndexOfMatch(string[] keys, IReadOnlyList<object> elements, object item)
    {
        if (!Values.IsObject(item))
        {
            return -1;
        }

        Field[] itemFields = Values.Fields(item);
        for (int i = 0; i < elements.Count; i++)
        {
            if (Values.IsObject(elements[i]) && KeysMatch(keys, Values.Fields(elements[i]), itemFields))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool KeysMatch(string[] keys, Field[] element, Field[] item)
    {
        bool any = false;
        foreach (string key in keys)
        {
            int x = KeyOrder.Find(element, key);
            int y = KeyOrder.Find(item, key);
            if (x < 0 && y < 0)
            {
                continue;
            }

            if (x < 0 || y < 0 || !Structural.EqualIgnoringModes(element[x].Value, item[y].Value))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool SameKeys(string[] a, string[] b) => a.AsSpan().SequenceEqual(b);
}
