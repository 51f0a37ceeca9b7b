using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Kubesonnet;

public static partial class Manifests
{
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

    // default(T) of a generated type holds no patch; IPatch<T>.Patch gives Patch.Empty for it, and any other
    // implementation's null is taken the same way (as PatchValue.Object does).
    private static IEnumerable<Patch> Patches<T>(IEnumerable<T> items)
        where T : struct, IPatch<T> => Project(items, static item => item.Patch);
}
