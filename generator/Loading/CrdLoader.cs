using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Reads the CustomResourceDefinitions of one file (a YAML stream of documents, a JSON document, or a
    /// <c>kind: List</c> of them) into the language-free model: a kind definition for every served version, its
    /// <c>openAPIV3Schema</c> mapped to properties, and a definition for every array item or map value that is an
    /// object with properties, so that it gets a builder type (README, "Custom resources").
    /// </summary>
    /// <remarks>
    /// Reads SharpYaml's tree directly: a CRD's schema is a small, structural subset of JSON Schema without
    /// <c>$ref</c>, and what Microsoft.OpenApi would add (references, components) does not occur in it.
    /// </remarks>
    internal static class CrdLoader
    {
        /// <summary>The <c>kind</c> of a CustomResourceDefinition; its presence in a file's text makes the file worth parsing.</summary>
        public const string CrdKind = "CustomResourceDefinition";

        /// <summary>The definition a custom resource's <c>metadata</c> refers to, whatever its schema says.</summary>
        public const string ObjectMetaId = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

        private const string ApiExtensionsGroup = "apiextensions.k8s.io/";

        private static readonly Regex s_jsonNumber = new Regex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <summary>True when a document of the stream is a CustomResourceDefinition or a List holding one.</summary>
        public static bool Contains(YamlStream stream) => Crds(stream).Any();

        /// <summary>
        /// Reads every CustomResourceDefinition of <paramref name="stream"/>; other documents are ignored.
        /// <paramref name="diagnostics"/> holds what reading the file's text reported, and gets what mapping reports.
        /// </summary>
        public static DocumentModel Load(string filePath, YamlStream stream, SchemaLoader.Offsets offsets, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken) =>
            Load(filePath, stream, offsets, new DiagnosticList(diagnostics), cancellationToken);

        /// <inheritdoc cref="Load(string, YamlStream, SchemaLoader.Offsets, List{DiagnosticInfo}, CancellationToken)"/>
        public static DocumentModel Load(string filePath, YamlStream stream, SchemaLoader.Offsets offsets, DiagnosticList diagnostics, CancellationToken cancellationToken)
        {
            var context = new Context(filePath, offsets, diagnostics);
            foreach (YamlMappingNode crd in Crds(stream))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadCrd(crd, context, context.Definitions, cancellationToken);
                if (context.OverBudget)
                {
                    // A file whose aliases make a small text a huge tree: like any file over a limit, nothing of it is generated.
                    context.Definitions.Clear();
                    context.Diagnostics.Add(
                        Report.DocumentTooLarge(filePath, "more than " + Limits.MaxCrdSchemas.ToString(CultureInfo.InvariantCulture) + " schemas in its CustomResourceDefinitions"),
                        context.Locate(crd, "$"));
                    break;
                }
            }

            return new DocumentModel(filePath, context.Definitions.ToEquatableArray(), context.Diagnostics.ToEquatableArray());
        }

        private static IEnumerable<YamlMappingNode> Crds(YamlStream stream)
        {
            foreach (YamlDocument document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode root)
                {
                    continue;
                }

                if (IsCrd(root))
                {
                    yield return root;
                }
                else if (Text(root, "kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && YamlTree.Get(root, "items") is YamlSequenceNode items)
                {
                    foreach (YamlNode item in items.Children)
                    {
                        if (item is YamlMappingNode mapping && IsCrd(mapping))
                        {
                            yield return mapping;
                        }
                    }
                }
            }
        }

        private static bool IsCrd(YamlMappingNode node) =>
            Text(node, "kind") == CrdKind && (Text(node, "apiVersion") ?? string.Empty).StartsWith(ApiExtensionsGroup, StringComparison.Ordinal);

        private static void ReadCrd(YamlMappingNode crd, Context context, List<DefinitionModel> definitions, CancellationToken cancellationToken)
        {
            string name = Text(YamlTree.Find(crd, new[] { "metadata", "name" })) ?? "(unnamed CustomResourceDefinition)";
            var spec = YamlTree.Get(crd, "spec") as YamlMappingNode;
            string? group = spec == null ? null : Text(spec, "group");
            string? kind = spec == null ? null : Text(YamlTree.Find(spec, new[] { "names", "kind" }));
            if (spec == null || string.IsNullOrEmpty(group) || string.IsNullOrEmpty(kind))
            {
                context.Add(crd, name, Report.UnmappedCrdSchema("the CustomResourceDefinition has no spec.group or spec.names.kind", "nothing is generated for it"));
                return;
            }

            var crdInfo = new CrdInfo(name, group!, kind!, Text(spec, "scope") ?? "Namespaced");

            // apiextensions.k8s.io/v1beta1 had one schema for every version (spec.validation) and spec.version.
            YamlNode? sharedSchema = YamlTree.Find(spec, new[] { "validation", "openAPIV3Schema" });
            if (YamlTree.Get(spec, "versions") is YamlSequenceNode versions)
            {
                foreach (YamlNode entry in versions.Children)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry is not YamlMappingNode version || string.IsNullOrEmpty(Text(version, "name")))
                    {
                        context.Add(entry, name, Report.UnmappedCrdSchema("a version without a name", "nothing is generated for it"));
                        continue;
                    }

                    string versionName = Text(version, "name")!;
                    if (!IsTrue(version, "served"))
                    {
                        if (YamlTree.Get(version, "served") == null)
                        {
                            context.Add(version, name + "/" + versionName, Report.UnmappedCrdSchema("the version does not say 'served: true'", "it is not generated"));
                        }

                        continue;
                    }

                    YamlNode? schema = YamlTree.Find(version, new[] { "schema", "openAPIV3Schema" }) ?? sharedSchema;
                    definitions.AddRange(ReadVersion(crdInfo, versionName, version, schema, context));
                    if (context.OverBudget)
                    {
                        return;
                    }
                }
            }
            else if (Text(spec, "version") is { Length: > 0 } onlyVersion)
            {
                definitions.AddRange(ReadVersion(crdInfo, onlyVersion, spec, sharedSchema, context));
            }
            else
            {
                context.Add(spec, name, Report.UnmappedCrdSchema("the CustomResourceDefinition has no spec.versions", "nothing is generated for it"));
            }
        }

        /// <summary>The kind definition of one served version, and the definitions of its item and value types.</summary>
        private static List<DefinitionModel> ReadVersion(CrdInfo crd, string version, YamlMappingNode versionNode, YamlNode? schemaNode, Context context)
        {
            var versionContext = new VersionContext(context, crd, version);
            var root = new Position(versionContext, string.Empty, NameRules.Pascal(crd.Kind));
            var properties = new List<PropertyModel>();
            var schema = schemaNode as YamlMappingNode;
            if (schema == null)
            {
                context.Add(schemaNode ?? versionNode, crd.Name + "/" + version, Report.UnmappedCrdSchema("the version has no openAPIV3Schema", "only apiVersion, kind and metadata are generated"));
            }
            else
            {
                var propertiesNode = YamlTree.Get(schema, "properties") as YamlMappingNode;
                HashSet<string> required = Required(schema);
                foreach (KeyValuePair<string, YamlNode> property in Properties(propertiesNode))
                {
                    switch (property.Key)
                    {
                        case "metadata":
                        case "status":
                            // metadata is ObjectMeta whatever the schema says; status is the server's to write.
                            continue;
                        default:
                            properties.Add(MapProperty(property.Key, property.Value, root, required.Contains(property.Key), 0));
                            break;
                    }

                    if (context.OverBudget)
                    {
                        return versionContext.Definitions;
                    }
                }
            }

            // apiVersion and kind are New's to set (no setters on a kind), metadata is ObjectMeta's group.
            SchemaLocation at = context.Locate((YamlNode?)schema ?? versionNode, versionContext.JsonPath(string.Empty));
            if (!properties.Any(p => p.Name == "apiVersion"))
            {
                properties.Add(new PropertyModel("apiVersion", string.Empty, FieldType.Simple(ValueKind.String), at));
            }

            if (!properties.Any(p => p.Name == "kind"))
            {
                properties.Add(new PropertyModel("kind", string.Empty, FieldType.Simple(ValueKind.String), at));
            }

            YamlNode? metadataNode = schema == null ? null : YamlTree.Find(schema, new[] { "properties", "metadata" });
            properties.Add(new PropertyModel("metadata", string.Empty, FieldType.ReferenceTo(ObjectMetaId), metadataNode == null ? at : context.Locate(metadataNode, versionContext.JsonPath("metadata"))));
            properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

            string description = Describe(schema, required: false);
            string about = crd.Kind + " is a custom resource of " + crd.Group + "/" + version + " ("
                + (crd.Scope == "Cluster" ? "cluster-scoped" : "namespaced") + "), defined by the CustomResourceDefinition " + crd.Name + ".";
            if (IsTrue(versionNode, "deprecated"))
            {
                about += "\n\nDeprecated: " + (Text(versionNode, "deprecationWarning") ?? "this version is deprecated.");
            }

            versionContext.Definitions.Insert(0, new DefinitionModel(
                versionContext.IdPrefix + crd.Kind,
                description.Length > 0 ? description + "\n\n" + about : about,
                FieldType.Inline(properties.ToEquatableArray()),
                new EquatableArray<GroupVersionKind>(new[] { new GroupVersionKind(crd.Group, version, crd.Kind) }),
                context.Locate(versionNode, versionContext.JsonPath(string.Empty))));
            versionContext.AddConstraints(schema);
            return versionContext.Definitions;
        }

        private static PropertyModel MapProperty(string name, YamlNode node, Position parent, bool required, int depth)
        {
            Position at = parent.Property(name);
            FieldType type = MapSchema(node, at, depth + 1);
            return new PropertyModel(name, Describe(node as YamlMappingNode, required), type, at.Locate(node)) { EnumValues = EnumStrings(node, type) };
        }

        private static FieldType MapSchema(YamlNode node, Position at, int depth)
        {
            Context context = at.Version.Context;
            if (!context.Visit())
            {
                return FieldType.Json(false);
            }

            if (depth > Limits.MaxSchemaDepth)
            {
                at.Add(node, Report.UnsupportedSchema("schemas nest deeper than " + Limits.MaxSchemaDepth.ToString(CultureInfo.InvariantCulture)));
                return FieldType.Json(false);
            }

            if (node is not YamlMappingNode schema)
            {
                at.Add(node, Report.UnmappedCrdSchema("the schema is not an object", "the field takes free-form JSON"));
                return FieldType.Json(false);
            }

            if (YamlTree.Get(schema, "$ref") != null)
            {
                at.Add(schema, Report.UnmappedCrdSchema("$ref, which a CustomResourceDefinition cannot have", "the field takes free-form JSON"));
                return FieldType.Json(false);
            }

            if (IsTrue(schema, "x-kubernetes-int-or-string"))
            {
                return FieldType.Simple(ValueKind.IntOrString);
            }

            if (IsTrue(schema, "x-kubernetes-embedded-resource"))
            {
                return FieldType.Json(true);
            }

            string? type = Text(schema, "type");
            var properties = YamlTree.Get(schema, "properties") as YamlMappingNode;
            bool hasProperties = properties != null && properties.Children.Count > 0;
            if (IsTrue(schema, "x-kubernetes-preserve-unknown-fields") && !hasProperties)
            {
                return FieldType.Json(type == "object");
            }

            List<YamlMappingNode> alternatives = Alternatives(schema);
            if (type == null)
            {
                if (alternatives.Count > 1 && alternatives.All(a => Text(a, "type") is "integer" or "string")
                    && alternatives.Any(a => Text(a, "type") == "integer") && alternatives.Any(a => Text(a, "type") == "string"))
                {
                    return FieldType.Simple(ValueKind.IntOrString);
                }

                if (YamlTree.Get(schema, "allOf") is YamlSequenceNode { Children.Count: 1 } allOf && !hasProperties)
                {
                    return MapSchema(allOf.Children[0], at, depth + 1);
                }

                if (hasProperties || YamlTree.Get(schema, "additionalProperties") != null || YamlTree.Get(schema, "patternProperties") != null
                    || (alternatives.Count > 0 && alternatives.All(a => Text(a, "type") == "object" || YamlTree.Get(a, "properties") != null)))
                {
                    type = "object";
                }
                else if (YamlTree.Get(schema, "items") != null)
                {
                    type = "array";
                }
                else
                {
                    string what = alternatives.Count > 0 ? AlternativesKeyword(schema) + " of " + string.Join(" and ", alternatives.Select(a => Text(a, "type") ?? "untyped schemas").Distinct()) : "no 'type'";
                    at.Add(schema, Report.UnmappedCrdSchema(what, "the field takes free-form JSON"));
                    return FieldType.Json(false);
                }
            }

            switch (type)
            {
                case "string":
                    switch (Text(schema, "format"))
                    {
                        case "byte":
                            return FieldType.Simple(ValueKind.Bytes, "byte");
                        case "date-time":
                            return FieldType.Simple(ValueKind.Time, "date-time");
                        case KnownDefinitions.IntOrStringFormat:
                            return FieldType.Simple(ValueKind.IntOrString, KnownDefinitions.IntOrStringFormat);
                        default:
                            return FieldType.Simple(ValueKind.String, Text(schema, "format"));
                    }

                case "integer":
                    return FieldType.Simple(ValueKind.Integer, Text(schema, "format"));
                case "number":
                    return FieldType.Simple(ValueKind.Number, Text(schema, "format"));
                case "boolean":
                    return FieldType.Simple(ValueKind.Boolean);
                case "array":
                    YamlNode? items = YamlTree.Get(schema, "items");
                    if (items == null)
                    {
                        return FieldType.ArrayOf(FieldType.Json(false));
                    }

                    if (items is YamlSequenceNode)
                    {
                        at.Add(items, Report.UnmappedCrdSchema("items as a list of schemas (a tuple)", "the items take free-form JSON"));
                        return FieldType.ArrayOf(FieldType.Json(false));
                    }

                    return FieldType.ArrayOf(MapElement(items, at.Item(), depth));
                case "object":
                    return MapObject(schema, properties, alternatives, at, depth);
                default:
                    at.Add(schema, Report.UnsupportedSchema("type '" + type + "' is not a JSON Schema type"));
                    return FieldType.Json(false);
            }
        }

        private static FieldType MapObject(YamlMappingNode schema, YamlMappingNode? properties, List<YamlMappingNode> alternatives, Position at, int depth)
        {
            bool hasProperties = properties != null && properties.Children.Count > 0;
            bool patterns = YamlTree.Get(schema, "patternProperties") != null;

            // anyOf/oneOf that only add validation (required: [a]) change nothing; alternatives with fields of their own do.
            List<string> alternativeFields = alternatives.Count == 0 ? new List<string>() : FieldsOnlyIn(alternatives, properties);
            if (hasProperties)
            {
                if (patterns)
                {
                    at.Add(schema, Report.UnmappedCrdSchema("patternProperties", "only the fields under 'properties' get setters"));
                }

                if (alternativeFields.Count > 0)
                {
                    at.Add(schema, Report.UnmappedCrdSchema(AlternativesKeyword(schema) + " of objects with fields of their own (" + string.Join(", ", alternativeFields) + ")", "only the fields under 'properties' get setters"));
                }

                return FieldType.Inline(MapProperties(schema, properties!, at, depth));
            }

            if (patterns)
            {
                at.Add(schema, Report.UnmappedCrdSchema("patternProperties", "the field takes free-form JSON"));
                return FieldType.Json(true);
            }

            if (alternativeFields.Count > 0)
            {
                at.Add(schema, Report.UnmappedCrdSchema(AlternativesKeyword(schema) + " of objects (" + string.Join(", ", alternativeFields) + ")", "the field takes free-form JSON"));
                return FieldType.Json(true);
            }

            switch (YamlTree.Get(schema, "additionalProperties"))
            {
                case YamlMappingNode values:
                    return FieldType.MapOf(MapElement(values, at.Value(), depth));
                case YamlScalarNode { Value: "true" }:
                    return FieldType.MapOf(FieldType.Json(false));
                default:
                    return FieldType.Json(true);
            }
        }

        private static List<string> FieldsOnlyIn(List<YamlMappingNode> alternatives, YamlMappingNode? properties)
        {
            var known = new HashSet<string>(Properties(properties).Select(p => p.Key), StringComparer.Ordinal);
            return alternatives
                .SelectMany(a => Properties(YamlTree.Get(a, "properties") as YamlMappingNode).Select(p => p.Key))
                .Where(k => !known.Contains(k))
                .Distinct()
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();
        }

        private static EquatableArray<PropertyModel> MapProperties(YamlMappingNode schema, YamlMappingNode properties, Position at, int depth)
        {
            HashSet<string> required = Required(schema);
            var result = new List<PropertyModel>(properties.Children.Count);
            foreach (KeyValuePair<string, YamlNode> property in Properties(properties))
            {
                result.Add(MapProperty(property.Key, property.Value, at, required.Contains(property.Key), depth));
            }

            return result.ToEquatableArray();
        }

        /// <summary>An array item or map value: an object with properties gets a definition of its own, and so a builder type.</summary>
        private static FieldType MapElement(YamlNode node, Position at, int depth)
        {
            FieldType type = MapSchema(node, at, depth + 1);
            if (type.Kind != ValueKind.InlineObject || type.Properties.Count == 0)
            {
                return type;
            }

            string description = Describe(node as YamlMappingNode, required: false);
            if (description.Length == 0)
            {
                VersionContext version = at.Version;
                description = (at.IsItem ? "An item of the field " : "A value of the map ") + at.FieldPath + " of a " + version.Crd.Group + "/" + version.Version + " " + version.Crd.Kind + ".";
            }

            return FieldType.ReferenceTo(at.Version.Hoist(at, description, type, node));
        }

        /// <summary>
        /// The description of a field for its doc comment: the schema's own text, then what else the schema says
        /// about the value (required, enum, default) in a paragraph of its own.
        /// </summary>
        private static string Describe(YamlMappingNode? schema, bool required)
        {
            string description = (schema == null ? null : Text(schema, "description"))?.Trim() ?? string.Empty;
            var notes = new List<string>();
            if (required)
            {
                notes.Add("Required.");
            }

            if (schema != null)
            {
                if (YamlTree.Get(schema, "enum") is YamlSequenceNode values && values.Children.Count > 0)
                {
                    notes.Add("One of: " + Values(values) + ".");
                }

                if (YamlTree.Find(schema, new[] { "items", "enum" }) is YamlSequenceNode itemValues && itemValues.Children.Count > 0)
                {
                    notes.Add("Each item is one of: " + Values(itemValues) + ".");
                }

                if (YamlTree.Get(schema, "default") is { } value)
                {
                    notes.Add("Default: " + Json(value) + ".");
                }
            }

            if (notes.Count == 0)
            {
                return description;
            }

            return (description.Length > 0 ? description + "\n\n" : string.Empty) + string.Join(" ", notes);
        }

        /// <summary>The values of a string field's <c>enum</c>, for its constants (<c>ConcurrencyPolicyValues.Forbid</c>).</summary>
        private static EquatableArray<string> EnumStrings(YamlNode node, FieldType type)
        {
            if (type.Kind != ValueKind.String || node is not YamlMappingNode schema || YamlTree.Get(schema, "enum") is not YamlSequenceNode values)
            {
                return EquatableArray<string>.Empty;
            }

            return values.Children.OfType<YamlScalarNode>().Where(v => v.Value != null).Select(v => v.Value!).Distinct().ToEquatableArray();
        }

        private static string Values(YamlSequenceNode values)
        {
            IEnumerable<string> shown = values.Children.Take(Limits.MaxEnumValuesShown).Select(Json);
            return string.Join(", ", shown) + (values.Children.Count > Limits.MaxEnumValuesShown ? ", …" : string.Empty);
        }

        /// <summary>A YAML value as JSON text for a doc comment, cut at <see cref="Limits.MaxValueText"/> characters.</summary>
        internal static string Json(YamlNode node)
        {
            var builder = new StringBuilder();
            WriteJson(node, builder, 0);
            return builder.Length > Limits.MaxValueText ? builder.ToString(0, Limits.MaxValueText) + "…" : builder.ToString();
        }

        private static void WriteJson(YamlNode node, StringBuilder builder, int depth)
        {
            if (builder.Length > Limits.MaxValueText || depth > Limits.MaxValueDepth)
            {
                return;
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    string value = scalar.Value ?? string.Empty;
                    bool plain = (scalar.Style == ScalarStyle.Plain || scalar.Style == ScalarStyle.Any) && string.IsNullOrEmpty(scalar.Tag);
                    if (plain && (value is "true" or "false" or "null" || s_jsonNumber.IsMatch(value)))
                    {
                        builder.Append(value);
                    }
                    else if (plain && (value.Length == 0 || value == "~"))
                    {
                        builder.Append("null");
                    }
                    else
                    {
                        Quote(value, builder);
                    }

                    break;
                case YamlSequenceNode sequence:
                    builder.Append('[');
                    for (int i = 0; i < sequence.Children.Count && builder.Length <= Limits.MaxValueText; i++)
                    {
                        builder.Append(i > 0 ? ", " : string.Empty);
                        WriteJson(sequence.Children[i], builder, depth + 1);
                    }

                    builder.Append(']');
                    break;
                case YamlMappingNode mapping:
                    builder.Append('{');
                    bool first = true;
                    foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                    {
                        if (builder.Length > Limits.MaxValueText)
                        {
                            break;
                        }

                        builder.Append(first ? string.Empty : ", ");
                        first = false;
                        Quote((entry.Key as YamlScalarNode)?.Value ?? string.Empty, builder);
                        builder.Append(": ");
                        WriteJson(entry.Value, builder, depth + 1);
                    }

                    builder.Append('}');
                    break;
            }
        }

        private static void Quote(string value, StringBuilder builder)
        {
            builder.Append('"');
            foreach (char c in value)
            {
                if (c == '"' || c == '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else if (c < 0x20)
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append('"');
        }

        /// <summary>The schemas of <c>anyOf</c> and <c>oneOf</c>.</summary>
        private static List<YamlMappingNode> Alternatives(YamlMappingNode schema)
        {
            var result = new List<YamlMappingNode>();
            foreach (string keyword in new[] { "anyOf", "oneOf" })
            {
                if (YamlTree.Get(schema, keyword) is YamlSequenceNode list)
                {
                    result.AddRange(list.Children.OfType<YamlMappingNode>());
                }
            }

            return result;
        }

        private static string AlternativesKeyword(YamlMappingNode schema) =>
            YamlTree.Get(schema, "oneOf") != null ? "oneOf" : "anyOf";

        private static IEnumerable<KeyValuePair<string, YamlNode>> Properties(YamlMappingNode? properties)
        {
            if (properties == null)
            {
                return Enumerable.Empty<KeyValuePair<string, YamlNode>>();
            }

            return properties.Children
                .Where(p => p.Key is YamlScalarNode { Value: not null })
                .Select(p => new KeyValuePair<string, YamlNode>(((YamlScalarNode)p.Key).Value!, p.Value))
                .OrderBy(p => p.Key, StringComparer.Ordinal);
        }

        private static HashSet<string> Required(YamlMappingNode schema)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            if (YamlTree.Get(schema, "required") is YamlSequenceNode required)
            {
                foreach (YamlScalarNode name in required.Children.OfType<YamlScalarNode>())
                {
                    result.Add(name.Value ?? string.Empty);
                }
            }

            return result;
        }

        /// <summary>True for YAML's <c>true</c> (and the <c>True</c>/<c>TRUE</c> YAML 1.1 writers still produce).</summary>
        private static bool IsTrue(YamlMappingNode schema, string key) =>
            string.Equals(Text(schema, key), "true", StringComparison.OrdinalIgnoreCase);

        private static string? Text(YamlMappingNode mapping, string key) => Text(YamlTree.Get(mapping, key));

        private static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;

        /// <summary>The reverse of an API group, as Kubernetes names the definitions of custom resources: <c>com.example.stable</c>.</summary>
        internal static string ReverseGroup(string group) => string.Join(".", Enumerable.Reverse(group.Split('.')));

        /// <summary>What a CRD says about all its versions: its name, API group, kind and scope.</summary>
        private sealed record CrdInfo(string Name, string Group, string Kind, string Scope);

        /// <summary>What one file's load needs: where it is, what it reported, how many nodes it may still visit.</summary>
        private sealed class Context
        {
            private readonly SchemaLoader.Offsets _offsets;
            private int _visited;

            public Context(string filePath, SchemaLoader.Offsets offsets, DiagnosticList diagnostics)
            {
                FilePath = filePath;
                _offsets = offsets;
                Diagnostics = diagnostics;
            }

            public string FilePath { get; }

            public List<DefinitionModel> Definitions { get; } = new List<DefinitionModel>();

            public DiagnosticList Diagnostics { get; }

            /// <summary>True once more than <see cref="Limits.MaxCrdSchemas"/> schemas were visited.</summary>
            public bool OverBudget => _visited > Limits.MaxCrdSchemas;

            public bool Visit() => ++_visited <= Limits.MaxCrdSchemas;

            public SchemaLocation Locate(YamlNode node, string jsonPath) =>
                SchemaLoader.Locate(FilePath, jsonPath, node, _offsets);

            /// <summary>Reports <paramref name="report"/> at <paramref name="node"/>, whose path diagnostics say is <paramref name="path"/>.</summary>
            public void Add(YamlNode node, string path, Report report)
            {
                if (!Diagnostics.IsFull(report, FilePath))
                {
                    Diagnostics.Add(report, Locate(node, path));
                }
            }
        }

        /// <summary>One served version being read: its definitions, and the ids its item and value types took.</summary>
        private sealed class VersionContext
        {
            private readonly Dictionary<string, string> _hoisted = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, YamlNode> _nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            private readonly Dictionary<YamlNode, string> _hoistedNodes = new Dictionary<YamlNode, string>(ConstraintTables.NodeIdentity.Instance);

            public VersionContext(Context context, CrdInfo crd, string version)
            {
                Context = context;
                Crd = crd;
                Version = version;
                IdPrefix = ReverseGroup(crd.Group) + "." + version + ".";
            }

            public Context Context { get; }

            public CrdInfo Crd { get; }

            public string Version { get; }

            /// <summary>Kubernetes' definition ids of custom resources: the reversed group, the version, then the name.</summary>
            public string IdPrefix { get; }

            public List<DefinitionModel> Definitions { get; } = new List<DefinitionModel>();

            /// <summary>
            /// Gives every definition of the version its constraint table: the kind's from the version's schema (its
            /// <c>metadata</c> is ObjectMeta), item and value types' from their own schemas; where a schema became an
            /// item or value type, a table refers to that type instead of repeating it.
            /// </summary>
            public void AddConstraints(YamlMappingNode? schema)
            {
                var tables = new ConstraintTables(null, node => _hoistedNodes.TryGetValue(node, out string? id) ? id : null);
                for (int i = 0; i < Definitions.Count; i++)
                {
                    DefinitionModel definition = Definitions[i];
                    string table = i == 0
                        ? tables.Table(schema, rootProperty: ("metadata", ConstraintTables.Reference(ObjectMetaId)))
                        : tables.Table(_nodes.TryGetValue(definition.Id, out YamlNode? node) ? node : null);
                    Definitions[i] = definition with { Constraints = table };
                }
            }

            /// <summary>Where a field stands, as diagnostics say it: <c>crontabs.stable.example.com/v1: spec.ports[].name</c>.</summary>
            public string JsonPath(string fieldPath) => Crd.Name + "/" + Version + (fieldPath.Length > 0 ? ": " + fieldPath : string.Empty);

            /// <summary>
            /// Adds the definition of an item or value type and returns its id: the id prefix, then the type's name
            /// segments joined by <c>-</c> (<c>com.example.stable.v1.CronTab-Spec-Ports-Item</c>), whose PascalCase
            /// is the C# name. Two fields whose segments fold to the same text get a number and KSN201.
            /// </summary>
            public string Hoist(Position at, string description, FieldType type, YamlNode node)
            {
                string id = IdPrefix + at.TypeName;
                string candidate = id;
                if (_hoisted.ContainsKey(candidate))
                {
                    // Numbers continue where the last clash of this id stopped: n clashes cost O(n), not O(n²).
                    int i = _nextNumber.TryGetValue(id, out int next) ? next : 2;
                    do
                    {
                        candidate = id + "-" + (i++).ToString(CultureInfo.InvariantCulture);
                    }
                    while (_hoisted.ContainsKey(candidate));
                    _nextNumber[id] = i;
                }

                SchemaLocation location = at.Locate(node);
                if (candidate != id)
                {
                    Context.Diagnostics.Add(Report.NameCollision(location.JsonPath, "'" + _hoisted[id] + "'", NameRules.TypeName(id), NameRules.TypeName(candidate)), location);
                }

                _hoisted[candidate] = location.JsonPath;
                _nodes[candidate] = node;
                if (!_hoistedNodes.ContainsKey(node))
                {
                    _hoistedNodes.Add(node, candidate);
                }

                Definitions.Add(new DefinitionModel(candidate, description, type, EquatableArray<GroupVersionKind>.Empty, location));
                return candidate;
            }
        }

        /// <summary>A position in a version's schema: the field path for people, the type name segments for item types.</summary>
        private sealed class Position
        {
            private readonly Position? _parent;
            private readonly string _segment;
            private readonly bool _fieldName;
            private string? _typeName;

            public Position(VersionContext version, string fieldPath, string typeName)
            {
                Version = version;
                FieldPath = fieldPath;
                _segment = typeName;
                _typeName = typeName;
            }

            private Position(Position parent, string fieldPath, string segment, bool fieldName, bool isItem)
            {
                Version = parent.Version;
                FieldPath = fieldPath;
                _parent = parent;
                _segment = segment;
                _fieldName = fieldName;
                IsItem = isItem;
            }

            public VersionContext Version { get; }

            /// <summary><c>spec.ports[].name</c>: <c>[]</c> stands for an array's items, <c>[*]</c> for a map's values.</summary>
            public string FieldPath { get; }

            /// <summary>The name an item or value type here would get, in segments: <c>CronTab-Spec-Ports-Item</c> (made when asked).</summary>
            public string TypeName => _typeName ??= _parent!.TypeName + "-" + (_fieldName ? NameRules.Pascal(_segment) : _segment);

            public bool IsItem { get; }

            public Position Property(string name) =>
                new Position(this, FieldPath.Length == 0 ? name : FieldPath + "." + name, name, fieldName: true, isItem: false);

            public Position Item() => new Position(this, FieldPath + "[]", "Item", fieldName: false, isItem: true);

            public Position Value() => new Position(this, FieldPath + "[*]", "Value", fieldName: false, isItem: false);

            public SchemaLocation Locate(YamlNode node) => Version.Context.Locate(node, Version.JsonPath(FieldPath));

            public void Add(YamlNode node, Report report) =>
                Version.Context.Add(node, Version.JsonPath(FieldPath), report);
        }
    }
}
