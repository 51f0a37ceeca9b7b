using System;

namespace Kubesonnet.Internal;

/// <summary>Structural equality and hashing of nodes: same keys, modes and values; numbers by JSON text.</summary>
internal static class Structural
{
    public static bool Equal(Field[] a, Field[] b)
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
            if (a[i].Merge != b[i].Merge
                || !string.Equals(a[i].Name, b[i].Name, StringComparison.Ordinal)
                || !Equal(a[i].Value, b[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Equal(Node a, Node b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case NodeKind.String:
                return string.Equals(((StringNode)a).Value, ((StringNode)b).Value, StringComparison.Ordinal);
            case NodeKind.Number:
                return ((NumberNode)a).SameNumber((NumberNode)b);
            case NodeKind.Array:
                ReadOnlySpan<Node> x = ((ArrayNode)a).Items;
                ReadOnlySpan<Node> y = ((ArrayNode)b).Items;
                if (x.Length != y.Length)
                {
                    return false;
                }

                for (int i = 0; i < x.Length; i++)
                {
                    if (!Equal(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            case NodeKind.Object:
                return Equal(((ObjectNode)a).Fields, ((ObjectNode)b).Fields);
            default:
                return true; // null, true, false: the kind is the value
        }
    }

    public static int Hash(Field[] fields)
    {
        var hash = new HashCode();
        hash.Add(fields.Length);
        foreach (Field field in fields)
        {
            hash.Add(field.Name, StringComparer.Ordinal);
            hash.Add(field.Merge);
            hash.Add(Hash(field.Value));
        }

        return hash.ToHashCode();
    }

    public static int Hash(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.String:
                return HashCode.Combine(NodeKind.String, StringComparer.Ordinal.GetHashCode(((StringNode)node).Value));
            case NodeKind.Number:
                return HashCode.Combine(NodeKind.Number, StringComparer.Ordinal.GetHashCode(((NumberNode)node).Text));
            case NodeKind.Array:
                var hash = new HashCode();
                hash.Add(NodeKind.Array);
                foreach (Node item in ((ArrayNode)node).Items)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            case NodeKind.Object:
                return HashCode.Combine(NodeKind.Object, Hash(((ObjectNode)node).Fields));
            default:
                return (int)node.Kind;
        }
    }
}
