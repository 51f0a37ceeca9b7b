using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>Block collections: mappings and sequences laid out by indentation, and their keys.</summary>
internal sealed partial class YamlReader
{
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
}
