using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Kubesonnet.Internal;

namespace Kubesonnet;

public static partial class Manifests
{

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
