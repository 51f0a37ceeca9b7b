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
internal sealed class JsonText
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

    private void WriteString(string value)
    {
        int first = NextAttention(value);
        if (first < 0)
        {
            Ensure(value.Length + 2);
            char[] buffer = _buffer;
            int at = _length;
            buffer[at] = '"';
            value.CopyTo(buffer.AsSpan(at + 1));
            buffer[at + 1 + value.Length] = '"';
            _length = at + value.Length + 2;
            return;
        }

        WriteEscaped(value, first);
    }

    private void WriteEscaped(string value, int first)
    {
        // At most six characters (\u00XX) per input character.
        Ensure((value.Length * 6) + 2);
        Span<char> output = _buffer.AsSpan();
        int at = _length;
        output[at++] = '"';
        ReadOnlySpan<char> rest = value;
        int next = first;
        while (true)
        {
            rest.Slice(0, next).CopyTo(output.Slice(at));
            at += next;
            rest = rest.Slice(next);
            if (rest.IsEmpty)
            {
                break;
            }

            char c = rest[0];
            int used = 1;
            if (char.IsHighSurrogate(c) && rest.Length > 1 && char.IsLowSurrogate(rest[1]))
            {
                output[at++] = c;
                output[at++] = rest[1];
                used = 2;
            }
            else if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                at += Escape(c, output.Slice(at));
            }
            else
            {
                // Non-ASCII text outside the surrogates is written as it is.
                output[at++] = c;
            }

            rest = rest.Slice(used);
            next = NextEscape(rest);
            if (next < 0)
            {
                next = rest.Length;
            }
        }

        output[at++] = '"';
        _length = at;
    }

    private static int Escape(char c, Span<char> output)
    {
        char shortForm = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        output[0] = '\\';
        if (shortForm != '\0')
        {
            output[1] = shortForm;
            return 2;
        }

        output[1] = 'u';
        output[2] = HexDigit(c >> 12);
        output[3] = HexDigit((c >> 8) & 0xF);
        output[4] = HexDigit((c >> 4) & 0xF);
        output[5] = HexDigit(c & 0xF);
        return 6;
    }

    // The first character that is not printable ASCII other than " and \: one vectorised search. What it finds
    // may need nothing (other non-ASCII text is copied as it is); WriteEscaped sorts that out.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextAttention(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(Plain);

    // Within a string that has something to escape: the next character that must be escaped or is a surrogate
    // (paired ones are copied, unpaired escaped), so that long runs of other non-ASCII text are copied at once.
    private static int NextEscape(ReadOnlySpan<char> text)
    {
        int escaped = text.IndexOfAny(Escaped);
        int surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        return escaped < 0 ? surrogate : surrogate < 0 ? escaped : Math.Min(escaped, surrogate);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

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

    private static string BuildEscapedSet()
    {
        var chars = new char[0x20 + 2];
        for (int c = 0; c < 0x20; c++)
        {
            chars[c] = (char)c;
        }

        chars[0x20] = '"';
        chars[0x21] = '\\';
        return new string(chars);
    }

    private static string BuildPlainSet()
    {
        var chars = new System.Text.StringBuilder();
        for (char c = ' '; c <= '~'; c++)
        {
            if (c != '"' && c != '\\')
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
