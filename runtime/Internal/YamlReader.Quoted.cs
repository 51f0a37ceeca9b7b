using System.Text;

namespace Kubesonnet.Internal;

/// <summary>Quoted scalars: single-quoted ('' is a quote) and double-quoted (backslash escapes).</summary>
internal sealed partial class YamlReader
{
    // A single-quoted ('' is a quote) or double-quoted (backslash escapes) scalar; both fold line breaks alike.
    // Its lines after the first are indented at least `minIndent` spaces (SingleLine: it has no other line).
    private string ParseQuoted(char quote, int minIndent)
    {
        long start = _pos;
        _pos++;
        var builder = new StringBuilder();
        int hard = 0;
        while (true)
        {
            if (AtEnd)
            {
                throw Error(start, quote == '\'' ? "a single-quoted string is not closed" : "a double-quoted string is not closed");
            }

            char c = _text[_pos];
            if (c == quote)
            {
                if (quote == '\'' && _pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                {
                    builder.Append('\'');
                    _pos += 2;
                    hard = builder.Length;
                    continue;
                }

                _pos++;
                return builder.ToString();
            }

            if (quote == '"' && c == '\\')
            {
                ParseEscape(builder, start, minIndent);
                hard = builder.Length;
                continue;
            }

            if (IsBreak(c))
            {
                // Blanks before a line break are dropped (escaped ones are kept: they moved `hard`).
                builder.Length = hard;
                int breaks = NextQuotedLine(start, minIndent);
                if (breaks == 1)
                {
                    builder.Append(' ');
                }
                else
                {
                    builder.Append('\n', breaks - 1);
                }

                hard = builder.Length;
                continue;
            }

            builder.Append(c);
            _pos++;
            if (!IsBlank(c))
            {
                hard = builder.Length;
            }
        }
    }

    // At a line break inside a quoted scalar: skips it, the empty lines after it and the next line's indentation;
    // returns the number of breaks (one folds to a space, n+1 to n line feeds). The scalar's lines must be indented
    // enough, and cannot be a document marker (an unclosed quote does not swallow the next document).
    private int NextQuotedLine(long start, int minIndent)
    {
        if (minIndent == SingleLine)
        {
            throw Error(start, "a quoted mapping key must close on its line");
        }

        int breaks = 0;
        while (true)
        {
            _pos = SkipBreak(_pos);
            breaks++;
            if (AtAnyMarker())
            {
                throw Error(start, "a quoted string is not closed before the document marker '" + _text.Substring(_pos, 3) + "'");
            }

            int lineStart = _pos;
            while (!AtEnd && Current == ' ')
            {
                _pos++;
            }

            int spaces = _pos - lineStart;
            SkipBlanks();
            if (AtEnd || !IsBreak(Current))
            {
                if (!AtEnd && spaces < minIndent)
                {
                    throw Error(_pos, $"this line of a quoted string must be indented at least {minIndent} space{(minIndent == 1 ? string.Empty : "s")}");
                }

                return breaks;
            }
        }
    }

    private void ParseEscape(StringBuilder builder, long quoteStart, int minIndent)
    {
        long start = _pos;
        _pos++;
        if (AtEnd)
        {
            throw Error(start, "a double-quoted string is not closed");
        }

        char c = _text[_pos++];
        switch (c)
        {
            case '0': builder.Append('\0'); return;
            case 'a': builder.Append('\a'); return;
            case 'b': builder.Append('\b'); return;
            case 't' or '\t': builder.Append('\t'); return;
            case 'n': builder.Append('\n'); return;
            case 'v': builder.Append('\v'); return;
            case 'f': builder.Append('\f'); return;
            case 'r': builder.Append('\r'); return;
            case 'e': builder.Append('\u001B'); return;
            case ' ': builder.Append(' '); return;
            case '"': builder.Append('"'); return;
            case '/': builder.Append('/'); return;
            case '\\': builder.Append('\\'); return;
            case 'N': builder.Append('\u0085'); return;
            case '_': builder.Append('\u00A0'); return;
            case 'L': builder.Append('\u2028'); return;
            case 'P': builder.Append('\u2029'); return;
            case 'x': AppendCodePoint(builder, ParseHex(2, start), start); return;
            case 'u': AppendCodePoint(builder, ParseHex(4, start), start); return;
            case 'U': AppendCodePoint(builder, ParseHex(8, start), start); return;
            case '\n' or '\r':
                // An escaped line break: joined without a space; the next line's indentation is dropped.
                _pos--;
                builder.Append('\n', NextQuotedLine(quoteStart, minIndent) - 1);
                return;
            default:
                throw Error(start, $"unknown escape '\\{c}' in a double-quoted string");
        }
    }

    private int ParseHex(int digits, long start)
    {
        int value = 0;
        for (int i = 0; i < digits; i++)
        {
            int digit = _pos < _text.Length ? HexValue(_text[_pos]) : -1;
            if (digit < 0)
            {
                throw Error(start, $"expected {digits} hexadecimal digits in the escape");
            }

            value = (value << 4) | digit;
            _pos++;
        }

        return value;
    }

    // \uD800 alone is kept as that char (as JSON readers do); pairs of \u escapes make one astral character.
    private void AppendCodePoint(StringBuilder builder, int code, long start)
    {
        if (code <= 0xFFFF)
        {
            builder.Append((char)code);
        }
        else if (code <= 0x10FFFF)
        {
            builder.Append(char.ConvertFromUtf32(code));
        }
        else
        {
            throw Error(start, "the escape is not a Unicode code point");
        }
    }
}
