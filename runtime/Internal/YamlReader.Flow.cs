using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>Flow collections: <c>[...]</c> and <c>{...}</c>, which may span lines regardless of indentation.</summary>
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
}
