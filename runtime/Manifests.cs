using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Internal;

namespace Kubesonnet;

/// <summary>Writes several manifests as one document: a Kubernetes <c>List</c>, or a YAML stream.</summary>
public static class Manifests
{
    /// <summary>
    /// Writes the manifests as a <c>v1</c> <c>List</c>: <c>{"apiVersion":"v1","items":[…],"kind":"List"}</c>
    /// (keys sorted, as everywhere), which <c>kubectl apply -f</c> accepts.
    /// </summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="indented">Whether to indent (see <see cref="Patch.ToJson"/>).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToJsonList(IEnumerable<Patch> items, bool indented = false)
    {
        object[] nodes = Collect(items);
        var list = new Patch(new[]
        {
            new Field("apiVersion", "v1", merge: false),
            new Field("items", nodes, merge: false),
            new Field("kind", "List", merge: false),
        });
        return list.ToJson(indented);
    }

    /// <summary>
    /// Writes the manifests as a YAML stream: each as <see cref="Patch.ToYaml"/> does, separated by <c>---</c>
    /// lines. No items give an empty string.
    /// </summary>
    /// <param name="items">The manifests, in order.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToYamlStream(IEnumerable<Patch> items)
    {
        object[] nodes = Collect(items);
        StringBuilder output = YamlWriter.Rent();
        for (int i = 0; i < nodes.Length; i++)
        {
            if (i > 0)
            {
                output.Append("---\n");
            }

            YamlWriter.AppendDocument(output, (Field[])nodes[i]);
        }

        return YamlWriter.Return(output);
    }

    private static object[] Collect(IEnumerable<Patch> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var nodes = new List<object>();
        foreach (Patch item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"items[{nodes.Count}] is null.", nameof(items));
            }

            nodes.Add(item.Fields);
        }

        return nodes.ToArray();
    }
}
