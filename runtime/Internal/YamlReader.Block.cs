using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>Block collections: mappings and sequences laid out by indentation (their keys: YamlReader.Keys.cs).</summary>
internal sealed partial class YamlReader
{
    // Right after an indicator ("key:", "- ", "? ", "---") or at the start of a document: the node is on this line,
    // on the following lines, or empty. Anchors and tags alone on their lines belong to the node below them; those
    // on the line of a mapping's first key belong to that key.
    private object ParseBlockNode(int parentIndent, Context context)
    {
        Enter();
        SkipBlanks();

        // On the indicator's own line only a compact collection ("- - a", "- a: b", "? - a") may start; a document
        // without '---' starts at the beginning of a line, where anything may.
        bool allowCollection = context is Context.Document or Context.SequenceEntry or Context.ExplicitEntry;
        Properties above = default;
        object result;
        while (true)
        {
            int lineStart = _pos;
            int column = Column;
            Properties inline = ParseProperties(flow: false);
            if (!AtLineEndOrComment())
            {
                // Which node is on this line?
                result = ParseBlockAt(column, lineStart, parentIndent, above, inline, allowCollection, context);
                break;
            }

            // Properties alone on a line: they apply to the node below them.
            above = above.With(inline, this);
            if (!SkipToContent() || (Column == 0 && AtAnyMarker()))
            {
                // Is the node empty? Nothing follows before the end of the document.
                result = Empty(above);
                break;
            }

            int indent = Column;
            if (indent > parentIndent)
            {
                // Is the node on the next line? It is indented deeper than its parent.
                allowCollection = true;
                continue;
            }

            if (context == Context.MappingValue && indent == parentIndent && AtSequenceEntry())
            {
                // Is it an indentless sequence? "key:\n- a\n- b", as kubectl writes them.
                RefuseTabIndent(_pos, "a block sequence");
                result = Collection(above, ParseBlockSequence(indent), isMapping: false);
            }
            else
            {
                // Is the node empty? The next line belongs to an enclosing collection.
                result = Empty(above);
            }

            break;
        }

        _depth--;
        return result;
    }

    // At a node's first character (after `inline` properties, which started at `start`, column `column`).
    private object ParseBlockAt(int column, int start, int parentIndent, Properties above, Properties inline, bool allowCollection, Context context)
    {
        char c = Current;
        if (AtSequenceEntry())
        {
            // Is it a block sequence? "- " starts one.
            if (!allowCollection)
            {
                throw Error(_pos, context == Context.MappingValue
                    ? "a block sequence cannot start on the line of its key; put it on the next line"
                    : "a block sequence cannot start on the '---' line; put it on the next line");
            }

            if (!inline.IsEmpty)
            {
                throw Error(start, "a block sequence cannot start on the line of its anchor or tag; put them on the line before");
            }

            RefuseTabIndent(start, "a block sequence");
            return Collection(above, ParseBlockSequence(Column), isMapping: false);
        }

        // Is it a block mapping? "? " or "key:" starts one; properties on this line are its first key's. (A value on
        // its key's line is not looked at: "key: a: b" is refused where the second ':' is.)
        if ((allowCollection || context == Context.DirectivesEnd) && ((c == '?' && IsBlankOrEnd(_pos + 1)) || LooksLikeImplicitKey()))
        {
            if (!allowCollection)
            {
                throw Error(_pos, "a block mapping cannot start on the '---' line; put it on the next line");
            }

            if (c == '?' && !inline.IsEmpty)
            {
                throw Error(start, "an anchor or tag cannot stand before '?' on its line; put it on the line before");
            }

            RefuseTabIndent(start, "a block mapping");
            return Collection(above, ParseBlockMapping(column, inline, start), isMapping: true);
        }

        // Otherwise a scalar, a flow collection or an alias, on this line.
        Properties properties = above.With(inline, this);
        long offset = _pos;
        object value;
        switch (c)
        {
            case '*':
                // An alias: the anchored node again.
                value = ParseAlias(properties, flow: false);
                break;
            case '|' or '>':
                // A block scalar; it ends at the start of the line after it.
                return Scalar(ParseBlockScalar(parentIndent), plain: false, properties, offset);
            case '[':
                value = Collection(properties, ParseFlowSequence(parentIndent + 1), isMapping: false);
                break;
            case '{':
                value = Collection(properties, ParseFlowMapping(parentIndent + 1), isMapping: true);
                break;
            case '"' or '\'':
                value = Scalar(ParseQuoted(c, parentIndent + 1), plain: false, properties, offset);
                break;
            default:
                value = Scalar(ParsePlain(parentIndent, flow: false), plain: true, properties, offset);
                break;
        }

        ExpectLineEnd();
        return value;
    }

    // A block collection cannot be indented (or separated from its indicator) by tabs: "\tkey: v", "-\t- a".
    private void RefuseTabIndent(int start, string what)
    {
        for (int i = start - 1; i >= 0 && IsBlank(_text[i]); i--)
        {
            if (_text[i] == '\t')
            {
                throw Error(i, $"a tab before {what}: YAML indents block collections with spaces only");
            }
        }
    }

    // At the first entry (or its key's properties, `firstKey`, read from `start`); entries stand at `column`.
    private object ParseBlockMapping(int column, Properties firstKey, int start)
    {
        ObjectPositions? positions = _context.Begin(start);
        var entries = new MappingEntries();
        while (true)
        {
            long keyOffset = entries.IsEmpty ? start : _pos;
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
                key = ParseImplicitKey(firstKey, keyOffset, out merge);
                firstKey = default;
                _context.Push(key);
                SkipBlanks();
                ReadContext.Note(positions, key, _pos);
                value = ParseBlockNode(column, Context.MappingValue);
                _context.Pop();
            }

            entries.Add(key, value, keyOffset, merge);

            if (!NextBlockEntry(column, "the keys of its mapping"))
            {
                break;
            }
        }

        object result = BuildObject(entries);
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
}
