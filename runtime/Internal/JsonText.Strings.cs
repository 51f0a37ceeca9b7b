using System;
using System.Runtime.CompilerServices;

namespace Kubesonnet.Internal;

/// <summary>Strings: escaped as JSON requires, runs of plain text copied at once.</summary>
internal sealed partial class JsonText
{
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
