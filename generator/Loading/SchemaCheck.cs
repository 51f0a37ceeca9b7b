using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Checks a parsed document before Microsoft.OpenApi's reader sees it, and takes out what the reader cannot take.
    /// </summary>
    /// <remarks>
    /// The reader throws on values of the wrong JSON type (<c>"maxLength": "abc"</c>, <c>"readOnly": 1</c>,
    /// <c>"additionalProperties": 5</c>, a <c>$ref</c> of <c>"#"</c>), which would lose the whole file; it drops every
    /// definition beside a malformed <c>$ref</c>; and it reports the rest without saying what it did. So the check
    /// runs first: every schema keyword the reader reads must have its JSON type, a value that has not is reported
    /// (KSN105, or KSN101 for a <c>$ref</c> that is not one of this document's definitions) and taken out of the tree,
    /// so that the reader never sees it and nothing is reported twice. What remains of the reader's complaints
    /// (keywords it does not know) is KSN003. Everything a schema needs besides its definitions is removed from the
    /// root: <c>info</c>, <c>paths</c>, <c>parameters</c>, … are not read. The kinds
    /// (<c>x-kubernetes-group-version-kind</c>) are read here, from the text, because the reader turns strings that
    /// look like dates into dates (<c>"version": "1.5"</c>). The walk is the document's one walk over the keyword grammar
    /// before the reader: it also keeps the description beside a <c>$ref</c> (the reader would drop it) and bounds the
    /// schemas' number and nesting (KSN004). What the keywords mean is <see cref="SchemaMapper"/>'s.
    /// </remarks>
    internal static class SchemaCheck
    {
        private const string Object = "an object";
        private const string String = "a string";
        private const string Ignored = "it is ignored";

        private static readonly HashSet<string> s_strings = new HashSet<string>(StringComparer.Ordinal)
        {
            "type", "format", "title", "description", "pattern",
        };

        private static readonly HashSet<string> s_integers = new HashSet<string>(StringComparer.Ordinal)
        {
            "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties",
        };

        private static readonly HashSet<string> s_numbers = new HashSet<string>(StringComparer.Ordinal)
        {
            "maximum", "minimum", "multipleOf",
        };

        private static readonly HashSet<string> s_booleans = new HashSet<string>(StringComparer.Ordinal)
        {
            "exclusiveMaximum", "exclusiveMinimum", "uniqueItems", "readOnly", "writeOnly", "nullable", "deprecated",
            "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
        };

        /// <summary>Documentation with a grammar of its own the reader can throw on (<c>xml.attribute: "x"</c>); never read.</summary>
        private static readonly HashSet<string> s_unread = new HashSet<string>(StringComparer.Ordinal)
        {
            "xml", "externalDocs", "discriminator",
        };

        /// <summary>
        /// Checks <paramref name="root"/> in place. Returns the kinds of each definition, by definition id; null when
        /// nothing can be read from the document (an OpenAPI version the reader does not read: KSN005; a document over a limit:
        /// KSN004).
        /// </summary>
        public static Dictionary<string, EquatableArray<GroupVersionKind>>? Run(YamlMappingNode root, bool isSwagger2, Findings findings, CancellationToken cancellationToken)
        {
            string versionKey = isSwagger2 ? "swagger" : "openapi";
            YamlNode version = YamlTree.Get(root, versionKey)!;
            string? value = version is YamlScalarNode scalar ? scalar.Value ?? string.Empty : null;
            if (value == null || !(isSwagger2 ? value == "2.0" : value.StartsWith("3.0", StringComparison.Ordinal)))
            {
                findings.Add(version, SchemaPath.Of(versionKey), Report.UnsupportedVersion(value ?? JsonType(version)));
                return null;
            }

            // Only the version and the definitions are read (the reader reads swagger's before openapi's: one stays).
            string definitionsKey = isSwagger2 ? "definitions" : "components";
            KeepOnly(root, versionKey, definitionsKey);
            YamlMappingNode? definitions = Mapping(root, definitionsKey, SchemaPath.Of(definitionsKey), findings);
            SchemaPath? definitionsPath = SchemaPath.Of(definitionsKey);
            if (definitions != null && !isSwagger2)
            {
                KeepOnly(definitions, "schemas");
                definitionsPath = SchemaPath.Of(definitionsKey, "schemas");
                definitions = Mapping(definitions, "schemas", definitionsPath, findings);
            }

            var kinds = new Dictionary<string, EquatableArray<GroupVersionKind>>(StringComparer.Ordinal);
            if (definitions == null)
            {
                return kinds;
            }

            LongScalars(definitions, definitionsPath, findings);

            var walk = new Walk(findings, isSwagger2 ? "#/definitions/" : "#/components/schemas/", allowSlash: isSwagger2);
            var replaced = new Dictionary<YamlNode, YamlNode>(NodeComparer.Instance);
            foreach (KeyValuePair<YamlNode, YamlNode> definition in definitions.Children)
            {
                string id = ((YamlScalarNode)definition.Key).Value ?? string.Empty;
                SchemaPath path = SchemaPath.Child(definitionsPath, id);
                findings.Near = definition.Value is YamlMappingNode ? definition.Value : definitions;
                if (definition.Value is YamlMappingNode schema)
                {
                    kinds[id] = ReadKinds(schema, path, findings);
                    walk.Push(schema, path);
                }
                else
                {
                    findings.Add(definition.Value, path, Report.WrongJsonType("the definition", JsonType(definition.Value), Object, "it is generated as free-form JSON"));
                    replaced.Add(definition.Key, Empty(definition.Value, findings));
                }
            }

            Rewrite(definitions, null, replaced);

            return walk.Run(cancellationToken) ? kinds : null;
        }

        /// <summary>
        /// Cuts values longer than the reader takes (<see cref="Limits.MaxScalarLength"/>; it refuses the whole document
        /// for one long description) and drops entries whose key is that long (a name cannot be cut): KSN007.
        /// </summary>
        private static void LongScalars(YamlMappingNode definitions, SchemaPath? definitionsPath, Findings findings)
        {
            var pending = new Stack<(YamlNode Node, SchemaPath? Path)>();
            var seen = new HashSet<YamlNode>(NodeComparer.Instance);
            pending.Push((definitions, definitionsPath));
            while (pending.Count > 0)
            {
                (YamlNode node, SchemaPath? path) = pending.Pop();
                if (!seen.Add(node))
                {
                    continue;
                }

                findings.Near = node;
                if (node is YamlSequenceNode sequence)
                {
                    for (int i = 0; i < sequence.Children.Count; i++)
                    {
                        SchemaPath item = SchemaPath.Child(path, i.ToString(CultureInfo.InvariantCulture));
                        if (sequence.Children[i] is YamlScalarNode { Value.Length: > Limits.MaxScalarLength } scalar)
                        {
                            sequence.Children[i] = Cut(scalar, item, findings);
                        }
                        else if (sequence.Children[i] is not YamlScalarNode)
                        {
                            pending.Push((sequence.Children[i], item));
                        }
                    }
                }
                else if (node is YamlMappingNode mapping)
                {
                    HashSet<YamlNode>? dropped = null;
                    Dictionary<YamlNode, YamlNode>? cut = null;
                    foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                    {
                        string key = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
                        if (key.Length > Limits.MaxScalarLength)
                        {
                            findings.Add(entry.Key, SchemaPath.Child(path, key.Substring(0, Limits.MaxKeyShown) + "…"), Report.ValueTooLong("a key", Length(key), "the entry is ignored"));
                            (dropped ??= new HashSet<YamlNode>(NodeComparer.Instance)).Add(entry.Key);
                        }
                        else if (entry.Value is YamlScalarNode { Value.Length: > Limits.MaxScalarLength } scalar)
                        {
                            (cut ??= new Dictionary<YamlNode, YamlNode>(NodeComparer.Instance)).Add(entry.Key, Cut(scalar, SchemaPath.Child(path, key), findings));
                        }
                        else if (entry.Value is not YamlScalarNode)
                        {
                            pending.Push((entry.Value, SchemaPath.Child(path, key)));
                        }
                    }

                    Rewrite(mapping, dropped, cut);
                }
            }
        }

        private static YamlScalarNode Cut(YamlScalarNode scalar, SchemaPath path, Findings findings)
        {
            string value = scalar.Value!;
            findings.Add(scalar, path, Report.ValueTooLong("the value", Length(value), "it is cut there"));
            int end = Limits.MaxScalarLength - 1;
            if (char.IsHighSurrogate(value[end - 1]))
            {
                end--;
            }

            var cut = new YamlScalarNode(value.Substring(0, end) + "…") { Style = scalar.Style, Tag = scalar.Tag };
            (Mark start, Mark stop) = findings.Position(scalar);
            YamlReading.SetPositions(cut, start, stop);
            return cut;
        }

        private static string Length(string text) => text.Length.ToString("N0", CultureInfo.InvariantCulture);

        /// <summary>The JSON type <paramref name="node"/> stands for, as a message says it: "an object", "a number", ….</summary>
        public static string JsonType(YamlNode node) => node switch
        {
            YamlMappingNode _ => Object,
            YamlSequenceNode _ => "an array",
            YamlScalarNode scalar => YamlReading.JsonType(scalar),
            _ => "a value",
        };

        private static bool IsString(YamlNode node) => node is YamlScalarNode scalar && YamlReading.JsonType(scalar) == String;

        private static void KeepOnly(YamlMappingNode mapping, params string[] keys)
        {
            var others = new HashSet<YamlNode>(
                mapping.Children.Keys.Where(k => !(k is YamlScalarNode { Value: { } key } && Array.IndexOf(keys, key) >= 0)),
                NodeComparer.Instance);
            Rewrite(mapping, others, null);
        }

        /// <summary>
        /// Takes the <paramref name="removed"/> keys out of <paramref name="mapping"/> and gives others their
        /// <paramref name="replaced"/> values, in one pass: SharpYaml's ordered dictionary finds an entry to remove or
        /// replace by a scan, which for half of 40,000 properties took two minutes.
        /// </summary>
        private static void Rewrite(YamlMappingNode mapping, HashSet<YamlNode>? removed, Dictionary<YamlNode, YamlNode>? replaced)
        {
            if ((removed == null || removed.Count == 0) && (replaced == null || replaced.Count == 0))
            {
                return;
            }

            var entries = new List<KeyValuePair<YamlNode, YamlNode>>(mapping.Children.Count);
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                if (removed != null && removed.Contains(entry.Key))
                {
                    continue;
                }

                entries.Add(replaced != null && replaced.TryGetValue(entry.Key, out YamlNode? value) ? new KeyValuePair<YamlNode, YamlNode>(entry.Key, value) : entry);
            }

            mapping.Children.Clear();
            foreach (KeyValuePair<YamlNode, YamlNode> entry in entries)
            {
                mapping.Children.Add(entry.Key, entry.Value);
            }
        }

        /// <summary>The object at <paramref name="key"/>; anything else there is reported and removed.</summary>
        private static YamlMappingNode? Mapping(YamlMappingNode parent, string key, SchemaPath? path, Findings findings)
        {
            YamlNode? node = YamlTree.Get(parent, key);
            if (node == null || node is YamlMappingNode)
            {
                return (YamlMappingNode?)node;
            }

            findings.Add(node, path, Report.WrongJsonType("the value", JsonType(node), "an object of definitions", "nothing is generated from it"));
            YamlTree.Remove(parent, key);
            return null;
        }

        /// <summary>An empty object standing where <paramref name="replaced"/> stood (diagnostics keep pointing there).</summary>
        private static YamlMappingNode Empty(YamlNode replaced, Findings findings)
        {
            var empty = new YamlMappingNode();
            (Mark start, Mark end) = findings.Position(replaced);
            YamlReading.SetPositions(empty, start, end);
            return empty;
        }

        /// <summary>
        /// The definition's <c>x-kubernetes-group-version-kind</c> entries, exactly as written; an entry that is not an
        /// object of strings is reported and skipped; entries without a version or a kind are not kinds (as before).
        /// </summary>
        private static EquatableArray<GroupVersionKind> ReadKinds(YamlMappingNode schema, SchemaPath path, Findings findings)
        {
            const string Key = "x-kubernetes-group-version-kind";
            YamlNode? value = YamlTree.Get(schema, Key);
            if (value == null)
            {
                return EquatableArray<GroupVersionKind>.Empty;
            }

            SchemaPath at = SchemaPath.Child(path, Key);
            if (value is not YamlSequenceNode list)
            {
                findings.Add(value, at, Report.WrongJsonType("the value", JsonType(value), "an array of objects with group, version and kind", "the definition is not a kind"));
                return EquatableArray<GroupVersionKind>.Empty;
            }

            var kinds = new List<GroupVersionKind>();
            for (int i = 0; i < list.Children.Count; i++)
            {
                SchemaPath item = SchemaPath.Child(at, i.ToString(CultureInfo.InvariantCulture));
                findings.Near = list.Children[i] is YamlMappingNode ? list.Children[i] : list;
                if (list.Children[i] is not YamlMappingNode entry)
                {
                    findings.Add(list.Children[i], item, Report.WrongJsonType("the entry", JsonType(list.Children[i]), "an object with group, version and kind", Ignored));
                    continue;
                }

                string? group = KindPart(entry, "group", item, findings, nullIsEmpty: true);
                string? version = KindPart(entry, "version", item, findings, nullIsEmpty: false);
                string? kind = KindPart(entry, "kind", item, findings, nullIsEmpty: false);
                if (group != null && version != null && kind != null && version.Length > 0 && kind.Length > 0)
                {
                    kinds.Add(new GroupVersionKind(group, version, kind));
                }
            }

            return kinds.ToEquatableArray();
        }

        /// <summary>A string part of a kind; "" when absent (and for a null group: the core group); null when of another type.</summary>
        private static string? KindPart(YamlMappingNode entry, string key, SchemaPath path, Findings findings, bool nullIsEmpty)
        {
            YamlNode? value = YamlTree.Get(entry, key);
            if (value == null)
            {
                return string.Empty;
            }

            if (value is YamlScalarNode scalar && (IsString(scalar) || (nullIsEmpty && YamlReading.JsonType(scalar) == "null")))
            {
                return IsString(scalar) ? scalar.Value ?? string.Empty : string.Empty;
            }

            findings.Add(value, SchemaPath.Child(path, key), Report.WrongJsonType("the value", JsonType(value), String, "the entry is ignored"));
            return null;
        }

        /// <summary>The walk over every schema below the definitions: iterative, each node checked once.</summary>
        private sealed class Walk
        {
            private readonly Findings _findings;
            private readonly string _referencePrefix;
            private readonly bool _allowSlash;
            private readonly Stack<(YamlMappingNode Schema, SchemaPath Path, int Depth)> _pending = new Stack<(YamlMappingNode, SchemaPath, int)>();

            /// <summary>Schemas already checked: aliases share nodes, and a shared node is checked once.</summary>
            private readonly HashSet<YamlNode> _seen = new HashSet<YamlNode>(NodeComparer.Instance);

            public Walk(Findings findings, string referencePrefix, bool allowSlash)
            {
                _findings = findings;
                _referencePrefix = referencePrefix;
                _allowSlash = allowSlash;
            }

            /// <summary>How deep the schema being checked stands below its definition (a definition: 0).</summary>
            private int _depth;

            /// <summary>Adds a definition's schema to the walk.</summary>
            public void Push(YamlMappingNode schema, SchemaPath path) => _pending.Push((schema, path, 0));

            /// <summary>
            /// Checks every schema pushed and every schema below them. False when the document is over a limit
            /// (<see cref="Limits.MaxNodes"/> schemas, nesting deeper than <see cref="Limits.MaxDocumentSchemaDepth"/>):
            /// reported as KSN004, and nothing is generated from it.
            /// </summary>
            public bool Run(CancellationToken cancellationToken)
            {
                int visited = 0;
                while (_pending.Count > 0)
                {
                    (YamlMappingNode schema, SchemaPath path, int depth) = _pending.Pop();
                    if (!_seen.Add(schema))
                    {
                        continue;
                    }

                    if (++visited > Limits.MaxNodes || depth > Limits.MaxDocumentSchemaDepth)
                    {
                        string limit = visited > Limits.MaxNodes ? "more than " + Limits.MaxNodes + " schemas under the definitions" : "schemas nest deeper than " + Limits.MaxDocumentSchemaDepth;
                        _findings.Add(schema, null, Report.DocumentTooLarge(_findings.FilePath, limit));
                        return false;
                    }

                    if ((visited & 0xFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    _depth = depth;
                    Check(schema, path);
                }

                return true;
            }

            private void Check(YamlMappingNode schema, SchemaPath path)
            {
                _findings.Near = schema;
                HashSet<YamlNode>? removed = null;
                foreach (KeyValuePair<YamlNode, YamlNode> entry in schema.Children)
                {
                    string keyword = ((YamlScalarNode)entry.Key).Value ?? string.Empty;
                    if (!Keep(keyword, entry.Value, SchemaPath.Child(path, keyword)))
                    {
                        (removed ??= new HashSet<YamlNode>(NodeComparer.Instance)).Add(entry.Key);
                    }
                }

                Rewrite(schema, removed, null);
                KeepDescriptionBesideReference(schema);
            }

            /// <summary>
            /// Keeps the description Kubernetes writes beside a <c>$ref</c>, which the reader would drop, by rewriting
            /// <c>{ $ref, description }</c> to <c>{ allOf: [ { $ref } ], description }</c>.
            /// </summary>
            private static void KeepDescriptionBesideReference(YamlMappingNode schema)
            {
                YamlNode? reference = YamlTree.Get(schema, "$ref");
                if (reference != null && schema.Children.Count > 1)
                {
                    YamlTree.Remove(schema, "$ref");
                    var target = new YamlMappingNode();
                    target.Add("$ref", reference);
                    schema.Add("allOf", new YamlSequenceNode(target));
                }
            }

            /// <summary>Checks one keyword of a schema; false when it is to be taken out (reported, unless never read).</summary>
            private bool Keep(string keyword, YamlNode value, SchemaPath at)
            {
                if (s_unread.Contains(keyword))
                {
                    return false;
                }

                if (s_strings.Contains(keyword))
                {
                    return Expect(IsString(value), value, at, String);
                }

                if (s_integers.Contains(keyword))
                {
                    return Expect(IsPlain(value, out string text) && YamlReading.IsNumber(text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), value, at, "an integer");
                }

                if (s_numbers.Contains(keyword))
                {
                    // The reader parses these as decimals (with a fallback on overflow), which takes no hex or octal.
                    return Expect(IsPlain(value, out string text) && YamlReading.IsNumber(text) && !text.StartsWith("0x", StringComparison.Ordinal) && !text.StartsWith("0o", StringComparison.Ordinal), value, at, "a number");
                }

                if (s_booleans.Contains(keyword))
                {
                    return Expect(IsBoolean(value), value, at, "a boolean");
                }

                switch (keyword)
                {
                    case "$ref":
                        return Reference(value, at);
                    case "properties":
                        if (!Expect(value is YamlMappingNode, value, at, "an object of schemas"))
                        {
                            return false;
                        }

                        Properties((YamlMappingNode)value, at);
                        return true;
                    case "additionalProperties":
                        return IsBoolean(value) || Schema(value, at, "a schema or a boolean");
                    case "items":
                        return Schema(value, at, value is YamlSequenceNode ? "one schema (tuple items are not supported)" : "a schema");
                    case "not":
                        return Schema(value, at, "a schema");
                    case "allOf":
                    case "anyOf":
                    case "oneOf":
                        if (!Expect(value is YamlSequenceNode, value, at, "an array of schemas"))
                        {
                            return false;
                        }

                        Items((YamlSequenceNode)value, at, item => item is YamlMappingNode, Object, schema: true);
                        return true;
                    case "required":
                        if (!Expect(value is YamlSequenceNode, value, at, "an array of strings"))
                        {
                            return false;
                        }

                        Items((YamlSequenceNode)value, at, IsString, String, schema: false);
                        return true;
                    case "enum":
                        return Expect(value is YamlSequenceNode, value, at, "an array");
                    default:
                        return true;
                }
            }

            private bool Expect(bool ok, YamlNode value, SchemaPath at, string expected)
            {
                if (!ok)
                {
                    _findings.Add(value, at, Report.WrongJsonType("the value", JsonType(value), expected, Ignored));
                }

                return ok;
            }

            private bool Schema(YamlNode value, SchemaPath at, string expected)
            {
                if (!Expect(value is YamlMappingNode, value, at, expected))
                {
                    return false;
                }

                _pending.Push(((YamlMappingNode)value, at, _depth + 1));
                return true;
            }

            private void Properties(YamlMappingNode properties, SchemaPath at)
            {
                YamlNode? near = _findings.Near;
                _findings.Near = properties;
                Dictionary<YamlNode, YamlNode>? replaced = null;
                foreach (KeyValuePair<YamlNode, YamlNode> property in properties.Children)
                {
                    SchemaPath path = SchemaPath.Child(at, ((YamlScalarNode)property.Key).Value ?? string.Empty);
                    if (property.Value is YamlMappingNode schema)
                    {
                        _pending.Push((schema, path, _depth + 1));
                    }
                    else
                    {
                        _findings.Add(property.Value, path, Report.WrongJsonType("the property", JsonType(property.Value), "a schema", "it is generated as free-form JSON"));
                        (replaced ??= new Dictionary<YamlNode, YamlNode>(NodeComparer.Instance)).Add(property.Key, Empty(property.Value, _findings));
                    }
                }

                Rewrite(properties, null, replaced);

                _findings.Near = near;
            }

            private void Items(YamlSequenceNode list, SchemaPath at, Func<YamlNode, bool> ok, string expected, bool schema)
            {
                YamlNode? near = _findings.Near;
                _findings.Near = list;
                // Kept items are gathered and put back at once: removing them one by one costs the list's length each time.
                var kept = new List<YamlNode>(list.Children.Count);
                for (int i = 0; i < list.Children.Count; i++)
                {
                    YamlNode item = list.Children[i];
                    SchemaPath path = SchemaPath.Child(at, i.ToString(CultureInfo.InvariantCulture));
                    if (!ok(item))
                    {
                        _findings.Add(item, path, Report.WrongJsonType("the item", JsonType(item), expected, Ignored));
                        continue;
                    }

                    kept.Add(item);
                    if (schema)
                    {
                        _pending.Push(((YamlMappingNode)item, path, _depth + 1));
                    }
                }

                if (kept.Count < list.Children.Count)
                {
                    list.Children.Clear();
                    foreach (YamlNode item in kept)
                    {
                        list.Children.Add(item);
                    }
                }

                _findings.Near = near;
            }

            /// <summary>
            /// A <c>$ref</c> must be a string naming one of this document set's definitions (<c>#/definitions/X</c>);
            /// the reader throws on others or drops what stands beside them. Others are free-form JSON (KSN101).
            /// </summary>
            private bool Reference(YamlNode value, SchemaPath at)
            {
                if (!Expect(IsString(value), value, at, String))
                {
                    return false;
                }

                string reference = ((YamlScalarNode)value).Value ?? string.Empty;
                string id = reference.StartsWith(_referencePrefix, StringComparison.Ordinal) ? reference.Substring(_referencePrefix.Length) : string.Empty;
                if (id.Length > 0 && id.IndexOf('#') < 0 && (_allowSlash || id.IndexOf('/') < 0))
                {
                    return true;
                }

                _findings.Add(value, at, Report.DanglingReference(reference.Length == 0 ? "(empty)" : reference));
                return false;
            }

            private static bool IsPlain(YamlNode node, out string text)
            {
                text = (node as YamlScalarNode)?.Value ?? string.Empty;
                return node is YamlScalarNode scalar && YamlReading.JsonType(scalar) != String;
            }

            private static bool IsBoolean(YamlNode node) => IsPlain(node, out string text) && bool.TryParse(text, out _);
        }

        /// <summary>Nodes compared by identity: two equal nodes in different places are two schemas.</summary>
        private sealed class NodeComparer : IEqualityComparer<YamlNode>
        {
            public static readonly NodeComparer Instance = new NodeComparer();

            public bool Equals(YamlNode? x, YamlNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(YamlNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
