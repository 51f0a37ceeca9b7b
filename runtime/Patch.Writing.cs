using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kubesonnet.Internal;

namespace Kubesonnet;

// Writing: the manifest as JSON or YAML text, to a stream or a buffer, sync and async.
public sealed partial class Patch
{
    /// <summary>
    /// Writes the manifest as JSON: keys sorted by code point at every level, only what JSON requires escaped
    /// (non-ASCII characters are written as they are), numbers exactly as given.
    /// </summary>
    /// <param name="indented"><see langword="false"/> for compact JSON without whitespace; <see langword="true"/>
    /// for two-space indentation with <c>\n</c> line breaks.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false) => JsonText.Write(Fields, indented);

    /// <summary>
    /// Writes the manifest as block YAML, as kubectl does (two-space indentation, sequences not indented under
    /// their key), ending with a line break. Strings that any YAML 1.1 or 1.2 reader could take for something else
    /// (<c>"yes"</c>, <c>"8080"</c>, <c>"1e3"</c>, <c>"2021-01-01"</c>, …) are quoted; multi-line strings are literal
    /// blocks.
    /// </summary>
    /// <returns>The YAML text.</returns>
    public string ToYaml() => YamlWriter.Write(Fields);

    /// <summary>
    /// Writes the manifest's JSON (as <see cref="ToJson"/> does) as UTF-8 to a stream, without making a string of
    /// it first.
    /// </summary>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent (see <see cref="ToJson"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonText.Write(Fields, indented, Utf8Sink.For(stream));
    }

    /// <summary>Writes the manifest's JSON (as <see cref="ToJson"/> does) as UTF-8 to a buffer.</summary>
    /// <param name="output">The buffer (an <see cref="System.Buffers.ArrayBufferWriter{T}"/>, a pipe, …).</param>
    /// <param name="indented">Whether to indent (see <see cref="ToJson"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteJson(IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(Fields, indented, Utf8Sink.For(output));
    }

    /// <summary>Writes the manifest's YAML (as <see cref="ToYaml"/> does) as UTF-8 to a stream.</summary>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteYaml(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        YamlWriter.Write(Fields, Utf8Sink.For(stream));
    }

    /// <summary>Writes the manifest's YAML (as <see cref="ToYaml"/> does) as UTF-8 to a buffer.</summary>
    /// <param name="output">The buffer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteYaml(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        YamlWriter.Write(Fields, Utf8Sink.For(output));
    }

    /// <summary>
    /// Writes the manifest's JSON (as <see cref="ToJson"/> does) as UTF-8 to a stream, asynchronously: the same bytes
    /// as <see cref="WriteJson(Stream, bool)"/>, rendered in memory and then written with
    /// <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.
    /// </summary>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent (see <see cref="ToJson"/>).</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public Task WriteJsonAsync(Stream stream, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return AsyncUtf8.WritePiecesAsync(
            stream,
            (Patch: this, Indented: indented),
            count: 1,
            static (state, _, sink) => JsonText.WriteNested(state.Patch.Fields, state.Indented, depth: 0, sink),
            cancellationToken);
    }

    /// <summary>
    /// Writes the manifest's YAML (as <see cref="ToYaml"/> does) as UTF-8 to a stream, asynchronously: the same bytes
    /// as <see cref="WriteYaml(Stream)"/>.
    /// </summary>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="cancellationToken">Cancels the write; a token already cancelled writes nothing.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (in the task).</exception>
    public Task WriteYamlAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return AsyncUtf8.WritePiecesAsync(
            stream,
            this,
            count: 1,
            static (patch, _, sink) => YamlWriter.WriteStreamDocument(patch.Fields, first: true, sink),
            cancellationToken);
    }

    /// <summary>
    /// Writes the manifest as a JSON object to a writer, with the writer's own options (its indentation, its
    /// encoder; an unpaired surrogate, which <see cref="Utf8JsonWriter"/> cannot write, becomes U+FFFD).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonOutput.WriteFields(writer, Fields);
    }

    /// <summary>The manifest as a new, mutable <see cref="JsonObject"/> (numbers keep their exact text).</summary>
    /// <returns>A fresh object; changing it does not change the patch.</returns>
    public JsonObject ToJsonObject() =>
        JsonNode.Parse(ToJson(), documentOptions: new JsonDocumentOptions { MaxDepth = 1000 })!.AsObject();
}
