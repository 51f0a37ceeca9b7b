using System.Collections.Generic;
using System.Globalization;
using Kubesonnet.Generator.Diagnostics;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Builds SharpYaml's tree from JSON text directly: Kubernetes documents are JSON, and a JSON-only parser is faster
    /// than a YAML parser on them (GeneratorStageBenchmarks: ParseJson against Parse). Objects and arrays carry their
    /// positions (<see cref="YamlReading.SetPositions"/>), as the YAML reader's nodes do. Nesting deeper than
    /// <see cref="Limits.MaxNesting"/> is refused (KSN004), so the recursion here is bounded. A key written twice in one
    /// object keeps its first value and is reported (KSN006), as the YAML reader does.
    /// </summary>
    internal sealed partial class JsonTree
    {
        private readonly string _text;
        private readonly Findings? _findings;
        private readonly string? _skippedKey;

        // The keys (or, for array items, null and the index) from the root to the value being read: a path is
        // made of them only when something is reported.
        private readonly List<string?> _keys = new List<string?>();
        private readonly List<int> _indexes = new List<int>();
        private int _index;
        private int _line;
        private int _lineStart;
        private int _depth;

        private JsonTree(string text, Findings? findings, string? skippedKey)
        {
            _text = text;
            _findings = findings;
            _skippedKey = skippedKey;
        }

        /// <summary>True when <paramref name="text"/> starts (after white space) with <c>{</c>.</summary>
        public static bool LooksLikeJson(string text)
        {
            foreach (char c in text)
            {
                if (c == '{')
                {
                    return true;
                }

                if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\uFEFF')
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Parses <paramref name="text"/>; throws <see cref="YamlException"/> with the position of the first error
        /// (a <see cref="YamlReadException"/> with <see cref="YamlReadException.IsLimit"/> for nesting too deep).
        /// Duplicate keys go to <paramref name="findings"/>; without it they are errors. The root object's
        /// <paramref name="skippedKey"/> (a document's <c>paths</c>) is read as <c>{}</c> when its value is an object
        /// or array, without parsing it: lines and columns after it are the text's.
        /// </summary>
        public static YamlDocument Parse(string text, Findings? findings = null, string? skippedKey = null)
        {
            var tree = new JsonTree(text, findings, skippedKey);
            tree.SkipWhitespace();
            if (tree._index < text.Length && text[tree._index] == '\uFEFF')
            {
                tree._index++;
                tree.SkipWhitespace();
            }

            YamlNode root = tree.ReadValue();
            tree.SkipWhitespace();
            if (tree._index < text.Length)
            {
                throw tree.Error("unexpected text after the end of the document");
            }

            return new YamlDocument(root);
        }

        private YamlNode ReadValue()
        {
            if (_index >= _text.Length)
            {
                throw Error("the document ends where a value was expected");
            }

            switch (_text[_index])
            {
                case '{':
                case '[':
                    // Objects and arrays: refused past the nesting limit, before the recursion can exhaust the stack.
                    Enter();
                    YamlNode collection = _text[_index] == '{' ? ReadObject() : ReadArray();
                    _depth--;
                    return collection;
                case '"':
                    return new YamlScalarNode(ReadString()) { Style = SharpYaml.ScalarStyle.DoubleQuoted };
                default:
                    return ReadLiteral();
            }
        }

        private YamlMappingNode ReadObject()
        {
            Mark start = Here();
            _index++;
            var mapping = new YamlMappingNode();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _index++;
                YamlReading.SetPositions(mapping, start, Here());
                return mapping;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name in double quotes");
                }

                Mark keyStart = Here();
                string key = ReadString();

                // Keys are untagged scalars, equal by value (YamlTree.Get): the mapping itself finds a duplicate.
                var keyNode = new YamlScalarNode(key);
                bool duplicate = mapping.Children.ContainsKey(keyNode);
                if (duplicate && _findings == null)
                {
                    _index = keyStart.Index;
                    throw Error("the property '" + key + "' appears twice in one object");
                }

                if (duplicate)
                {
                    _findings!.Add(keyStart, Here(), SchemaPath.Child(PathHere(), key), Report.DuplicateKey());
                }

                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw Error("expected ':' after a property name");
                }

                _index++;
                SkipWhitespace();
                _keys.Add(key);
                _indexes.Add(0);
                YamlNode value = _depth == 1 && key == _skippedKey ? Skip() ?? ReadValue() : ReadValue();
                _keys.RemoveAt(_keys.Count - 1);
                _indexes.RemoveAt(_indexes.Count - 1);
                if (!duplicate)
                {
                    mapping.Add(keyNode, value);
                }

                SkipWhitespace();
                char next = Peek();
                _index++;
                if (next == '}')
                {
                    YamlReading.SetPositions(mapping, start, Here());
                    return mapping;
                }

                if (next != ',')
                {
                    _index--;
                    throw Error("expected ',' or '}' in an object");
                }
            }
        }

        /// <summary>
        /// The object or array at the current position as an empty object, its text passed over (lines counted); null
        /// when it is neither or not closed, and then it is parsed (and its error reported) as any value.
        /// </summary>
        private YamlMappingNode? Skip()
        {
            int end = JsonSkim.EndOfValue(_text, _index);
            if (end < 0)
            {
                return null;
            }

            Mark start = Here();
            for (int newline = _text.IndexOf('\n', _index, end - _index); newline >= 0; newline = _text.IndexOf('\n', newline + 1, end - newline - 1))
            {
                _line++;
                _lineStart = newline + 1;
            }

            _index = end;
            var empty = new YamlMappingNode();
            YamlReading.SetPositions(empty, start, Here());
            return empty;
        }

        private YamlSequenceNode ReadArray()
        {
            Mark start = Here();
            _index++;
            var sequence = new YamlSequenceNode();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _index++;
                YamlReading.SetPositions(sequence, start, Here());
                return sequence;
            }

            _keys.Add(null);
            _indexes.Add(0);
            while (true)
            {
                SkipWhitespace();
                sequence.Add(ReadValue());
                _indexes[_indexes.Count - 1]++;
                SkipWhitespace();
                char next = Peek();
                _index++;
                if (next == ']')
                {
                    YamlReading.SetPositions(sequence, start, Here());
                    _keys.RemoveAt(_keys.Count - 1);
                    _indexes.RemoveAt(_indexes.Count - 1);
                    return sequence;
                }

                if (next != ',')
                {
                    _index--;
                    throw Error("expected ',' or ']' in an array");
                }
            }
        }

        private char Peek() => _index < _text.Length ? _text[_index] : '\0';

        private void SkipWhitespace()
        {
            while (_index < _text.Length)
            {
                char c = _text[_index];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _index + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                _index++;
            }
        }

        private Mark Here() => new Mark(_index, _line, _index - _lineStart);

        private void Enter()
        {
            if (++_depth > Limits.MaxNesting)
            {
                Mark here = Here();
                throw new YamlReadException(
                    here,
                    here,
                    SchemaPath.Text(PathHere()),
                    "objects and arrays nest deeper than " + Limits.MaxNesting.ToString(CultureInfo.InvariantCulture),
                    isLimit: true);
            }
        }

        // The path of the value being read.
        private SchemaPath? PathHere()
        {
            SchemaPath? path = null;
            for (int i = 0; i < _keys.Count; i++)
            {
                path = SchemaPath.Child(path, _keys[i] ?? _indexes[i].ToString(CultureInfo.InvariantCulture));
            }

            return path;
        }

        private YamlException Error(string message)
        {
            // Strings can hold no raw newline, so only white space moved the line counter; recount for exactness.
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < _index && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var mark = new Mark(_index, line, _index - lineStart);
            return new YamlException(mark, mark, "(Line: " + (line + 1) + ", Col: " + (_index - lineStart + 1) + ") " + message);
        }

        private static readonly char[] s_stringSpecial = { '"', '\\', '\n', '\r', '\t', '\0' };
    }
}
