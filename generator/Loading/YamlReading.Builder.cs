using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using SharpYaml;
using SharpYaml.Events;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>The builder: one loop over the parser's events, bounded.</summary>
    internal static partial class YamlReading
    {
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
}
