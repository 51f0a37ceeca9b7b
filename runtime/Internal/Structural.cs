using System;

namespace Kubesonnet.Internal;

/// <summary>Structural equality and hashing of values: same keys, modes and values; numbers by JSON text.</summary>
internal static class Structural
{
    public static bool Equal(Field[] a, Field[] b) => Equal(a, b, modes: true);

    /// <summary>Equality of what the values render: the same, with every field's mode ignored.</summary>
    public static bool EqualIgnoringModes(Field[] a, Field[] b) => Equal(a, b, modes: false);

    private static bool Equal(Field[] a, Field[] b, bool modes)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if ((modes && a[i].Merge != b[i].Merge)
                || !string.Equals(a[i].Name, b[i].Name, StringComparison.Ordinal)
                || !Equal(a[i].Value, b[i].Value, modes))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Equal(object a, object b) => Equal(a, b, modes: true);

    /// <summary>Whether two values render the same JSON (modes ignored; numbers by text).</summary>
    public static bool EqualIgnoringModes(object a, object b) => Equal(a, b, modes: false);

    private static bool Equal(object a, object b, bool modes)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        // Pending operations compose differently from the array they render; with modes they equal only themselves.
        if (modes && (a is ArrayOps || b is ArrayOps))
        {
            return a is ArrayOps x && b is ArrayOps y && x.SameOps(y);
        }

        NodeKind kind = Values.Kind(a);
        if (kind != Values.Kind(b))
        {
            return false;
        }

        switch (kind)
        {
            case NodeKind.String:
                return string.Equals(Values.Text(a), Values.Text(b), StringComparison.Ordinal);
            case NodeKind.Number:
                return ((NumberNode)a).SameNumber((NumberNode)b);
            case NodeKind.Array:
                ReadOnlySpan<object> x = Values.Items(a);
                ReadOnlySpan<object> y = Values.Items(b);
                if (x.Length != y.Length)
                {
                    return false;
                }

                for (int i = 0; i < x.Length; i++)
                {
                    if (!Equal(x[i], y[i], modes))
                    {
                        return false;
                    }
                }

                return true;
            case NodeKind.Object:
                return Equal(Values.Fields(a), Values.Fields(b), modes);
            default:
                return true; // null, true, false: the kind is the value
        }
    }

    public static int Hash(Field[] fields)
    {
        var hash = new HashCode();
        hash.Add(NodeKind.Object);
        hash.Add(fields.Length);
        foreach (Field field in fields)
        {
            hash.Add(field.Name, StringComparer.Ordinal);
            hash.Add(field.Merge);
            hash.Add(Hash(field.Value));
        }

        return hash.ToHashCode();
    }

    public static int Hash(object value)
    {
        NodeKind kind = Values.Kind(value);
        switch (kind)
        {
            case NodeKind.String:
                return HashCode.Combine(kind, StringComparer.Ordinal.GetHashCode(Values.Text(value)));
            case NodeKind.Number:
                return HashCode.Combine(kind, StringComparer.Ordinal.GetHashCode(((NumberNode)value).Text));
            case NodeKind.Array:
                var hash = new HashCode();
                hash.Add(kind);
                foreach (object item in Values.Items(value))
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case NodeKind.Object:
                return Hash(Values.Fields(value));
            default:
                return (int)kind;
        }
    }
}
