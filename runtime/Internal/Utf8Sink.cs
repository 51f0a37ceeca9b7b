using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// Where the writers send UTF-8 when the caller gives bytes (a <see cref="Stream"/>, an
/// <see cref="IBufferWriter{T}"/>): text is encoded piece by piece, so no string of the whole document is made.
/// The encoder keeps state across pieces, so a surrogate pair split between two pieces is encoded whole.
/// </summary>
internal abstract class Utf8Sink
{
    // Characters encoded per call: at most three bytes each, plus a pending high surrogate.
    private const int ChunkChars = 4096;
    protected const int ChunkBytes = (ChunkChars * 3) + 4;

    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();

    public static Utf8Sink For(Stream stream) => new StreamSink(stream);

    public static Utf8Sink For(IBufferWriter<byte> output) => new BufferWriterSink(output);

    public void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            ReadOnlySpan<char> piece = text.Length > ChunkChars ? text.Slice(0, ChunkChars) : text;
            Span<byte> destination = GetSpan();
            _encoder.Convert(piece, destination, flush: false, out int charsUsed, out int bytesUsed, out _);
            Advance(bytesUsed);
            text = text.Slice(charsUsed);
        }
    }

    /// <summary>Ends the text (a lone high surrogate left at the very end becomes U+FFFD).</summary>
    public void Complete()
    {
        Span<byte> destination = GetSpan();
        _encoder.Convert(ReadOnlySpan<char>.Empty, destination, flush: true, out _, out int bytesUsed, out _);
        Advance(bytesUsed);
        Release();
    }

    protected abstract Span<byte> GetSpan();

    protected abstract void Advance(int count);

    protected virtual void Release()
    {
    }

    private sealed class BufferWriterSink : Utf8Sink
    {
        private readonly IBufferWriter<byte> _output;

        public BufferWriterSink(IBufferWriter<byte> output) => _output = output;

        protected override Span<byte> GetSpan() => _output.GetSpan(ChunkBytes);

        protected override void Advance(int count) => _output.Advance(count);
    }

    private sealed class StreamSink : Utf8Sink
    {
        private readonly Stream _stream;
        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);

        public StreamSink(Stream stream) => _stream = stream;

        protected override Span<byte> GetSpan() => _buffer;

        protected override void Advance(int count) => _stream.Write(_buffer!, 0, count);

        // The stream is the caller's: written to, never flushed or closed here.
        protected override void Release()
        {
            if (_buffer is { } buffer)
            {
                _buffer = null;
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
