using System;
using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>
/// Flow collections: <c>[...]</c> and <c>{...}</c>, which may span lines as long as each line is indented deeper
/// than the block collection they are in.
/// </summary>
internal sealed partial class YamlReader
{
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
                // A nested flow sequence.
                value = Collection(properties, ParseFlowSequence(_flowIndent), isMapping: false);
                break;
            case '{':
                // A nested flow mapping.
                value = Collection(properties, ParseFlowMapping(_flowIndent), isMapping: true);
                break;
            case '"' or '\'':
                // A quoted scalar.
                value = Scalar(ParseQuoted(Current, _flowIndent), plain: false, properties, start);
                break;
            case '*':
                // An alias.
                value = ParseAlias(properties, flow: true);
                break;
            case ',' or ']' or '}':
            case ':' when IsBlankOrEnd(_pos + 1) || IsFlowIndicator(_text[_pos + 1]):
                // An empty node (its properties alone, or a pair's missing value).
                value = Empty(properties);
                break;
            default:
                // A plain scalar (or the end of the text: the collection is not closed).
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

    // At '['; its lines are indented at least `indent` spaces.
    private object[] ParseFlowSequence(int indent)
    {
        _flowIndent = indent;
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

            if (Current == ',')
            {
                throw Error(_pos, "an empty entry in a flow sequence (two commas in a row, or a comma first)");
            }

            _context.Push(items.Count);
            int itemStart = _pos;
            object item;
            if (Current == '?' && IsBlankOrEnd(_pos + 1))
            {
                // An explicit pair: [? key : value], a mapping of one key.
                _pos++;
                string key = KeyText(ParseFlowNode(), itemStart);
                SkipFlowSpace();
                item = new[] { new Field(key, FlowPairValue(']'), merge: false) };
            }
            else
            {
                item = ParseFlowNode();
                int itemEnd = _pos;
                SkipFlowSpace();
                if (Current == ':')
                {
                    // A single-pair mapping: [a: 1]; its key is on one line.
                    if (_text.AsSpan(itemStart, itemEnd - itemStart).IndexOfAny('\n', '\r') >= 0 || _text.AsSpan(itemEnd, _pos - itemEnd).IndexOfAny('\n', '\r') >= 0)
                    {
                        throw Error(_pos, "the key of a pair in a flow sequence must be on one line with its ':'");
                    }

                    item = new[] { new Field(KeyText(item, itemStart), FlowPairValue(']'), merge: false) };
                }
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

    // After a pair's key (and the flow space after it): the value after ':', or null; leaves the position at what
    // follows the pair.
    private object FlowPairValue(char close)
    {
        object value = LiteralNode.Null;
        if (Current == ':')
        {
            _pos++;
            SkipFlowSpace();
            if (Current != ',' && Current != close)
            {
                value = ParseFlowNode();
            }

            SkipFlowSpace();
        }

        return value;
    }

    // At '{'; its lines are indented at least `indent` spaces.
    private object ParseFlowMapping(int indent)
    {
        _flowIndent = indent;
        long start = _pos;
        ObjectPositions? positions = _context.Begin(_pos);
        _pos++;
        var entries = new MappingEntries();
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

            if (Current == ',')
            {
                throw Error(_pos, "an empty entry in a flow mapping (two commas in a row, or a comma first)");
            }

            if (Current == '?' && IsBlankOrEnd(_pos + 1))
            {
                // An explicit key: { ? key : value }.
                _pos++;
                SkipFlowSpace();
            }

            long keyOffset = _pos;
            string key = ParseFlowKey(out bool merge);
            SkipFlowSpace();
            _context.Push(key);
            if (Current == ':')
            {
                ReadContext.Note(positions, key, _pos + 1);
            }

            object value = FlowPairValue('}');
            _context.Pop();
            entries.Add(key, value, keyOffset, merge);

            if (Current == ',')
            {
                _pos++;
            }
            else if (Current != '}')
            {
                throw Error(AtEnd ? start : _pos, AtEnd ? "a flow mapping ('{') is not closed" : $"expected ',' or '}}' in a flow mapping, found {Describe(Current)}");
            }
        }

        object result = BuildObject(entries);
        _context.Register(result, positions);
        return result;
    }

    // A flow mapping's key: a scalar (as written), an alias, or empty with properties ("!!str : v").
    private string ParseFlowKey(out bool merge)
    {
        long start = _pos;
        Properties properties = ParseProperties(flow: true);
        SkipFlowSpace();
        merge = false;
        switch (Current)
        {
            case '"' or '\'':
                // A quoted key.
                long quote = _pos;
                return KeyText(Scalar(ParseQuoted(Current, _flowIndent), plain: false, properties, quote), quote);
            case '*':
                // An alias as a key.
                return KeyText(ParseAlias(properties, flow: true), start);
            case '[' or '{':
                // A collection as a key: JSON has none.
                throw Error(_pos, "a collection cannot be a mapping key");
            case ',' or '}':
            case ':' when IsBlankOrEnd(_pos + 1) || IsFlowIndicator(_text[_pos + 1]):
                // An empty key: with a tag ("!!str : v") the empty string, else refused (null).
                return KeyText(Empty(properties), start);
            default:
                // A plain key, as written.
                long plain = _pos;
                string key = PlainKey(ParsePlain(-1, flow: true), properties, plain);
                merge = key == "<<" && properties.IsEmpty;
                return key;
        }
    }
}
