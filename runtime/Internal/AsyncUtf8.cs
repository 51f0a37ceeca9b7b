using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Kubesonnet.Internal;

/// <summary>
/// The async stream writers: the text is rendered as UTF-8 into a pooled buffer (through the same
/// <see cref="Utf8Sink"/> the synchronous writers use, so the bytes are the same) and handed to the stream with
/// <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/> piece by piece (a manifest, or an item of
/// a list). The stream is the caller's: written to, never flushed or closed here.
/// </summary>
internal static class AsyncUtf8
{
    /// <summary>
    /// Renders <paramref name="count"/> pieces in order with <paramref name="render"/> (into one sink, which this
    /// completes) and writes the bytes to the stream whenever <see cref="FlushBytes"/> of them are waiting, so that a
    /// long stream of manifests is never held in memory whole. Rendering happens on whatever thread resumes the
    /// task; a token already cancelled writes nothing; cancellation is checked between writes.
    /// </summary>
    public static Task WritePiecesAsync<TState>(Stream stream, TState state, int count, Action<TState, int, Utf8Sink> render, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        return PumpAsync(stream, state, count, render, cancellationToken);
    }

    /// <summary>How many bytes the piecewise writer lets wait before it writes them.</summary>
    public const int FlushBytes = 64 * 1024;

    private static async Task PumpAsync<TState>(Stream stream, TState state, int count, Action<TState, int, Utf8Sink> render, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBuffer();
        Utf8Sink sink = Utf8Sink.For(buffer);
        for (int i = 0; i < count; i++)
        {
            render(state, i, sink);
            if (buffer.Written.Length >= FlushBytes)
            {
                await stream.WriteAsync(buffer.Written, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        sink.Complete();
        if (buffer.Written.Length > 0)
        {
            await stream.WriteAsync(buffer.Written, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a stream to its end, asynchronously.</summary>
    public static async Task<byte[]> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }

    /// <summary>A growable <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[]? _array = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _length;

        public ReadOnlyMemory<byte> Written => Current().AsMemory(0, _length);

        /// <summary>Forgets what was written (after it was sent), keeping the array.</summary>
        public void Clear() => _length = 0;

        public void Advance(int count)
        {
            if (count < 0 || _length + count > Current().Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _length += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_length);

        public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_length);

        public void Dispose()
        {
            if (_array is { } array)
            {
                _array = null;
                ArrayPool<byte>.Shared.Return(array);
            }
        }

        private byte[] Current() => _array ?? throw new ObjectDisposedException(nameof(PooledBuffer));

        private byte[] Reserve(int sizeHint)
        {
            byte[] array = Current();
            int needed = Math.Max(sizeHint, 1);
            if (array.Length - _length >= needed)
            {
                return array;
            }

            int size = (int)Math.Min(Math.Max((long)array.Length * 2, (long)_length + needed), Array.MaxLength);
            if (size - _length < needed)
            {
                throw new OutOfMemoryException("A manifest's UTF-8 does not fit in one array.");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(size);
            array.AsSpan(0, _length).CopyTo(larger);
            _array = larger;
            ArrayPool<byte>.Shared.Return(array);
            return larger;
        }
    }
}
