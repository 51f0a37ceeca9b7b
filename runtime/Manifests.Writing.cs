using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Kubesonnet.Internal;

namespace Kubesonnet;

public static partial class Manifests
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
    public static string ToJsonList(IEnumerable<Patch> items, bool indented = false) => JsonText.Write(List(items), indented);

    /// <summary>Writes the manifests as a <c>v1</c> <c>List</c> (see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>), as UTF-8 to a stream.</summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<Patch> items, Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonText.Write(List(items), indented, Utf8Sink.For(stream));
    }

    /// <summary>Writes the manifests as a <c>v1</c> <c>List</c> (see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>), as UTF-8 to a buffer.</summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<Patch> items, IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(List(items), indented, Utf8Sink.For(output));
    }

    /// <summary>Writes the manifests as a <c>v1</c> <c>List</c> to a writer, with the writer's own options.</summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<Patch> items, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.WriteFields(writer, List(items));
    }

    /// <summary>
    /// Writes the manifests as a YAML stream: each as <see cref="Patch.ToYaml"/> does, separated by <c>---</c>
    /// lines. No items give an empty string.
    /// </summary>
    /// <param name="items">The manifests, in order.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToYamlStream(IEnumerable<Patch> items) => YamlWriter.Return(AppendYamlStream(items));

    /// <summary>Writes the manifests as a YAML stream (see <see cref="ToYamlStream(IEnumerable{Patch})"/>), as UTF-8 to a stream.</summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteYamlStream(IEnumerable<Patch> items, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteYamlDocuments(Roots(items), Utf8Sink.For(stream));
    }

    /// <summary>Writes the manifests as a YAML stream (see <see cref="ToYamlStream(IEnumerable{Patch})"/>), as UTF-8 to a buffer.</summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="output">The buffer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteYamlStream(IEnumerable<Patch> items, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteYamlDocuments(Roots(items), Utf8Sink.For(output));
    }

    /// <summary>
    /// Writes the manifests as a <c>v1</c> <c>List</c> (see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>) as UTF-8
    /// to a stream, asynchronously: the same bytes as <see cref="WriteJsonList(IEnumerable{Patch}, Stream, bool)"/>,
    /// rendered item by item and written with <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>
    /// whenever 64 KB are waiting, so that memory stays bounded by the largest item however many there are.
    /// </summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task WriteJsonListAsync(IEnumerable<Patch> items, Stream stream, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<Field[]> roots = Roots(items);
        return AsyncUtf8.WritePiecesAsync(
            stream,
            (Roots: roots, Indented: indented),
            roots.Count + 2,
            static (state, piece, sink) => WriteJsonListPiece(state.Roots, state.Indented, piece, sink),
            cancellationToken);
    }

    /// <summary>
    /// Writes the manifests as a YAML stream (see <see cref="ToYamlStream(IEnumerable{Patch})"/>) as UTF-8 to a stream,
    /// asynchronously: the same bytes as <see cref="WriteYamlStream(IEnumerable{Patch}, Stream)"/>, rendered document
    /// by document and written whenever 64 KB are waiting.
    /// </summary>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task WriteYamlStreamAsync(IEnumerable<Patch> items, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<Field[]> roots = Roots(items);
        return AsyncUtf8.WritePiecesAsync(
            stream,
            roots,
            roots.Count,
            static (roots, piece, sink) => YamlWriter.WriteStreamDocument(roots[piece], first: piece == 0, sink),
            cancellationToken);
    }

    // The one projection of manifests (generated types, IPatch items) to the patches these writers take: lazy, no
    // copy, enumerated once as the items themselves would be; a null item stays null (for Roots to name), an item
    // whose patch is null is {}.
    private static IEnumerable<Patch> Project<T>(IEnumerable<T> items, Func<T, Patch?> patchOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Lazily(items, patchOf);

        static IEnumerable<Patch> Lazily(IEnumerable<T> items, Func<T, Patch?> patchOf)
        {
            foreach (T item in items)
            {
                yield return item is null ? null! : patchOf(item) ?? Patch.Empty;
            }
        }
    }

    // Every item's fields, or an exception naming the first null item before anything is written.
    private static List<Field[]> Roots(IEnumerable<Patch> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var roots = new List<Field[]>();
        foreach (Patch item in items)
        {
            roots.Add(item?.Fields ?? throw new ArgumentException($"items[{roots.Count}] is null.", nameof(items)));
        }

        return roots;
    }

    private static Field[] List(IEnumerable<Patch> items)
    {
        List<Field[]> roots = Roots(items);
        var nodes = new object[roots.Count]; // an array value is exactly an object[] (see Values)
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = roots[i];
        }

        return new[]
        {
            new Field("apiVersion", "v1", merge: false),
            new Field("items", nodes, merge: false),
            new Field("kind", "List", merge: false),
        };
    }

    // Piece 0 of a List is its text up to the items, piece i its item i - 1, the last its text after them: together
    // what JsonText writes for List(items).
    private static void WriteJsonListPiece(List<Field[]> roots, bool indented, int piece, Utf8Sink sink)
    {
        if (piece == 0)
        {
            sink.Write(indented ? "{\n  \"apiVersion\": \"v1\",\n  \"items\": [" : "{\"apiVersion\":\"v1\",\"items\":[");
        }
        else if (piece <= roots.Count)
        {
            if (piece > 1)
            {
                sink.Write(",");
            }

            if (indented)
            {
                sink.Write("\n    ");
            }

            JsonText.WriteNested(roots[piece - 1], indented, depth: 2, sink);
        }
        else
        {
            sink.Write(!indented ? "],\"kind\":\"List\"}" : roots.Count == 0 ? "],\n  \"kind\": \"List\"\n}" : "\n  ],\n  \"kind\": \"List\"\n}");
        }
    }

    private static void WriteYamlDocuments(List<Field[]> roots, Utf8Sink sink)
    {
        for (int i = 0; i < roots.Count; i++)
        {
            YamlWriter.WriteStreamDocument(roots[i], first: i == 0, sink);
        }

        sink.Complete();
    }

    private static StringBuilder AppendYamlStream(IEnumerable<Patch> items)
    {
        List<Field[]> roots = Roots(items);
        StringBuilder output = YamlWriter.Rent();
        for (int i = 0; i < roots.Count; i++)
        {
            YamlWriter.AppendStreamDocument(output, roots[i], first: i == 0);
        }

        return output;
    }
}
