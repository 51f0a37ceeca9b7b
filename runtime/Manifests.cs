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

/// <summary>
/// Several manifests at once: written as one document (a Kubernetes <c>List</c>, or a YAML stream), and read back
/// from JSON or YAML (one or many documents) as patches, untyped or checked against a generated kind.
/// </summary>
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

    // ---- typed items: each as its Patch (a default value, which may hold none, as {}) ----

    /// <summary>
    /// Writes typed manifests as a <c>v1</c> <c>List</c>; see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>. A
    /// <see langword="default"/> item is the empty object <c>{}</c>.
    /// </summary>
    /// <typeparam name="T">A generated type (<c>CertificateSigningRequest</c>).</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static string ToJsonList<T>(IEnumerable<T> items, bool indented = false)
        where T : struct, IPatch<T> => ToJsonList(Patches(items), indented);

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c>, as UTF-8 to a stream; see <see cref="WriteJsonList(IEnumerable{Patch}, Stream, bool)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJsonList<T>(IEnumerable<T> items, Stream stream, bool indented = false)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteJsonList(Patches(items), stream, indented);
    }

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c>, as UTF-8 to a buffer; see <see cref="WriteJsonList(IEnumerable{Patch}, IBufferWriter{byte}, bool)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJsonList<T>(IEnumerable<T> items, IBufferWriter<byte> output, bool indented = false)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteJsonList(Patches(items), output, indented);
    }

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c> to a writer; see <see cref="WriteJsonList(IEnumerable{Patch}, Utf8JsonWriter)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJsonList<T>(IEnumerable<T> items, Utf8JsonWriter writer)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteJsonList(Patches(items), writer);
    }

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c> to a stream, asynchronously; see <see cref="WriteJsonListAsync(IEnumerable{Patch}, Stream, bool, CancellationToken)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task WriteJsonListAsync<T>(IEnumerable<T> items, Stream stream, bool indented = false, CancellationToken cancellationToken = default)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteJsonListAsync(Patches(items), stream, indented, cancellationToken);
    }

    /// <summary>
    /// Writes typed manifests as a YAML stream; see <see cref="ToYamlStream(IEnumerable{Patch})"/>. A
    /// <see langword="default"/> item is the empty object (<c>{}</c>).
    /// </summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static string ToYamlStream<T>(IEnumerable<T> items)
        where T : struct, IPatch<T> => ToYamlStream(Patches(items));

    /// <summary>Writes typed manifests as a YAML stream, as UTF-8 to a stream; see <see cref="WriteYamlStream(IEnumerable{Patch}, Stream)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteYamlStream<T>(IEnumerable<T> items, Stream stream)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteYamlStream(Patches(items), stream);
    }

    /// <summary>Writes typed manifests as a YAML stream, as UTF-8 to a buffer; see <see cref="WriteYamlStream(IEnumerable{Patch}, IBufferWriter{byte})"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="output">The buffer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteYamlStream<T>(IEnumerable<T> items, IBufferWriter<byte> output)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteYamlStream(Patches(items), output);
    }

    /// <summary>Writes typed manifests as a YAML stream to a stream, asynchronously; see <see cref="WriteYamlStreamAsync(IEnumerable{Patch}, Stream, CancellationToken)"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task WriteYamlStreamAsync<T>(IEnumerable<T> items, Stream stream, CancellationToken cancellationToken = default)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteYamlStreamAsync(Patches(items), stream, cancellationToken);
    }

    /// <summary>
    /// Reads manifests from JSON or YAML. Text whose first character (after whitespace) is <c>{</c> or <c>[</c> is
    /// JSON: one value or several one after another; anything else is a YAML stream of documents separated by
    /// <c>---</c> (empty documents are skipped). Every document must be an object; a JSON array's elements and
    /// the items of a <c>kind: List</c> are manifests in their own right, each returned in its place. Fields are
    /// all replaced (see <see cref="Patch.FromJson"/>): composing setters onto a manifest read keeps every field
    /// it had, known to a schema or not. Numbers keep their exact value and, where it is valid JSON, their text.
    /// </summary>
    /// <param name="text">The JSON or YAML text.</param>
    /// <returns>The manifests, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text is not JSON or YAML, or a document is not a manifest;
    /// the exception gives the line, column, document and path.</exception>
    public static IReadOnlyList<Patch> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Unwrap(ReadEntries(text));
    }

    /// <summary>Reads manifests from a stream of UTF-8 (or, with a byte order mark, UTF-16) text; see <see cref="Read(string)"/>.</summary>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <returns>The manifests, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text is not JSON or YAML, or a document is not a manifest.</exception>
    public static IReadOnlyList<Patch> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Unwrap(ReadEntries(stream));
    }

    /// <summary>
    /// Reads manifests (see <see cref="Read(string)"/>) that must all be of the kind <typeparamref name="T"/>: each
    /// document's <c>apiVersion</c> and <c>kind</c> are checked against the type's.
    /// </summary>
    /// <typeparam name="T">A generated kind (<c>CertificateSigningRequest</c>).</typeparam>
    /// <param name="text">The JSON or YAML text.</param>
    /// <returns>The manifests, typed, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text cannot be read, or a document lacks the type's
    /// <c>apiVersion</c> or <c>kind</c>; the exception gives the line, column, document and path.</exception>
    public static IReadOnlyList<T> Read<T>(string text)
        where T : struct, IKubernetesObject<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return Typed<T>(ReadEntries(text));
    }

    /// <summary>Reads manifests of the kind <typeparamref name="T"/> from a stream; see <see cref="Read{T}(string)"/>.</summary>
    /// <typeparam name="T">A generated kind.</typeparam>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <returns>The manifests, typed, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text cannot be read, or a document is of another kind.</exception>
    public static IReadOnlyList<T> Read<T>(Stream stream)
        where T : struct, IKubernetesObject<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Typed<T>(ReadEntries(stream));
    }

    /// <summary>
    /// Reads manifests from a stream asynchronously: the stream is read to its end with
    /// <see cref="Stream.CopyToAsync(Stream, CancellationToken)"/>, then the text is read as
    /// <see cref="Read(Stream)"/> reads it (UTF-8, or UTF-16 with a byte order mark).
    /// </summary>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The manifests, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text is not JSON or YAML, or a document is not a manifest (in
    /// the task).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task<IReadOnlyList<Patch>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Core(stream, cancellationToken);

        static async Task<IReadOnlyList<Patch>> Core(Stream stream, CancellationToken cancellationToken) =>
            Unwrap(ReadEntries(await AsyncUtf8.ReadToEndAsync(stream, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>
    /// Reads manifests of the kind <typeparamref name="T"/> from a stream asynchronously; see
    /// <see cref="ReadAsync(Stream, CancellationToken)"/> and <see cref="Read{T}(string)"/>.
    /// </summary>
    /// <typeparam name="T">A generated kind.</typeparam>
    /// <param name="stream">The stream, read to its end; not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The manifests, typed, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text cannot be read, or a document is of another kind (in the
    /// task).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public static Task<IReadOnlyList<T>> ReadAsync<T>(Stream stream, CancellationToken cancellationToken = default)
        where T : struct, IKubernetesObject<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Core(stream, cancellationToken);

        static async Task<IReadOnlyList<T>> Core(Stream stream, CancellationToken cancellationToken) =>
            Typed<T>(ReadEntries(await AsyncUtf8.ReadToEndAsync(stream, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>
    /// Reads exactly one manifest of the kind <typeparamref name="T"/> (see <see cref="Read{T}(string)"/>).
    /// </summary>
    /// <typeparam name="T">A generated kind.</typeparam>
    /// <param name="text">The JSON or YAML text.</param>
    /// <returns>The manifest, typed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetReadException">The text cannot be read, holds no manifest or several, or the
    /// manifest is of another kind.</exception>
    public static T ReadSingle<T>(string text)
        where T : struct, IKubernetesObject<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        Entries entries = ReadEntries(text);
        if (entries.List.Count != 1)
        {
            int line = 1;
            int column = 1;
            int document = 0;
            if (entries.List.Count > 1)
            {
                entries.Context.Locate(entries.List[1].Start, out line, out column);
                document = entries.List[1].Document;
            }

            throw new KubesonnetReadException($"expected one {T.Kind}, found {entries.List.Count} manifests", line, column, document, entries.List.Count > 1 ? entries.List[1].Path : string.Empty);
        }

        return Typed<T>(entries)[0];
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

    // A lazy projection (no copy): the Patch methods enumerate it once, as they would the items themselves.
    private static IEnumerable<Patch> Patches<T>(IEnumerable<T> items)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        return Project(items);

        static IEnumerable<Patch> Project(IEnumerable<T> items)
        {
            foreach (T item in items)
            {
                // default(T) of a generated type holds no patch; IPatch<T>.Patch gives Patch.Empty for it, and any
                // other implementation's null is taken the same way (as PatchValue.Object does).
                yield return item.Patch ?? Patch.Empty;
            }
        }
    }

    // ---- reading ----

    private readonly struct Entry
    {
        public readonly Patch Patch;
        public readonly int Document;
        public readonly string Path;
        public readonly long Start;
        public readonly ObjectPositions? Positions;

        public Entry(Patch patch, int document, string path, long start, ObjectPositions? positions)
        {
            Patch = patch;
            Document = document;
            Path = path;
            Start = start;
            Positions = positions;
        }
    }

    private sealed class Entries
    {
        public Entries(ReadContext context) => Context = context;

        public ReadContext Context { get; }

        public List<Entry> List { get; } = new();
    }

    private static Entries ReadEntries(string text)
    {
        int first = 0;
        while (first < text.Length && text[first] is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            first++;
        }

        if (first < text.Length && text[first] is '{' or '[')
        {
            return ReadJson(Encoding.UTF8.GetBytes(text));
        }

        var context = new ReadContext(text);
        YamlReader.Read(text, context);
        return Collect(context);
    }

    private static Entries ReadEntries(Stream stream)
    {
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        return ReadEntries(bytes);
    }

    // A stream's bytes (read synchronously or not): UTF-16 with a byte order mark, else UTF-8 (a BOM skipped).
    private static Entries ReadEntries(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            Encoding utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return ReadEntries(utf16.GetString(bytes, 2, bytes.Length - 2));
        }

        int first = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (first < bytes.Length && bytes[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            first++;
        }

        if (first < bytes.Length && bytes[first] is (byte)'{' or (byte)'[')
        {
            return ReadJson(bytes);
        }

        string text = Encoding.UTF8.GetString(bytes);
        var context = new ReadContext(text);
        YamlReader.Read(text, context);
        return Collect(context);
    }

    private static Entries ReadJson(byte[] utf8)
    {
        var context = new ReadContext(utf8);
        JsonInput.ReadDocuments(utf8, context);
        return Collect(context);
    }

    // Documents become manifests: an array's elements and a List's items each in their place.
    private static Entries Collect(ReadContext context)
    {
        var entries = new Entries(context);
        foreach (ReadDocument document in context.Documents)
        {
            Add(entries, document.Root, document.Number, string.Empty, document.Start, topLevel: true);
        }

        return entries;
    }

    private static void Add(Entries entries, object value, int document, string path, long start, bool topLevel)
    {
        ReadContext context = entries.Context;
        if (topLevel && Values.IsArray(value))
        {
            ReadOnlySpan<object> elements = Values.Items(value);
            for (int i = 0; i < elements.Length; i++)
            {
                Add(entries, elements[i], document, $"[{i}]", start, topLevel: false);
            }

            return;
        }

        if (!Values.IsObject(value))
        {
            throw context.Error(start, $"a manifest is an object, found {Values.Describe(value)}", path, document);
        }

        context.Positions.TryGetValue(value, out ObjectPositions? positions);
        long at = positions?.Start ?? start;
        Field[] fields = Values.Fields(value);
        int kind = KeyOrder.Find(fields, "kind");
        int items = KeyOrder.Find(fields, "items");
        if (kind >= 0 && items >= 0 && fields[kind].Value is "List" && Values.IsArray(fields[items].Value))
        {
            ReadOnlySpan<object> elements = Values.Items(fields[items].Value);
            for (int i = 0; i < elements.Length; i++)
            {
                string itemPath = $"{path}{(path.Length == 0 ? string.Empty : ".")}items[{i}]";
                if (!Values.IsObject(elements[i]))
                {
                    throw context.Error(at, $"a List's item is a manifest, an object; found {Values.Describe(elements[i])}", itemPath, document);
                }

                context.Positions.TryGetValue(elements[i], out ObjectPositions? itemPositions);
                entries.List.Add(new Entry(Patch.Of(Values.Fields(elements[i])), document, itemPath, itemPositions?.Start ?? at, itemPositions));
            }

            return;
        }

        entries.List.Add(new Entry(Patch.Of(fields), document, path, at, positions));
    }

    private static IReadOnlyList<Patch> Unwrap(Entries entries)
    {
        var patches = new Patch[entries.List.Count];
        for (int i = 0; i < patches.Length; i++)
        {
            patches[i] = entries.List[i].Patch;
        }

        return patches;
    }

    private static IReadOnlyList<T> Typed<T>(Entries entries)
        where T : struct, IKubernetesObject<T>
    {
        var typed = new T[entries.List.Count];
        for (int i = 0; i < typed.Length; i++)
        {
            Entry entry = entries.List[i];
            Check(entries.Context, entry, "apiVersion", T.ApiVersion, entry.Positions?.ApiVersion ?? -1, T.Kind);
            Check(entries.Context, entry, "kind", T.Kind, entry.Positions?.Kind ?? -1, T.Kind);
            typed[i] = T.FromPatch(entry.Patch);
        }

        return typed;
    }

    private static void Check(ReadContext context, in Entry entry, string field, string expected, long offset, string kind)
    {
        Field[] fields = entry.Patch.Fields;
        int index = KeyOrder.Find(fields, field);
        string path = entry.Path.Length == 0 ? field : entry.Path + "." + field;
        if (index < 0)
        {
            throw context.Error(entry.Start, $"the manifest has no {field}; a {kind} has {field} \"{expected}\"", entry.Path, entry.Document);
        }

        object value = fields[index].Value;
        long at = offset >= 0 ? offset : entry.Start;
        if (value is not string actual)
        {
            throw context.Error(at, $"{field} is {Values.Describe(value)}; a {kind} has {field} \"{expected}\"", path, entry.Document);
        }

        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw context.Error(at, $"expected {field} \"{expected}\" (the type is {kind}), found \"{actual}\"", path, entry.Document);
        }
    }
}
