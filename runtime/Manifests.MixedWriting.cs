using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Kubesonnet;

// Manifests of different kinds (a Deployment, a Service, a ConfigMap, untyped patches) in one List or YAML stream,
// each as it is: no .ToPatch(). Typed as IPatch, so that a generated struct is boxed once, not copied into a Patch
// list by the caller. (A params overload takes its first item apart: with params IPatch[] alone, an argument of
// type Patch[] would fit it and IEnumerable<Patch> equally well.)
public static partial class Manifests
{
    /// <summary>
    /// Writes manifests of any kinds as a <c>v1</c> <c>List</c> (see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>):
    /// <c>Manifests.ToJsonList(deployment, service, configMap)</c>. A generated type's <see langword="default"/> is <c>{}</c>.
    /// </summary>
    /// <param name="first">The first manifest: a generated type or a <see cref="Patch"/>.</param>
    /// <param name="rest">The others, in order.</param>
    /// <returns>The compact JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rest"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToJsonList(IPatch first, params IPatch[] rest) => ToJsonList(Prepend(first, rest));

    /// <summary>Writes manifests of any kinds as a <c>v1</c> <c>List</c> (see <see cref="ToJsonList(IEnumerable{Patch}, bool)"/>).</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToJsonList(IEnumerable<IPatch> items, bool indented = false) => ToJsonList(Untyped(items), indented);

    /// <summary>Writes manifests of any kinds as a <c>v1</c> <c>List</c>, as UTF-8 to a stream.</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<IPatch> items, Stream stream, bool indented = false) =>
        WriteJsonList(Untyped(items), stream, indented);

    /// <summary>Writes manifests of any kinds as a <c>v1</c> <c>List</c>, as UTF-8 to a buffer.</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<IPatch> items, IBufferWriter<byte> output, bool indented = false) =>
        WriteJsonList(Untyped(items), output, indented);

    /// <summary>Writes manifests of any kinds as a <c>v1</c> <c>List</c> to a JSON writer, with its own options.</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteJsonList(IEnumerable<IPatch> items, Utf8JsonWriter writer) => WriteJsonList(Untyped(items), writer);

    /// <summary>Writes manifests of any kinds as a <c>v1</c> <c>List</c> to a stream, asynchronously (see
    /// <see cref="WriteJsonListAsync(IEnumerable{Patch}, Stream, bool, CancellationToken)"/>).</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static Task WriteJsonListAsync(IEnumerable<IPatch> items, Stream stream, bool indented = false, CancellationToken cancellationToken = default) =>
        WriteJsonListAsync(Untyped(items), stream, indented, cancellationToken);

    /// <summary>
    /// Writes manifests of any kinds as a YAML stream (see <see cref="ToYamlStream(IEnumerable{Patch})"/>):
    /// <c>Manifests.ToYamlStream(deployment, service, configMap)</c>.
    /// </summary>
    /// <param name="first">The first manifest: a generated type or a <see cref="Patch"/>.</param>
    /// <param name="rest">The others, in order.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rest"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToYamlStream(IPatch first, params IPatch[] rest) => ToYamlStream(Prepend(first, rest));

    /// <summary>Writes manifests of any kinds as a YAML stream (see <see cref="ToYamlStream(IEnumerable{Patch})"/>).</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static string ToYamlStream(IEnumerable<IPatch> items) => ToYamlStream(Untyped(items));

    /// <summary>Writes manifests of any kinds as a YAML stream, as UTF-8 to a stream.</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteYamlStream(IEnumerable<IPatch> items, Stream stream) => WriteYamlStream(Untyped(items), stream);

    /// <summary>Writes manifests of any kinds as a YAML stream, as UTF-8 to a buffer.</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="output">The buffer.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static void WriteYamlStream(IEnumerable<IPatch> items, IBufferWriter<byte> output) => WriteYamlStream(Untyped(items), output);

    /// <summary>Writes manifests of any kinds as a YAML stream to a stream, asynchronously (see
    /// <see cref="WriteYamlStreamAsync(IEnumerable{Patch}, Stream, CancellationToken)"/>).</summary>
    /// <param name="items">The manifests, in order: generated types and patches.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public static Task WriteYamlStreamAsync(IEnumerable<IPatch> items, Stream stream, CancellationToken cancellationToken = default) =>
        WriteYamlStreamAsync(Untyped(items), stream, cancellationToken);

    private static IPatch[] Prepend(IPatch first, IPatch[] rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        var all = new IPatch[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }

    // A null item stays null, for the writers to name it.
    private static IEnumerable<Patch> Untyped(IEnumerable<IPatch> items) => Project(items, static item => item.Patch);
}
