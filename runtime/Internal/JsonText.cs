using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace Kubesonnet.Internal;

/// <summary>
/// The JSON writer behind <see cref="Patch.ToJson"/> and the byte overloads: it writes UTF-16 text straight into
/// a reused per-thread buffer, which becomes the result string in one copy, or goes to a <see cref="Utf8Sink"/>
/// piece by piece. Only what JSON requires is escaped (<c>"</c>, <c>\</c>, U+0000–U+001F); an unpaired surrogate is
/// written as its <c>\uXXXX</c> escape, so that JSON read with one reads back exactly. Indented output is what
/// <see cref="System.Text.Json.Utf8JsonWriter"/> writes: two spaces, <c>"key": value</c>, <c>{}</c> and
/// <c>[]</c> for empty collections, <c>\n</c> line breaks.
/// </summary>
internal sealed partial class JsonText
{
    // With a sink, the buffer is handed on whenever it holds this much.
    private const int FlushChars = 16 * 1024;

    // A buffer that grew past this (a huge manifest) is dropped instead of being kept for the thread's lifetime.
    private const int MaxCachedChars = 1 << 19;

    // Printable ASCII that JSON writes as it is (all but " and \): an ASCII set, so searching for anything else is
    // vectorised.
    private static readonly SearchValues<char> Plain = SearchValues.Create(BuildPlainSet());

    // What JSON must escape, all ASCII.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(BuildEscapedSet());

    [ThreadStatic]
    private static JsonText? t_cached;

    private char[] _buffer = new char[1024];
    private int _length;
    private bool _indented;
    private Utf8Sink? _sink;

    /// <summary>The JSON text of an object.</summary>
    public static string Write(Field[] root, bool indented) => Write((object)root, indented);

    /// <summary>The JSON text of any value.</summary>
    public static string Write(object value, bool indented)
    {
        JsonText writer = Rent(indented, null);
        writer.WriteValue(value, 0);
        string text = new(writer._buffer, 0, writer._length);
        Return(writer);
        return text;
    }

    /// <summary>Writes an object's JSON as UTF-8 to a sink, and completes the sink.</summary>
    public static void Write(object value, bool indented, Utf8Sink sink)
    {
        WriteNested(value, indented, depth: 0, sink);
        sink.Complete();
    }

    /// <summary>
    /// Writes a value as it stands <paramref name="depth"/> levels deep in a document (its indentation) as UTF-8 to
    /// a sink, without completing the sink: a piece of a larger document written piece by piece.
    /// </summary>
    public static void WriteNested(object value, bool indented, int depth, Utf8Sink sink)
    {
        JsonText writer = Rent(indented, sink);
        writer.WriteValue(value, depth);
        sink.Write(writer._buffer.AsSpan(0, writer._length));
        Return(writer);
    }

    private static JsonText Rent(bool indented, Utf8Sink? sink)
    {
        JsonText writer = t_cached ?? new JsonText();
        t_cached = null; // a writer that throws halfway is simply not returned
        writer._length = 0;
        writer._indented = indented;
        writer._sink = sink;
        return writer;
    }

    private static void Return(JsonText writer)
    {
        writer._sink = null;
        if (writer._buffer.Length > MaxCachedChars)
        {
            writer._buffer = new char[1024];
        }

        t_cached = writer;
    }

    private void WriteValue(object value, int depth)
    {
        // The common representations first, by exact type (see Values), then the nodes by their kind. Each test
        // is a method-table compare only when written as value.GetType() == typeof(T) in place.
        if (value.GetType() == typeof(string))
        {
            WriteString(Unsafe.As<string>(value));
            return;
        }

        if (value.GetType() == typeof(Field[]))
        {
            WriteObject(Unsafe.As<Field[]>(value), depth);
            return;
        }

        if (value.GetType() == typeof(object[]))
        {
            WriteArray(Unsafe.As<object[]>(value), depth);
            return;
        }

        switch (Values.Kind(value))
        {
            case NodeKind.Null:
                Append("null");
                break;
            case NodeKind.False:
                Append("false");
                break;
            case NodeKind.True:
                Append("true");
                break;
            case NodeKind.Number:
                WriteNumber((NumberNode)value);
                break;
            case NodeKind.String:
                WriteBase64((Base64Node)value);
                break;
            case NodeKind.Array:
                WriteArray(Values.Items(value), depth);
                break;
            default:
                WriteObject(Values.Fields(value), depth);
                break;
        }
    }

    private void WriteObject(Field[] fields, int depth)
    {
        if (fields.Length == 0)
        {
            Append("{}");
            return;
        }

        Append('{');
        bool indented = _indented;
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                Append(',');
            }

            if (indented)
            {
                NewLine(depth + 1);
            }

            WriteString(fields[i].Name);
            if (indented)
            {
                Append(": ");
            }
            else
            {
                Append(':');
            }

            WriteValue(fields[i].Value, depth + 1);
            if (_sink is not null)
            {
                FlushIfFull();
            }
        }

        if (_indented)
        {
            NewLine(depth);
        }

        Append('}');
    }

    private void WriteArray(ReadOnlySpan<object> items, int depth)
    {
        if (items.IsEmpty)
        {
            Append("[]");
            return;
        }

        Append('[');
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                Append(',');
            }

            if (_indented)
            {
                NewLine(depth + 1);
            }

            WriteValue(items[i], depth + 1);
            FlushIfFull();
        }

        if (_indented)
        {
            NewLine(depth);
        }

        Append(']');
    }

    private void WriteNumber(NumberNode number)
    {
        Ensure(NumberNode.MaxFormattedLength);
        if (!number.TryFormat(_buffer.AsSpan(_length), out int written))
        {
            string text = number.Text;
            Ensure(text.Length);
            text.CopyTo(_buffer.AsSpan(_length));
            written = text.Length;
        }

        _length += written;
    }

    private void WriteBase64(Base64Node value)
    {
        Ensure(value.Length + 2);
        _buffer[_length++] = '"';
        Convert.TryToBase64Chars(value.Bytes, _buffer.AsSpan(_length), out int written);
        _length += written;
        _buffer[_length++] = '"';
    }

    private void NewLine(int depth)
    {
        int spaces = depth * 2;
        Ensure(spaces + 1);
        _buffer[_length++] = '\n';
        _buffer.AsSpan(_length, spaces).Fill(' ');
        _length += spaces;
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
    }

    private void Append(string text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void FlushIfFull()
    {
        if (_sink is { } sink && _length >= FlushChars)
        {
            sink.Write(_buffer.AsSpan(0, _length));
            _length = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        int size = Math.Max(_buffer.Length * 2, _length + count);
        Array.Resize(ref _buffer, size);
    }
}
