using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using SharpYaml;
using SharpYaml.Events;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Builds SharpYaml's tree from SharpYaml's parser, in one loop over its events, bounded. SharpYaml's own loader
    /// (<c>YamlStream.Load</c>) is not safe on hostile input: it hashes every mapping key, and a key that is an alias
    /// to a sequence containing itself (<c>? &amp;k [ *k ]</c>, 20 bytes) recurses until the process dies; a
    /// "billion laughs" key hashes for minutes; an alias inside its own anchor makes a cycle that every later walk
    /// (Microsoft.OpenApi's reader too) would follow for ever.
    /// </summary>
    /// <remarks>
    /// Here keys are strings (an entry whose key is an object or an array is dropped, KSN105); a key written twice
    /// keeps its first value (KSN006); an alias to a node that is not finished is refused, so the tree has no cycles;
    /// nesting, counting what aliases bring in, is at most <see cref="Limits.MaxNesting"/> and aliases may not expand
    /// the stream beyond <see cref="Limits.MaxAliasExpansion"/> times what it writes (KSN004). Nodes carry their
    /// positions as SharpYaml's loader sets them, except that an object or an array ends where it ends (SharpYaml's
    /// end where their first event does), as <see cref="JsonTree"/>'s positions do.
    /// </remarks>
    internal static class YamlReading
    {
        private static readonly Action<YamlNode, Mark>? s_setStart = MarkSetter(nameof(YamlNode.Start));
        private static readonly Action<YamlNode, Mark>? s_setEnd = MarkSetter(nameof(YamlNode.End));

        /// <summary>True when nodes get their positions (tested: they must, with the pinned SharpYaml).</summary>
        public static bool SetsPositions => s_setStart != null && s_setEnd != null;

        /// <summary>
        /// Adds the documents of <paramref name="text"/> to <paramref name="stream"/> (a document without a root is not
        /// added). Throws <see cref="YamlReadException"/> when the text is not valid YAML or exceeds a limit.
        /// </summary>
        public static void Load(string text, YamlStream stream, Findings findings, CancellationToken cancellationToken) =>
            new Builder(text, findings).Read(stream, cancellationToken);

        private static Action<YamlNode, Mark>? MarkSetter(string property)
        {
            try
            {
                // SharpYaml sets a node's Start and End only in its own loader (private setters).
                MethodInfo? setter = typeof(YamlNode).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetSetMethod(nonPublic: true);
                return setter == null
                    ? null
                    : (Action<YamlNode, Mark>?)Delegate.CreateDelegate(typeof(Action<YamlNode, Mark>), setter, throwOnBindFailure: false);
            }
            catch (Exception)
            {
                // Without positions every diagnostic points at the file's start: worse, never wrong.
                return null;
            }
        }

        internal static void SetPositions(YamlNode node, Mark start, Mark end)
        {
            s_setStart?.Invoke(node, start);
            s_setEnd?.Invoke(node, end);
        }

        /// <summary>The JSON type a scalar stands for (YAML 1.2 core schema: plain <c>7</c> is a number, <c>"7"</c> a string).</summary>
        public static string JsonType(YamlScalarNode scalar)
        {
            if (scalar.Style != ScalarStyle.Plain && scalar.Style != ScalarStyle.Any)
            {
                return "a string";
            }

            string value = scalar.Value ?? string.Empty;
            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return "null";
                case "true":
                case "True":
                case "TRUE":
                case "false":
                case "False":
                case "FALSE":
                    return "a boolean";
                case ".inf":
                case ".Inf":
                case ".INF":
                case "+.inf":
                case "+.Inf":
                case "+.INF":
                case "-.inf":
                case "-.Inf":
                case "-.INF":
                case ".nan":
                case ".NaN":
                case ".NAN":
                    return "a number";
            }

            return IsNumber(value) ? "a number" : "a string";
        }

        /// <summary>A YAML 1.2 core-schema number: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>, or hex/octal.</summary>
        public static bool IsNumber(string value)
        {
            int i = 0;
            if (value.Length > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'o'))
            {
                for (i = 2; i < value.Length; i++)
                {
                    if (!(value[1] == 'x' ? Uri.IsHexDigit(value[i]) : value[i] >= '0' && value[i] <= '7'))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (i < value.Length && (value[i] == '-' || value[i] == '+'))
            {
                i++;
            }

            int digits = Digits(value, ref i);
            if (i < value.Length && value[i] == '.')
            {
                i++;
                digits += Digits(value, ref i);
            }

            if (digits == 0)
            {
                return false;
            }

            if (i < value.Length && (value[i] == 'e' || value[i] == 'E'))
            {
                i++;
                if (i < value.Length && (value[i] == '-' || value[i] == '+'))
                {
                    i++;
                }

                if (Digits(value, ref i) == 0)
                {
                    return false;
                }
            }

            return i == value.Length;
        }

        private static int Digits(string value, ref int i)
        {
            int start = i;
            while (i < value.Length && value[i] >= '0' && value[i] <= '9')
            {
                i++;
            }

            return i - start;
        }

        /// <summary>
        /// The message of a parse error for a diagnostic: one line, without the zero-based positions SharpYaml puts
        /// before it (the diagnostic's location has them) and without a closing period.
        /// </summary>
        public static string Detail(YamlException exception)
        {
            string message = exception.Message ?? string.Empty;
            int prefix = message.StartsWith("(Lin:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
            return (prefix >= 0 ? message.Substring(prefix + 3) : message).Replace('\r', ' ').Replace('\n', ' ').Trim().TrimEnd('.');
        }

        /// <summary>An anchored node: its size and height once expanded, and whether it is still being read.</summary>
        private readonly struct Anchored
        {
            public Anchored(YamlNode node, long size, int height, bool open)
            {
                Node = node;
                Size = size;
                Height = height;
                Open = open;
            }

            public YamlNode Node { get; }

            public long Size { get; }

            public int Height { get; }

            public bool Open { get; }
        }

        /// <summary>An object or array being read.</summary>
        private sealed class Frame
        {
            public Frame(YamlMappingNode? mapping, YamlSequenceNode? sequence, string? anchor, string segment)
            {
                Mapping = mapping;
                Sequence = sequence;
                Anchor = anchor;
                Segment = segment;
            }

            public YamlMappingNode? Mapping { get; }

            public YamlSequenceNode? Sequence { get; }

            public YamlNode Node => (YamlNode?)Mapping ?? Sequence!;

            public string? Anchor { get; }

            /// <summary>Where this node stands in its parent: a key, an index, or <c>?</c> for a key that is itself an object.</summary>
            public string Segment { get; }

            /// <summary>Nodes below and including this one, aliases expanded.</summary>
            public long Size { get; set; } = 1;

            /// <summary>Levels below and including this one, aliases expanded.</summary>
            public int Height { get; set; } = 1;

            /// <summary>A mapping's key read and waiting for its value.</summary>
            public YamlNode? Key { get; set; }

            public int Count { get; set; }
        }

        private sealed class Builder
        {
            private readonly string _text;
            private readonly Findings _findings;
            private readonly List<Frame> _open = new List<Frame>();
            private readonly Dictionary<string, Anchored> _anchors = new Dictionary<string, Anchored>(StringComparer.Ordinal);
            private readonly long _runningBound;
            private long _written;
            private long _expanded;
            private bool _aliased;
            private YamlNode? _root;

            public Builder(string text, Findings findings)
            {
                _text = text;
                _findings = findings;

                // A document writes at most about one node per character: past this, the final check must fail anyway.
                _runningBound = Math.Min(Limits.MaxNodes, ((2L * text.Length) + 16) * Limits.MaxAliasExpansion + Limits.AliasAllowance);
            }

            public void Read(YamlStream stream, CancellationToken cancellationToken)
            {
                // The parser is a state machine (no recursion); its own depth check stays above ours.
                IParser parser = Parser.CreateParser(new StringReader(_text), Limits.MaxNesting + 2);
                int events = 0;
                while (true)
                {
                    ParsingEvent? current;
                    try
                    {
                        if (!parser.MoveNext() || (current = parser.Current) == null)
                        {
                            return;
                        }
                    }
                    catch (YamlException exception)
                    {
                        throw new YamlReadException(exception.Start, exception.End, Path(), Detail(exception), isLimit: false);
                    }

                    if ((++events & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    switch (current)
                    {
                        case Scalar scalar:
                            var node = new YamlScalarNode(scalar.Value) { Style = scalar.Style, Tag = scalar.Tag };
                            SetPositions(node, scalar.Start, scalar.End);
                            Count(current, 1);
                            Add(node, 1, 1, scalar.Anchor);
                            break;
                        case AnchorAlias alias:
                            Alias(alias);
                            break;
                        case MappingStart mapping:
                            Open(new Frame(new YamlMappingNode { Style = mapping.Style, Tag = mapping.Tag }, null, mapping.Anchor, Segment()), current);
                            break;
                        case SequenceStart sequence:
                            Open(new Frame(null, new YamlSequenceNode { Style = sequence.Style, Tag = sequence.Tag }, sequence.Anchor, Segment()), current);
                            break;
                        case MappingEnd _:
                        case SequenceEnd _:
                            Close(current);
                            break;
                        case DocumentStart _:
                            // Anchors belong to their document.
                            _anchors.Clear();
                            _root = null;
                            break;
                        case DocumentEnd _:
                            if (_aliased && _expanded > (_written * Limits.MaxAliasExpansion) + Limits.AliasAllowance)
                            {
                                throw Limit(current.Start, current.End, "aliases expand the " + Number(_written) + " nodes the text writes to " + Number(_expanded));
                            }

                            if (_root != null)
                            {
                                stream.Add(new YamlDocument(_root));
                            }

                            break;
                    }
                }
            }

            private void Open(Frame frame, ParsingEvent start)
            {
                if (_open.Count >= Limits.MaxNesting)
                {
                    throw Limit(start.Start, start.End, "objects and arrays nest deeper than " + Number(Limits.MaxNesting));
                }

                Count(start, 1);
                SetPositions(frame.Node, start.Start, start.End);
                if (frame.Anchor != null)
                {
                    _anchors[frame.Anchor] = new Anchored(frame.Node, 0, 0, open: true);
                }

                _open.Add(frame);
            }

            private void Close(ParsingEvent end)
            {
                Frame frame = _open[_open.Count - 1];
                _open.RemoveAt(_open.Count - 1);
                SetPositions(frame.Node, frame.Node.Start, end.End);
                if (frame.Key != null)
                {
                    // A key without a value cannot come from the parser; should it, the key is dropped.
                    frame.Key = null;
                }

                Add(frame.Node, frame.Size, frame.Height, frame.Anchor);
            }

            private void Alias(AnchorAlias alias)
            {
                if (!_anchors.TryGetValue(alias.Value, out Anchored target))
                {
                    throw new YamlReadException(alias.Start, alias.End, Path(), "the alias *" + alias.Value + " refers to no anchor before it", isLimit: false);
                }

                if (target.Open)
                {
                    throw Limit(alias.Start, alias.End, "the alias *" + alias.Value + " stands inside the node it refers to (a recursive structure, which JSON cannot hold)");
                }

                if (_open.Count + target.Height > Limits.MaxNesting)
                {
                    throw Limit(alias.Start, alias.End, "the alias *" + alias.Value + " nests objects and arrays deeper than " + Number(Limits.MaxNesting));
                }

                _aliased = true;
                Count(alias, target.Size);
                Add(target.Node, target.Size, target.Height, anchor: null);
            }

            private void Count(ParsingEvent at, long expanded)
            {
                _written++;
                _expanded += expanded;
                if (_expanded > _runningBound)
                {
                    throw Limit(at.Start, at.End, _aliased
                        ? "aliases expand the document to more than " + Number(_runningBound) + " nodes"
                        : "the document has more than " + Number(_runningBound) + " nodes");
                }
            }

            private void Add(YamlNode node, long size, int height, string? anchor)
            {
                if (anchor != null)
                {
                    _anchors[anchor] = new Anchored(node, size, height, open: false);
                }

                if (_open.Count == 0)
                {
                    _root ??= node;
                    return;
                }

                Frame parent = _open[_open.Count - 1];
                parent.Size += size;
                parent.Height = Math.Max(parent.Height, height + 1);
                if (parent.Sequence != null)
                {
                    parent.Sequence.Children.Add(node);
                    parent.Count++;
                    return;
                }

                if (parent.Key == null)
                {
                    parent.Key = node;
                    return;
                }

                YamlNode key = parent.Key;
                parent.Key = null;
                if (key is not YamlScalarNode scalar)
                {
                    string type = key is YamlSequenceNode ? "an array" : "an object";
                    _findings.Add(key, PathOf(_open.Count), Report.WrongJsonType("a key", type, "a string", "the entry is ignored"));
                    return;
                }

                // Keys are compared by value: a tag would make "!t a" and "a" two keys the reader then merges.
                YamlScalarNode plainKey = scalar;
                if (scalar.Tag != null)
                {
                    plainKey = new YamlScalarNode(scalar.Value) { Style = scalar.Style };
                    SetPositions(plainKey, scalar.Start, scalar.End);
                }

                if (parent.Mapping!.Children.ContainsKey(plainKey))
                {
                    _findings.Add(plainKey, SchemaPath.Child(PathOf(_open.Count), plainKey.Value ?? string.Empty), Report.DuplicateKey());
                    return;
                }

                parent.Mapping.Children.Add(plainKey, node);
                parent.Count++;
            }

            /// <summary>Where a node that starts now stands in the open node.</summary>
            private string Segment()
            {
                if (_open.Count == 0)
                {
                    return "$";
                }

                Frame parent = _open[_open.Count - 1];
                if (parent.Sequence != null)
                {
                    return parent.Count.ToString(CultureInfo.InvariantCulture);
                }

                return parent.Key == null ? "?" : (parent.Key as YamlScalarNode)?.Value ?? "?";
            }

            /// <summary>The path of the innermost open node, and of the entry it is reading.</summary>
            private string Path()
            {
                SchemaPath? path = PathOf(_open.Count);
                if (_open.Count > 0 && _open[_open.Count - 1].Key is YamlScalarNode key)
                {
                    path = SchemaPath.Child(path, key.Value ?? string.Empty);
                }

                return SchemaPath.Text(path);
            }

            /// <summary>The path of the first <paramref name="count"/> open nodes (the root has none).</summary>
            private SchemaPath? PathOf(int count)
            {
                SchemaPath? path = null;
                for (int i = 1; i < count; i++)
                {
                    path = SchemaPath.Child(path, _open[i].Segment);
                }

                return path;
            }

            private YamlReadException Limit(Mark start, Mark end, string detail) =>
                new YamlReadException(start, end, Path(), detail, isLimit: true);

            private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        }
    }

    /// <summary>
    /// The text is not valid YAML (<see cref="IsLimit"/> false: KSN001) or exceeds a limit (KSN004). The message says
    /// where in the document, as a JSON path; the position is in <see cref="YamlException.Start"/> and <c>End</c>.
    /// </summary>
    internal sealed class YamlReadException : YamlException
    {
        private readonly string _message;

        public YamlReadException(Mark start, Mark end, string path, string detail, bool isLimit)
            : base(start, end, detail)
        {
            _message = path == "$" ? detail : "at '" + SchemaPath.Shorten(path) + "': " + detail;
            Path = path;
            IsLimit = isLimit;
        }

        /// <summary>The problem and the JSON path where it is, without SharpYaml's zero-based line numbers.</summary>
        public override string Message => _message;

        /// <summary>The JSON path of the node being read.</summary>
        public string Path { get; }

        public bool IsLimit { get; }
    }
}
