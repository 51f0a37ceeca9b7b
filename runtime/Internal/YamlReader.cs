using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// Reads a YAML stream into values: block and flow collections, plain, quoted and block scalars, comments,
/// anchors and aliases, the merge key <c>&lt;&lt;</c>, the standard tags, <c>---</c>/<c>...</c> and directives.
/// Plain scalars resolve by YAML 1.2's core schema (so <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>y</c>,
/// <c>n</c> are strings), except that an integer written with a leading zero (<c>0755</c>) is octal, as kubectl
/// reads it. Numbers keep their text when it is valid JSON (<c>1.50</c>, <c>12345678901234567890</c>); otherwise
/// they are rewritten to the same value in JSON (<c>+1</c> → <c>1</c>, <c>0x1F</c> → <c>31</c>, <c>.5</c> →
/// <c>0.5</c>). <c>.inf</c> and <c>.nan</c>, which JSON cannot hold, are errors. Keys are strings as written.
/// Every error names the line, column, document and path.
/// </summary>
internal sealed class YamlReader
{
    private const int MaxDepth = 512;

    // Aliases share values, so a few lines can describe a huge tree ("billion laughs"); refuse past this.
    private const long MaxAliasNodes = 1_000_000;

    private const string CoreTag = "tag:yaml.org,2002:";

    private readonly string _text;
    private readonly ReadContext _context;
    private readonly Dictionary<string, object> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<object, long> _sizes = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    private int _depth;
    private long _aliasNodes;

    private YamlReader(string text, ReadContext context)
    {
        _text = text;
        _context = context;
    }

    private enum Context
    {
        Document,
        MappingValue,
        SequenceEntry,
        ExplicitEntry,
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private int Column => _pos - LineStart(_pos);

    public static void Read(string text, ReadContext context) => new YamlReader(text, context).ReadStream();

    private void ReadStream()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        int number = 0;
        while (true)
        {
            bool directives = false;
            bool content;
            while ((content = SkipToContent()) && Column == 0 && Current == '%')
            {
                // %YAML and %TAG: read past; a named tag handle is refused where it is used.
                directives = true;
                SkipToLineEnd();
            }

            if (!content)
            {
                if (directives)
                {
                    throw Error(_pos, "expected '---' after the directives");
                }

                return;
            }

            if (AtMarker('.'))
            {
                _pos += 3;
                ExpectLineEnd();
                continue;
            }

            if (AtMarker('-'))
            {
                _pos += 3;
            }
            else if (directives)
            {
                throw Error(_pos, "expected '---' after the directives");
            }

            number++;
            _context.Document = number;
            _anchors.Clear();
            long start = _pos;
            object root = ParseBlockNode(-1, Context.Document);
            if (SkipToContent())
            {
                if (AtMarker('.'))
                {
                    _pos += 3;
                    ExpectLineEnd();
                }
                else if (!AtMarker('-'))
                {
                    throw Error(_pos, "unexpected content after the document (is it indented wrongly?)");
                }
            }

            if (!ReferenceEquals(root, LiteralNode.Null))
            {
                _context.Documents.Add(new ReadDocument(root, number, start));
            }
        }
    }

    // ---- block structure ----

    // Right after an indicator ("key:", "- ", "? ", "---") or at the start of a document: the node is on this line,
    // on the following lines, or empty.
    private object ParseBlockNode(int parentIndent, Context context)
    {
        Enter();
        SkipBlanks();
        Properties properties = ParseProperties(flow: false);
        object result;
        while (true)
        {
            if (!AtLineEndOrComment())
            {
                result = ParseBlockAt(Column, parentIndent, properties, allowCollection: context != Context.MappingValue);
                break;
            }

            if (!SkipToContent() || (Column == 0 && AtAnyMarker()))
            {
                result = Empty(properties);
                break;
            }

            int indent = Column;
            if (indent > parentIndent)
            {
                // Properties alone on a line apply to the node below them.
                if (Current is '&' or '!')
                {
                    properties = properties.With(ParseProperties(flow: false), this);
                    continue;
                }

                result = ParseBlockAt(indent, parentIndent, properties, allowCollection: true);
            }
            else if (context == Context.MappingValue && indent == parentIndent && AtSequenceEntry())
            {
                // An indentless sequence: "key:\n- a\n- b", as kubectl writes them.
                result = Collection(properties, ParseBlockSequence(indent), isMapping: false);
            }
            else
            {
                result = Empty(properties);
            }

            break;
        }

        _depth--;
        return result;
    }

    // At a node's first character, column `column`.
    private object ParseBlockAt(int column, int parentIndent, Properties properties, bool allowCollection)
    {
        char c = Current;
        if (AtSequenceEntry())
        {
            if (!allowCollection)
            {
                throw Error(_pos, "a block sequence cannot start on the line of its key; put it on the next line");
            }

            return Collection(properties, ParseBlockSequence(column), isMapping: false);
        }

        if (allowCollection && ((c == '?' && IsBlankOrEnd(_pos + 1)) || LooksLikeImplicitKey()))
        {
            return Collection(properties, ParseBlockMapping(column), isMapping: true);
        }

        long start = _pos;
        object value;
        switch (c)
        {
            case '*':
                value = ParseAlias(properties, flow: false);
                break;
            case '|' or '>':
                // A block scalar ends at the start of the line after it.
                return Scalar(ParseBlockScalar(parentIndent), plain: false, properties, start);
            case '[':
                value = Collection(properties, ParseFlowSequence(), isMapping: false);
                break;
            case '{':
                value = Collection(properties, ParseFlowMapping(), isMapping: true);
                break;
            case '"' or '\'':
                value = Scalar(ParseQuoted(c), plain: false, properties, start);
                break;
            default:
                value = Scalar(ParsePlain(parentIndent, flow: false), plain: true, properties, start);
                break;
        }

        ExpectLineEnd();
        return value;
    }

    private object ParseBlockMapping(int column)
    {
        ObjectPositions? positions = _context.Begin(_pos);
        var fields = new List<Field>();
        var offsets = new List<long>();
        List<(object Value, long Offset)>? merges = null;
        while (true)
        {
            long keyOffset = _pos;
            string key;
            bool merge = false;
            object value;
            if (Current == '?' && IsBlankOrEnd(_pos + 1))
            {
                _pos++;
                key = KeyText(ParseBlockNode(column, Context.ExplicitEntry), keyOffset);
                if (SkipToContent() && Column == column && Current == ':' && IsBlankOrEnd(_pos + 1))
                {
                    _pos++;
                    _context.Push(key);

                    // After "? key\n: " a value may start on the same line as a compact collection.
                    value = ParseBlockNode(column, Context.ExplicitEntry);
                    _context.Pop();
                }
                else
                {
                    value = LiteralNode.Null;
                }
            }
            else
            {
                key = ParseImplicitKey(out merge);
                _context.Push(key);
                SkipBlanks();
                ReadContext.Note(positions, key, _pos);
                value = ParseBlockNode(column, Context.MappingValue);
                _context.Pop();
            }

            if (merge)
            {
                (merges ??= new()).Add((value, keyOffset));
            }
            else
            {
                fields.Add(new Field(key, value, merge: false));
                offsets.Add(keyOffset);
            }

            if (!NextBlockEntry(column, "the keys of its mapping"))
            {
                break;
            }
        }

        object result = BuildObject(fields, offsets, merges);
        _context.Register(result, positions);
        return result;
    }

    private object[] ParseBlockSequence(int column)
    {
        var items = new List<object>();
        while (true)
        {
            _pos++; // the dash
            _context.Push(items.Count);
            items.Add(ParseBlockNode(column, Context.SequenceEntry));
            _context.Pop();
            if (!NextBlockEntry(column, "the entries of its sequence"))
            {
                break;
            }

            if (!AtSequenceEntry())
            {
                // The next key of the mapping an indentless sequence belongs to (or an error its caller reports).
                break;
            }
        }

        return items.ToArray();
    }

    // After an entry of a block collection whose entries stand at `column`: whether the next line goes on with it
    // (false: the collection ends there). A line indented deeper than its entries is an error.
    private bool NextBlockEntry(int column, string entries)
    {
        if (!SkipToContent())
        {
            return false;
        }

        int next = Column;
        if (next < column || (next == 0 && AtAnyMarker()))
        {
            return false;
        }

        if (next > column)
        {
            throw Error(_pos, "bad indentation: this line is indented more than " + entries);
        }

        return true;
    }

    private string ParseImplicitKey(out bool merge)
    {
        long start = _pos;
        merge = false;
        string key;
        switch (Current)
        {
            case '"' or '\'':
                key = ParseQuoted(Current);
                break;
            default:
                if (!CanStartPlain(flow: false))
                {
                    throw Error(_pos, $"expected a mapping key, found {Describe(Current)}");
                }

                int i = _pos;
                int end = _pos;
                while (i < _text.Length && !IsBreak(_text[i]) && !(_text[i] == ':' && IsBlankOrEnd(i + 1)))
                {
                    if (!IsBlank(_text[i]))
                    {
                        end = i + 1;
                    }

                    i++;
                }

                key = _text.Substring(_pos, end - _pos);
                _pos = end;
                merge = key == "<<";
                break;
        }

        SkipBlanks();
        if (Current != ':')
        {
            throw Error(start, "expected ':' after the mapping key");
        }

        _pos++;
        return key;
    }

    // Whether the current line holds "key:" (plain or quoted key on one line) from the current position.
    private bool LooksLikeImplicitKey()
    {
        int i = _pos;
        char c = Current;
        if (c is '"' or '\'')
        {
            i++;
            while (true)
            {
                if (i >= _text.Length || IsBreak(_text[i]))
                {
                    return false;
                }

                if (c == '"' && _text[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (_text[i] == c)
                {
                    if (c == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            i++;
            while (i < _text.Length && IsBlank(_text[i]))
            {
                i++;
            }

            return i < _text.Length && _text[i] == ':' && IsBlankOrEnd(i + 1);
        }

        if (!CanStartPlain(flow: false))
        {
            return false;
        }

        for (; i < _text.Length && !IsBreak(_text[i]); i++)
        {
            if (_text[i] == ':' && IsBlankOrEnd(i + 1))
            {
                return true;
            }

            if (_text[i] == '#' && i > _pos && IsBlank(_text[i - 1]))
            {
                return false;
            }
        }

        return false;
    }

    // ---- scalars ----

    private string ParsePlain(int parentIndent, bool flow)
    {
        if (!CanStartPlain(flow))
        {
            throw Error(_pos, $"unexpected {Describe(Current)}");
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

            if (j >= _text.Length || _text[j] == '#'
                || (!flow && j - lineStart <= parentIndent)
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
    private string ParseQuoted(char quote)
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
                ParseEscape(builder);
                hard = builder.Length;
                continue;
            }

            if (IsBreak(c))
            {
                // Blanks before a line break are dropped (escaped ones are kept: they moved `hard`).
                builder.Length = hard;
                Fold(builder);
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

    // At a line break inside a quoted scalar: one break folds to a space, n+1 breaks to n line feeds; the
    // indentation of the following lines is dropped.
    private void Fold(StringBuilder builder)
    {
        int breaks = 0;
        while (true)
        {
            _pos = SkipBreak(_pos);
            breaks++;
            SkipBlanks();
            if (AtEnd || !IsBreak(Current))
            {
                break;
            }
        }

        if (breaks == 1)
        {
            builder.Append(' ');
        }
        else
        {
            builder.Append('\n', breaks - 1);
        }
    }

    private void ParseEscape(StringBuilder builder)
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
                _pos = SkipBreak(_pos - 1);
                SkipBlanks();
                while (!AtEnd && IsBreak(Current))
                {
                    _pos = SkipBreak(_pos);
                    builder.Append('\n');
                    SkipBlanks();
                }

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
            // The first non-empty line sets the indentation.
            indent = 0;
            int j = _pos;
            while (j < _text.Length)
            {
                int lineStart = j;
                while (j < _text.Length && _text[j] == ' ')
                {
                    j++;
                }

                if (j < _text.Length && IsBreak(_text[j]))
                {
                    j = SkipBreak(j);
                    continue;
                }

                indent = j - lineStart;
                break;
            }

            if (indent <= parentIndent)
            {
                indent = parentIndent + 1;
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

            // A line of only spaces beyond the indentation is an empty line of the content.
            if (_pos - lineStart == indent)
            {
                int j = _pos;
                while (j < _text.Length && IsBlank(_text[j]))
                {
                    j++;
                }

                if (j >= _text.Length)
                {
                    _pos = j;
                    return;
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

    // ---- flow collections ----

    private object ParseFlowNode()
    {
        Enter();
        SkipFlowSpace();
        long start = _pos;
        Properties properties = ParseProperties(flow: true);
        SkipFlowSpace();
        object value;
        switch (Current)
        {
            case '[':
                value = Collection(properties, ParseFlowSequence(), isMapping: false);
                break;
            case '{':
                value = Collection(properties, ParseFlowMapping(), isMapping: true);
                break;
            case '"' or '\'':
                value = Scalar(ParseQuoted(Current), plain: false, properties, start);
                break;
            case '*':
                value = ParseAlias(properties, flow: true);
                break;
            case ',' or ']' or '}':
                value = Empty(properties);
                break;
            default:
                if (AtEnd)
                {
                    throw Error(start, "the flow collection is not closed");
                }

                value = Scalar(ParsePlain(-1, flow: true), plain: true, properties, start);
                break;
        }

        _depth--;
        return value;
    }

    private object[] ParseFlowSequence()
    {
        long start = _pos;
        _pos++;
        var items = new List<object>();
        while (true)
        {
            SkipFlowSpace();
            if (AtEnd)
            {
                throw Error(start, "a flow sequence ('[') is not closed");
            }

            if (Current == ']')
            {
                _pos++;
                return items.ToArray();
            }

            _context.Push(items.Count);
            long itemStart = _pos;
            object item = ParseFlowNode();
            SkipFlowSpace();
            if (Current == ':')
            {
                // A single-pair mapping: [a: 1].
                _pos++;
                string key = KeyText(item, itemStart);
                SkipFlowSpace();
                object value = Current is ',' or ']' ? LiteralNode.Null : ParseFlowNode();
                item = new[] { new Field(key, value, merge: false) };
                SkipFlowSpace();
            }

            _context.Pop();
            items.Add(item);
            if (Current == ',')
            {
                _pos++;
            }
            else if (Current != ']')
            {
                throw Error(AtEnd ? start : _pos, AtEnd ? "a flow sequence ('[') is not closed" : $"expected ',' or ']' in a flow sequence, found {Describe(Current)}");
            }
        }
    }

    private object ParseFlowMapping()
    {
        long start = _pos;
        ObjectPositions? positions = _context.Begin(_pos);
        _pos++;
        var fields = new List<Field>();
        var offsets = new List<long>();
        List<(object Value, long Offset)>? merges = null;
        while (true)
        {
            SkipFlowSpace();
            if (AtEnd)
            {
                throw Error(start, "a flow mapping ('{') is not closed");
            }

            if (Current == '}')
            {
                _pos++;
                break;
            }

            if (Current == '?' && IsBlankOrEnd(_pos + 1))
            {
                _pos++;
                SkipFlowSpace();
            }

            long keyOffset = _pos;
            string key;
            bool merge = false;
            switch (Current)
            {
                case '"' or '\'':
                    key = ParseQuoted(Current);
                    break;
                case '*':
                    key = KeyText(ParseAlias(default, flow: true), keyOffset);
                    break;
                case '[' or '{':
                    throw Error(_pos, "a collection cannot be a mapping key");
                default:
                    key = ParsePlain(-1, flow: true);
                    merge = key == "<<";
                    break;
            }

            SkipFlowSpace();
            object value = LiteralNode.Null;
            if (Current == ':')
            {
                _pos++;
                _context.Push(key);
                SkipFlowSpace();
                ReadContext.Note(positions, key, _pos);
                if (Current is not (',' or '}'))
                {
                    value = ParseFlowNode();
                }

                _context.Pop();
                SkipFlowSpace();
            }

            if (merge)
            {
                (merges ??= new()).Add((value, keyOffset));
            }
            else
            {
                fields.Add(new Field(key, value, merge: false));
                offsets.Add(keyOffset);
            }

            if (Current == ',')
            {
                _pos++;
            }
            else if (Current != '}')
            {
                throw Error(AtEnd ? start : _pos, AtEnd ? "a flow mapping ('{') is not closed" : $"expected ',' or '}}' in a flow mapping, found {Describe(Current)}");
            }
        }

        object result = BuildObject(fields, offsets, merges);
        _context.Register(result, positions);
        return result;
    }

    // ---- properties, aliases, values ----

    private readonly struct Properties
    {
        public readonly string? Anchor;
        public readonly string? Tag;
        public readonly long TagOffset;

        public Properties(string? anchor, string? tag, long tagOffset)
        {
            Anchor = anchor;
            Tag = tag;
            TagOffset = tagOffset;
        }

        public bool IsEmpty => Anchor is null && Tag is null;

        public Properties With(Properties more, YamlReader reader)
        {
            if ((Anchor is not null && more.Anchor is not null) || (Tag is not null && more.Tag is not null))
            {
                throw reader.Error(reader._pos, "a node has two anchors or two tags");
            }

            return new Properties(Anchor ?? more.Anchor, Tag ?? more.Tag, Tag is null ? more.TagOffset : TagOffset);
        }
    }

    private Properties ParseProperties(bool flow)
    {
        string? anchor = null;
        string? tag = null;
        long tagOffset = 0;
        while (true)
        {
            if (Current == '&' && anchor is null)
            {
                _pos++;
                anchor = ReadName(flow);
            }
            else if (Current == '!' && tag is null)
            {
                tagOffset = _pos;
                tag = ReadTag(flow);
            }
            else
            {
                break;
            }

            if (flow)
            {
                SkipFlowSpace();
            }
            else
            {
                SkipBlanks();
            }
        }

        return new Properties(anchor, tag, tagOffset);
    }

    private string ReadName(bool flow)
    {
        int start = _pos;
        while (!IsBlankOrEnd(_pos) && !(flow && IsFlowIndicator(_text[_pos])))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error(start, "an anchor or alias needs a name");
        }

        return _text.Substring(start, _pos - start);
    }

    private string ReadTag(bool flow)
    {
        int start = _pos;
        _pos++;
        if (Current == '<')
        {
            int close = _text.IndexOf('>', _pos);
            if (close < 0)
            {
                throw Error(start, "a verbatim tag ('!<') is not closed");
            }

            string verbatim = _text.Substring(_pos + 1, close - _pos - 1);
            _pos = close + 1;
            return verbatim;
        }

        bool secondary = Current == '!';
        if (secondary)
        {
            _pos++;
        }

        int suffixStart = _pos;
        while (!IsBlankOrEnd(_pos) && !(flow && IsFlowIndicator(_text[_pos])))
        {
            _pos++;
        }

        string suffix = _text.Substring(suffixStart, _pos - suffixStart);
        if (secondary)
        {
            return CoreTag + suffix;
        }

        return suffix.Length == 0 ? "!" : "!" + suffix;
    }

    private object ParseAlias(Properties properties, bool flow)
    {
        long start = _pos;
        if (!properties.IsEmpty)
        {
            throw Error(start, "an alias cannot have an anchor or a tag");
        }

        _pos++;
        string name = ReadName(flow);
        if (!_anchors.TryGetValue(name, out object? value))
        {
            throw Error(start, $"the alias *{name} has no anchor &{name} before it in this document");
        }

        _aliasNodes += Size(value);
        if (_aliasNodes > MaxAliasNodes)
        {
            throw Error(start, $"aliases expand to more than {MaxAliasNodes:N0} values");
        }

        return value;
    }

    private long Size(object value)
    {
        if (!Values.IsArray(value) && !Values.IsObject(value))
        {
            return 1;
        }

        if (_sizes.TryGetValue(value, out long size))
        {
            return size;
        }

        size = 1;
        if (Values.IsArray(value))
        {
            foreach (object item in Values.Items(value))
            {
                size += Size(item);
            }
        }
        else
        {
            foreach (Field field in Values.Fields(value))
            {
                size += Size(field.Value);
            }
        }

        _sizes[value] = size;
        return size;
    }

    private object Anchor(Properties properties, object value)
    {
        if (properties.Anchor is { } anchor)
        {
            _anchors[anchor] = value;
        }

        return value;
    }

    private object Empty(Properties properties) =>
        properties.Tag is null
            ? Anchor(properties, LiteralNode.Null)
            : Scalar(string.Empty, plain: true, properties, properties.TagOffset);

    private object Collection(Properties properties, object value, bool isMapping)
    {
        if (properties.Tag is { } tag && tag != "!" && tag != CoreTag + (isMapping ? "map" : "seq"))
        {
            throw Error(properties.TagOffset, $"the tag {tag} does not fit a {(isMapping ? "mapping" : "sequence")}");
        }

        return Anchor(properties, value);
    }

    private object Scalar(string text, bool plain, Properties properties, long offset)
    {
        object value;
        switch (properties.Tag)
        {
            case null:
                value = plain ? Resolve(text, offset) : text;
                break;
            case "!" or CoreTag + "str" or CoreTag + "binary" or CoreTag + "timestamp":
                value = text;
                break;
            case CoreTag + "int":
                value = Resolve(text, offset) is NumberNode integer && IsIntegerText(integer.Text) ? integer : throw Error(offset, $"'{text}' is not an integer (!!int)");
                break;
            case CoreTag + "float":
                value = Resolve(text, offset) as NumberNode ?? throw Error(offset, $"'{text}' is not a number (!!float)");
                break;
            case CoreTag + "bool":
                value = Resolve(text, offset) is LiteralNode { Kind: NodeKind.True or NodeKind.False } boolean ? boolean : throw Error(offset, $"'{text}' is not a boolean (!!bool)");
                break;
            case CoreTag + "null":
                value = ReferenceEquals(Resolve(text, offset), LiteralNode.Null) ? LiteralNode.Null : throw Error(offset, $"'{text}' is not null (!!null)");
                break;
            default:
                throw Error(properties.TagOffset, $"the tag {properties.Tag} is not supported (manifests use the standard tags only)");
        }

        return Anchor(properties, value);
    }

    private static bool IsIntegerText(string text) => text.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    private string KeyText(object key, long offset) => Values.Kind(key) switch
    {
        NodeKind.String => (string)key,
        NodeKind.Number => ((NumberNode)key).Text,
        NodeKind.True => "true",
        NodeKind.False => "false",
        NodeKind.Null => "null",
        _ => throw Error(offset, "a collection cannot be a mapping key"),
    };

    private object BuildObject(List<Field> fields, List<long> offsets, List<(object Value, long Offset)>? merges)
    {
        if (fields.Count == 0 && merges is null)
        {
            return Values.EmptyObject;
        }

        Field[] array = fields.ToArray();
        string? duplicate = KeyOrder.SortAndFindDuplicate(array, array.Length);
        if (duplicate is not null)
        {
            int first = fields.FindIndex(f => f.Name == duplicate);
            int second = fields.FindIndex(first + 1, f => f.Name == duplicate);
            _context.Push(duplicate);
            KubesonnetReadException error = Error(offsets[second], $"duplicate key \"{duplicate}\"");
            _context.Pop();
            throw error;
        }

        if (merges is null)
        {
            return array;
        }

        // "<<: *base" and "<<: [*a, *b]": keys written here win, then earlier sources over later ones.
        var merged = new List<Field>(array);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Field field in array)
        {
            names.Add(field.Name);
        }

        foreach ((object value, long offset) in merges)
        {
            object[] sources = Values.IsArray(value) ? Values.Items(value).ToArray() : new[] { value };
            foreach (object source in sources)
            {
                if (!Values.IsObject(source))
                {
                    throw Error(offset, "a merge key (<<) takes a mapping or a sequence of mappings");
                }

                foreach (Field field in Values.Fields(source))
                {
                    if (names.Add(field.Name))
                    {
                        merged.Add(field);
                    }
                }
            }
        }

        Field[] result = merged.ToArray();
        KeyOrder.SortAndFindDuplicate(result, result.Length);
        return result;
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

    // ---- low-level scanning ----

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error(_pos, $"the document nests deeper than {MaxDepth} levels");
        }
    }

    private KubesonnetReadException Error(long offset, string reason) => _context.Error(offset, reason);

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsBreak(char c) => c is '\n' or '\r';

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    private bool IsBlankOrEnd(int i) => i >= _text.Length || _text[i] is ' ' or '\t' or '\n' or '\r';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private bool CanStartPlain(bool flow)
    {
        if (AtEnd)
        {
            return false;
        }

        char c = Current;
        if (c is '-' or '?' or ':')
        {
            return !IsBlankOrEnd(_pos + 1) && !(flow && IsFlowIndicator(_text[_pos + 1]));
        }

        return !(IsBlank(c) || IsBreak(c) || c is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    private static string Describe(char c) => c switch
    {
        '\0' => "the end of the input",
        '\t' => "a tab",
        _ => $"'{c}'",
    };

    private int LineStart(int position)
    {
        int i = Math.Min(position, _text.Length);
        while (i > 0 && !IsBreak(_text[i - 1]))
        {
            i--;
        }

        // A byte order mark is not a column: the first line's keys start after it.
        return i == 0 && _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : i;
    }

    private int SkipBreak(int i)
    {
        if (i < _text.Length && _text[i] == '\r')
        {
            i++;
            if (i < _text.Length && _text[i] == '\n')
            {
                i++;
            }

            return i;
        }

        return i < _text.Length && _text[i] == '\n' ? i + 1 : i;
    }

    private void SkipBlanks()
    {
        while (!AtEnd && IsBlank(_text[_pos]))
        {
            _pos++;
        }
    }

    private void SkipToLineEnd()
    {
        while (!AtEnd && !IsBreak(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool AtLineEndOrComment() => AtEnd || IsBreak(Current) || Current == '#';

    // Skips blanks, comments and line breaks; true when content follows (the position is at it).
    private bool SkipToContent()
    {
        while (true)
        {
            SkipBlanks();
            if (AtEnd)
            {
                return false;
            }

            char c = Current;
            if (c == '#')
            {
                SkipToLineEnd();
            }
            else if (IsBreak(c))
            {
                _pos = SkipBreak(_pos);
            }
            else
            {
                return true;
            }
        }
    }

    private void SkipFlowSpace()
    {
        while (!AtEnd)
        {
            char c = Current;
            if (IsBlank(c))
            {
                _pos++;
            }
            else if (IsBreak(c))
            {
                _pos = SkipBreak(_pos);
            }
            else if (c == '#' && (_pos == 0 || IsBlank(_text[_pos - 1]) || IsBreak(_text[_pos - 1])))
            {
                SkipToLineEnd();
            }
            else
            {
                return;
            }
        }
    }

    private void ExpectLineEnd()
    {
        SkipBlanks();
        if (!AtLineEndOrComment())
        {
            throw Error(_pos, Current == ':'
                ? "a mapping value cannot start here (a ': ' inside a value needs quotes)"
                : $"unexpected {Describe(Current)} after the value");
        }
    }

    private bool AtSequenceEntry() => Current == '-' && IsBlankOrEnd(_pos + 1);

    private bool AtMarker(char c) => Column == 0 && AtMarkerAt(_pos, c);

    private bool AtAnyMarker() => AtMarker('-') || AtMarker('.');

    private bool AtAnyMarkerAt(int i) => AtMarkerAt(i, '-') || AtMarkerAt(i, '.');

    private bool AtMarkerAt(int i, char c) =>
        i + 2 < _text.Length && _text[i] == c && _text[i + 1] == c && _text[i + 2] == c && IsBlankOrEnd(i + 3);
}
