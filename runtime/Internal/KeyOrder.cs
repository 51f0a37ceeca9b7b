using System;

namespace Kubesonnet.Internal;

/// <summary>
/// The order of object keys: by Unicode code point, as jsonnet sorts them. UTF-16 ordinal order agrees with
/// code point order except that surrogates (U+D800–U+DFFF, which encode code points ≥ U+10000) sort below
/// U+E000–U+FFFF; <see cref="Compare"/> fixes that up at the first differing char.
/// </summary>
internal static class KeyOrder
{
    public static int Compare(string a, string b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        int shorter = Math.Min(a.Length, b.Length);
        for (int i = 0; i < shorter; i++)
        {
            int x = a[i];
            int y = b[i];
            if (x != y)
            {
                if (x >= 0xD800 && y >= 0xD800)
                {
                    x = Rank(x);
                    y = Rank(y);
                }

                return x - y;
            }
        }

        return a.Length - b.Length;
    }

    // Moves surrogates above U+E000–U+FFFF; only called for chars >= U+D800.
    private static int Rank(int c) => c >= 0xE000 ? c - 0x800 : c + 0x2000;

    /// <summary>
    /// Finds <paramref name="name"/> in sorted <paramref name="fields"/>: its index, or the bitwise complement
    /// of the index where it would be inserted (like <see cref="Array.BinarySearch(Array, object)"/>).
    /// </summary>
    public static int Find(Field[] fields, string name)
    {
        int lo = 0;
        int hi = fields.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = Compare(fields[mid].Name, name);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> fields in place and returns the name of a duplicate key, or
    /// <see langword="null"/> when all keys are distinct.
    /// </summary>
    public static string? SortAndFindDuplicate(Field[] fields, int count)
    {
        if (count <= 16)
        {
            for (int i = 1; i < count; i++)
            {
                Field current = fields[i];
                int j = i - 1;
                while (j >= 0 && Compare(fields[j].Name, current.Name) > 0)
                {
                    fields[j + 1] = fields[j];
                    j--;
                }

                fields[j + 1] = current;
            }
        }
        else
        {
            Array.Sort(fields, 0, count, FieldComparer.Instance);
        }

        for (int i = 1; i < count; i++)
        {
            if (string.Equals(fields[i - 1].Name, fields[i].Name, StringComparison.Ordinal))
            {
                return fields[i].Name;
            }
        }

        return null;
    }

    private sealed class FieldComparer : System.Collections.Generic.IComparer<Field>
    {
        public static readonly FieldComparer Instance = new();

        public int Compare(Field x, Field y) => KeyOrder.Compare(x.Name, y.Name);
    }
}
