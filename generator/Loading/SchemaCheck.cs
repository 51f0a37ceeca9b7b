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
    /// Checks a parsed document's tree before its definitions are mapped, and takes out what cannot be read.
    /// </summary>
    /// <remarks>
    /// Every schema keyword must be one of the document version's Schema Object (swagger 2.0's fixed fields; OpenAPI
    /// 3.0's add <c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>nullable</c>, …) or an extension (<c>x-…</c>): another is
    /// reported (KSN003) and taken out. Every keyword must have its JSON type (<c>"maxLength": "abc"</c>,
    /// <c>"readOnly": 1</c>, <c>"additionalProperties": 5</c>): a value that has not is reported (KSN105, or KSN101 for a
    /// <c>$ref</c> that is not one of this document's definitions) and taken out of the tree. So the mapper and the
    /// constraint tables (<see cref="YamlSchemaView"/>, <see cref="ConstraintTables"/>) see only well-formed schemas, and
    /// nothing is reported twice. Everything a schema needs besides its definitions is removed from the root:
    /// <c>info</c>, <c>paths</c>, <c>parameters</c>, … are not read. The kinds (<c>x-kubernetes-group-version-kind</c>)
    /// are read here. The walk is the document's one walk over the keyword grammar: it also keeps the description
    /// beside a <c>$ref</c> and bounds the schemas' number and nesting (KSN004). What the keywords mean is
    /// <see cref="SchemaMapper"/>'s.
    /// </remarks>
    internal static partial class SchemaCheck
    {
        private const string Object = "an object";
        private const string String = "a string";
        private const string Ignored = "it is ignored";

        /// <summary>Where a document's definitions are: swagger 2.0's <c>definitions</c>, OpenAPI 3.0's <c>components/schemas</c>.</summary>
        public static string[] DefinitionsPath(bool isSwagger2) => isSwagger2 ? new[] { "definitions" } : new[] { "components", "schemas" };

        /// <summary>What comes before a definition id in a <c>$ref</c> of the version: <c>#/definitions/</c>, <c>#/components/schemas/</c>.</summary>
        public static string ReferencePrefix(bool isSwagger2) => "#/" + string.Join("/", DefinitionsPath(isSwagger2)) + "/";

        /// <summary>
        /// Checks <paramref name="root"/> in place. Returns the kinds of each definition, by definition id; null when
        /// nothing can be read from the document (an OpenAPI version other than swagger 2.0 and OpenAPI 3.0: KSN005; a document over a limit:
        /// KSN004).
        /// </summary>
        /// <param name="sharesNodes">False for a tree without aliases (every JSON tree): no node is reached twice, so none is remembered.</param>
        public static Dictionary<string, EquatableArray<GroupVersionKind>>? Run(YamlMappingNode root, bool isSwagger2, bool sharesNodes, Findings findings, CancellationToken cancellationToken)
        {
            string versionKey = isSwagger2 ? "swagger" : "openapi";
            YamlNode version = YamlTree.Get(root, versionKey)!;
            string? value = version is YamlScalarNode scalar ? scalar.Value ?? string.Empty : null;
            if (value == null || !(isSwagger2 ? value == "2.0" : value.StartsWith("3.0", StringComparison.Ordinal)))
            {
                findings.Add(version, SchemaPath.Of(versionKey), Report.UnsupportedVersion(value ?? JsonType(version)));
                return null;
            }

            // Only the version and the definitions are read (a document with both keys is read as swagger's).
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

            LongScalars(definitions, definitionsPath, sharesNodes, findings);

            var walk = new Walk(findings, isSwagger2, sharesNodes);
            var replaced = new Dictionary<YamlNode, YamlNode>(ReferenceIdentity<YamlNode>.Instance);
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
        /// Cuts values longer than a document's may be (<see cref="Limits.MaxScalarLength"/>) and drops entries whose key
        /// is that long (a name cannot be cut): KSN007.
        /// </summary>
        private static void LongScalars(YamlMappingNode definitions, SchemaPath? definitionsPath, bool sharesNodes, Findings findings)
        {
            var pending = new Stack<(YamlNode Node, SchemaPath? Path)>();
            HashSet<YamlNode>? seen = sharesNodes ? new HashSet<YamlNode>(ReferenceIdentity<YamlNode>.Instance) : null;
            pending.Push((definitions, definitionsPath));
            while (pending.Count > 0)
            {
                (YamlNode node, SchemaPath? path) = pending.Pop();
                if (seen != null && !seen.Add(node))
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
                            (dropped ??= new HashSet<YamlNode>(ReferenceIdentity<YamlNode>.Instance)).Add(entry.Key);
                        }
                        else if (entry.Value is YamlScalarNode { Value.Length: > Limits.MaxScalarLength } scalar)
                        {
                            (cut ??= new Dictionary<YamlNode, YamlNode>(ReferenceIdentity<YamlNode>.Instance)).Add(entry.Key, Cut(scalar, SchemaPath.Child(path, key), findings));
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
                ReferenceIdentity<YamlNode>.Instance);
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
    }
}
