using System;
using System.Collections.Generic;

namespace Kubesonnet.Internal;

/// <summary>Node properties (anchors and tags), aliases, and the values nodes make (tagged scalars, mappings with merge keys).</summary>
internal sealed partial class YamlReader
{
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

    // A tag, resolved to its full name: "!<verbatim>", "!!str" (the core schema's, unless %TAG redefines "!!"),
    // "!local", "!name!suffix" (its handle declared by %TAG).
    private string ReadTag(bool flow)
    {
        int start = _pos;
        _pos++;
        if (Current == '<')
        {
            int close = _text.IndexOf('>', _pos);
            if (close < 0 || _text.AsSpan(_pos, close - _pos).IndexOfAny(" \t\r\n") >= 0)
            {
                throw Error(start, "a verbatim tag ('!<') is not closed");
            }

            string verbatim = _text.Substring(_pos + 1, close - _pos - 1);
            _pos = close + 1;
            return verbatim;
        }

        int suffixStart = _pos;
        string handle = "!";
        while (!IsBlankOrEnd(_pos) && !(flow && IsFlowIndicator(_text[_pos])))
        {
            if (_text[_pos] == '!')
            {
                if (handle != "!")
                {
                    throw Error(start, "a tag has one handle ('!', '!!' or '!name!')");
                }

                handle = _text.Substring(start, _pos - start + 1);
                suffixStart = _pos + 1;
            }

            _pos++;
        }

        string suffix = _text.Substring(suffixStart, _pos - suffixStart);
        if (handle == "!" && suffix.Length == 0)
        {
            // The non-specific tag: the node is a string, or a plain collection.
            return "!";
        }

        if (_tagHandles.TryGetValue(handle, out string? prefix))
        {
            return prefix + suffix;
        }

        return handle switch
        {
            "!!" => CoreTag + suffix,
            "!" => "!" + suffix,
            _ => throw Error(start, $"the tag handle {handle} is not declared (a %TAG directive before '---' declares it)"),
        };
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

    // A collection's tag: none, '!', !!map or !!seq; !!set (a mapping whose values are null) and !!omap, !!pairs
    // (a sequence of one-key mappings) read as the collection they are written as.
    private object Collection(Properties properties, object value, bool isMapping)
    {
        switch (properties.Tag)
        {
            case null or "!":
                break;
            case CoreTag + "map" when isMapping:
            case CoreTag + "seq" when !isMapping:
                break;
            case CoreTag + "set" when isMapping:
                foreach (Field field in Values.Fields(value))
                {
                    if (!ReferenceEquals(field.Value, LiteralNode.Null))
                    {
                        throw Error(properties.TagOffset, $"a !!set's keys have no values; \"{field.Name}\" has one");
                    }
                }

                break;
            case CoreTag + "omap" or CoreTag + "pairs" when !isMapping:
                foreach (object item in Values.Items(value))
                {
                    if (!Values.IsObject(item) || Values.Fields(item).Length != 1)
                    {
                        throw Error(properties.TagOffset, $"the entries of {properties.Tag} are mappings of one key each");
                    }
                }

                break;
            default:
                throw Error(properties.TagOffset, properties.Tag.StartsWith(CoreTag, StringComparison.Ordinal)
                    ? $"the tag {properties.Tag} does not fit a {(isMapping ? "mapping" : "sequence")}"
                    : $"the tag {properties.Tag} is not supported (manifests use the standard tags only)");
        }

        return Anchor(properties, value);
    }

    // A scalar's value, by its tag.
    private object Scalar(string text, bool plain, Properties properties, long offset)
    {
        object value;
        switch (properties.Tag)
        {
            case null:
                // Untagged: a plain scalar resolves by the schema, a quoted or block one is a string.
                value = plain ? Resolve(text, offset) : text;
                break;
            case "!" or CoreTag + "str" or CoreTag + "binary" or CoreTag + "timestamp":
                // A string (JSON has no binary or timestamp: their text is kept).
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
            case CoreTag + "map" or CoreTag + "seq" or CoreTag + "set" or CoreTag + "omap" or CoreTag + "pairs":
                // A collection's tag on a scalar.
                throw Error(properties.TagOffset, $"the tag {properties.Tag} does not fit a scalar");
            default:
                // A custom tag: refused (docs/reading-yaml.md).
                throw Error(properties.TagOffset, $"the tag {properties.Tag} is not supported (manifests use the standard tags only)");
        }

        return Anchor(properties, value);
    }

    private static bool IsIntegerText(string text) => text.AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    private const string EmptyKey = "a mapping key is empty (null); write '' for an empty string, or null for the word";

    // A key read as a node (an alias, a tagged or explicit key): its text. Manifests' keys are strings: an empty
    // (null) key or a collection is refused.
    private string KeyText(object key, long offset) => Values.Kind(key) switch
    {
        NodeKind.String => (string)key,
        NodeKind.Number => ((NumberNode)key).Text,
        NodeKind.True => "true",
        NodeKind.False => "false",
        NodeKind.Null => throw Error(offset, EmptyKey),
        _ => throw Error(offset, "a collection cannot be a mapping key"),
    };

    // A mapping's entries as read (block or flow): its keys with where they are, and its merge keys' values.
    private sealed class MappingEntries
    {
        public readonly List<Field> Fields = new();
        public readonly List<long> Offsets = new();
        public List<(object Value, long Offset)>? Merges;

        public bool IsEmpty => Fields.Count == 0 && Merges is null;

        public void Add(string key, object value, long offset, bool merge)
        {
            if (merge)
            {
                (Merges ??= new()).Add((value, offset));
            }
            else
            {
                Fields.Add(new Field(key, value, merge: false));
                Offsets.Add(offset);
            }
        }
    }

    private object BuildObject(MappingEntries entries)
    {
        List<Field> fields = entries.Fields;
        List<long> offsets = entries.Offsets;
        List<(object Value, long Offset)>? merges = entries.Merges;
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
}
