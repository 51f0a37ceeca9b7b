using System;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>Scalars: plain, single- and double-quoted, literal and folded; and how a plain scalar resolves.</summary>
internal sealed partial class YamlReader
{
    private string ParsePlain(int parentIndent, bool flow)
    {
        if (!CanStartPlain(flow))
        {
            throw Error(_pos, Current == ':' && (IsBlankOrEnd(_pos + 1) || (flow && IsFlowIndicator(_text[_pos + 1]))) ? EmptyKey : $"unexpected {Describe(Current)}");
        }

        StringBuilder? builder = null;
        string? single = null;
        while (true)
        {
            int i = _pos;
            int end = _pos;
            bool stop = false;
            while (i < _text.Length)
            {
                char c = _text[i];
                if (IsBreak(c))
                {
                    break;
                }

                if ((c == ':' && (IsBlankOrEnd(i + 1) || (flow && IsFlowIndicator(_text[i + 1]))))
                    || (flow && IsFlowIndicator(c))
                    || (c == '#' && i > 0 && IsBlank(_text[i - 1])))
                {
                    stop = true;
                    break;
                }

                if (!IsBlank(c))
                {
                    end = i + 1;
                }

                i++;
            }

            if (single is null && builder is null)
            {
                single = _text.Substring(_pos, end - _pos);
            }
            else
            {
                builder!.Append(_text, _pos, end - _pos);
            }

            _pos = end;
            if (stop || i >= _text.Length)
            {
                break;
            }

            // A line break: the scalar goes on if the next non-empty line is indented enough and is not a comment.
            int breaks = 0;
            int j = i;
            int lineStart;
            while (true)
            {
                j = SkipBreak(j);
                breaks++;
                lineStart = j;
                while (j < _text.Length && IsBlank(_text[j]))
                {
                    j++;
                }

                if (j < _text.Length && IsBreak(_text[j]))
                {
                    continue;
                }

                break;
            }

            int spaces = 0;
            while (lineStart + spaces < j && _text[lineStart + spaces] == ' ')
            {
                spaces++;
            }

            // Only spaces indent: a tab after them is separation, so "key: a\n\tb" does not go on with b.
            if (j >= _text.Length || _text[j] == '#'
                || (!flow && spaces <= parentIndent)
                || (flow && spaces < _flowIndent)
                || (j == lineStart && AtAnyMarkerAt(j))
                || (flow && IsFlowIndicator(_text[j]))
                || (flow && _text[j] == ':' && IsBlankOrEnd(j + 1)))
            {
                break;
            }

            builder ??= new StringBuilder(single);
            single = string.Empty;
            if (breaks == 1)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('\n', breaks - 1);
            }

            _pos = j;
        }

        return builder?.ToString() ?? single!;
    }

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

    private string ParseBlockScalar(int parentIndent)
    {
        bool literal = Current == '|';
        _pos++;
        int chomping = 0; // -1 strip, 0 clip, +1 keep
        int indicator = 0;
        for (int k = 0; k < 2 && !AtEnd; k++)
        {
            char c = Current;
            if ((c == '+' || c == '-') && chomping == 0)
            {
                chomping = c == '+' ? 1 : -1;
                _pos++;
            }
            else if (c >= '1' && c <= '9' && indicator == 0)
            {
                indicator = c - '0';
                _pos++;
            }
        }

        SkipBlanks();
        if (!AtLineEndOrComment())
        {
            throw Error(_pos, "expected a line break after the block scalar's header");
        }

        SkipToLineEnd();
        if (AtEnd)
        {
            return string.Empty;
        }

        _pos = SkipBreak(_pos);
        int indent;
        if (indicator > 0)
        {
            // Relative to the parent's indentation (-1 for a document's root).
            indent = Math.Max(0, parentIndent + indicator);
        }
        else
        {
            // The first non-empty line sets the indentation; empty lines before it may not have more spaces. With
            // no such line, the longest of the empty lines does.
            indent = -1;
            int longestEmpty = 0;
            int j = _pos;
            while (j < _text.Length)
            {
                int lineStart = j;
                while (j < _text.Length && _text[j] == ' ')
                {
                    j++;
                }

                if (j >= _text.Length || IsBreak(_text[j]))
                {
                    longestEmpty = Math.Max(longestEmpty, j - lineStart);
                    j = SkipBreak(j);
                    continue;
                }

                if (j - lineStart > parentIndent)
                {
                    indent = j - lineStart;
                    if (longestEmpty > indent)
                    {
                        throw Error(lineStart, "an empty line at the start of a block scalar has more spaces than its first line");
                    }
                }

                break;
            }

            if (indent < 0)
            {
                indent = Math.Max(longestEmpty, parentIndent + 1);
            }
        }

        var content = new StringBuilder();
        var leadingBreak = new StringBuilder();
        var trailingBreaks = new StringBuilder();
        bool leadingBlank = false;
        CollectBreaks(indent, trailingBreaks);
        while (!AtEnd && Column == indent && !(indent == 0 && AtAnyMarker()))
        {
            bool trailingBlank = IsBlank(Current);
            if (!literal && leadingBreak.Length > 0 && leadingBreak[0] == '\n' && !leadingBlank && !trailingBlank)
            {
                if (trailingBreaks.Length == 0)
                {
                    content.Append(' ');
                }

                leadingBreak.Clear();
            }
            else
            {
                content.Append(leadingBreak);
                leadingBreak.Clear();
            }

            content.Append(trailingBreaks);
            trailingBreaks.Clear();
            leadingBlank = IsBlank(Current);
            int lineStart = _pos;
            while (!AtEnd && !IsBreak(Current))
            {
                _pos++;
            }

            content.Append(_text, lineStart, _pos - lineStart);
            if (AtEnd)
            {
                // The input ends the last line. A line of blanks counts as ended by a line break (as the suite's
                // reference reads it); a line with text keeps no break it does not have (as kubectl reads it).
                if (_text.AsSpan(lineStart).Trim(" \t").IsEmpty)
                {
                    leadingBreak.Append('\n');
                }

                break;
            }

            _pos = SkipBreak(_pos);
            leadingBreak.Append('\n');
            CollectBreaks(indent, trailingBreaks);
        }

        if (chomping != -1)
        {
            content.Append(leadingBreak);
        }

        if (chomping == 1)
        {
            content.Append(trailingBreaks);
        }

        return content.ToString();
    }

    // Empty lines (up to the indentation) after a block scalar's line; stops at a line with content, leaving the
    // position at its indentation or at the start of a less indented line.
    private void CollectBreaks(int indent, StringBuilder breaks)
    {
        while (true)
        {
            int lineStart = _pos;
            while (!AtEnd && _pos - lineStart < indent && Current == ' ')
            {
                _pos++;
            }

            if (!AtEnd && IsBreak(Current))
            {
                _pos = SkipBreak(_pos);
                breaks.Append('\n');
                continue;
            }

            if (AtEnd && _pos > lineStart)
            {
                // A last line of spaces, not beyond the indentation: an empty line, ended by the input's end.
                breaks.Append('\n');
                return;
            }

            if (_pos - lineStart < indent && Current == '\t')
            {
                // "\t" where the indentation should be: an error on a line otherwise empty (else the line ends the
                // scalar, and what follows reads it).
                int j = _pos;
                while (j < _text.Length && IsBlank(_text[j]))
                {
                    j++;
                }

                if (j >= _text.Length || IsBreak(_text[j]))
                {
                    throw Error(_pos, "a tab in a block scalar's indentation: YAML indents with spaces only");
                }
            }

            if (_pos - lineStart < indent)
            {
                // Less indented: the scalar ends; leave the position at the line's start for the caller.
                if (AtEnd)
                {
                    return;
                }

                _pos = lineStart;
            }

            return;
        }
    }

    // ---- plain scalar resolution (YAML 1.2 core schema, kubectl's octal) ----

    private object Resolve(string text, long offset)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return LiteralNode.Null;
            case "true" or "True" or "TRUE":
                return LiteralNode.True;
            case "false" or "False" or "FALSE":
                return LiteralNode.False;
        }

        char first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.'))
        {
            return text;
        }

        string? number = YamlNumbers.ToJson(text, out bool notFinite);
        if (notFinite)
        {
            throw Error(offset, $"'{text}' is not a finite number; JSON cannot hold it (quote it to make it a string)");
        }

        return number is null ? text : NumberNode.FromText(number);
    }
}
