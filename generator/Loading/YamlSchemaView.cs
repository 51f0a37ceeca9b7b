using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// A schema as it is written in SharpYaml's tree, seen as <see cref="SchemaMapper"/> reads schemas: a CRD version's
    /// <c>openAPIV3Schema</c>, or a definition of an OpenAPI document after <see cref="SchemaCheck"/> has taken out
    /// what is not a keyword of its version's schemas and every value of the wrong JSON type.
    /// </summary>
    internal sealed class YamlSchemaView : SchemaView
    {
        private readonly YamlMappingNode? _schema;
        private readonly string? _referencePrefix;
        private IReadOnlyList<KeyValuePair<string, SchemaView>>? _properties;
        private HashSet<string>? _required;

        /// <param name="node">The schema's node (or what stands where a schema belongs).</param>
        /// <param name="referencePrefix">
        /// What comes before a definition id in the document's <c>$ref</c>s (<c>#/definitions/</c>,
        /// <c>#/components/schemas/</c>); null for a CRD, which has no definitions to refer to.
        /// </param>
        public YamlSchemaView(YamlNode node, string? referencePrefix = null)
        {
            Node = node;
            _schema = node as YamlMappingNode;
            _referencePrefix = referencePrefix;
        }

        /// <summary>The node of the schema (or of what stands where a schema belongs).</summary>
        public YamlNode Node { get; }

        public override bool IsSchema => _schema != null;

        public override Report Unreadable(bool isProperty) =>
            _referencePrefix == null ? Report.UnmappedCrdSchema("the schema is not an object", "the field takes free-form JSON") : Report.UnsupportedSchema("the schema is not an object");

        /// <summary><c>type</c>; an empty one is none.</summary>
        public override string? Type => Text("type") is { Length: > 0 } type ? type : null;

        public override string? Format => Text("format");

        public override string? Description => Text("description");

        /// <summary>True for YAML's <c>true</c> (and the <c>True</c>/<c>TRUE</c> YAML 1.1 writers still produce).</summary>
        public override bool IsTrue(string extension) => string.Equals(Text(extension), "true", StringComparison.OrdinalIgnoreCase);

        public override EquatableArray<string> MergeKeys
        {
            get
            {
                if (Text("x-kubernetes-list-type") == "map" && Get("x-kubernetes-list-map-keys") is YamlSequenceNode keys
                    && keys.Children.Count > 0 && keys.Children.All(k => k is YamlScalarNode { Value.Length: > 0 }))
                {
                    return keys.Children.Select(k => ((YamlScalarNode)k).Value!).ToEquatableArray();
                }

                return Text("x-kubernetes-patch-merge-key") is { Length: > 0 } key ? new EquatableArray<string>(new[] { key }) : EquatableArray<string>.Empty;
            }
        }

        /// <summary>A document's <c>$ref</c> names a definition by what follows the prefix, as written (JSON Pointer escapes are part of the id).</summary>
        public override bool IsReference(out string? definition, out string dangling)
        {
            YamlNode? reference = Get("$ref");
            definition = null;
            dangling = (reference as YamlScalarNode)?.Value ?? string.Empty;
            if (_referencePrefix != null && dangling.Length > _referencePrefix.Length && dangling.StartsWith(_referencePrefix, StringComparison.Ordinal))
            {
                definition = dangling.Substring(_referencePrefix.Length);
            }

            return reference != null;
        }

        public override SchemaView? SingleAllOf => Get("allOf") is YamlSequenceNode { Children.Count: 1 } allOf ? Child(allOf.Children[0]) : null;

        public override IReadOnlyList<SchemaView> Alternatives
        {
            get
            {
                YamlNode? anyOf = Get("anyOf");
                YamlNode? oneOf = Get("oneOf");
                if (anyOf == null && oneOf == null)
                {
                    return Array.Empty<SchemaView>();
                }

                var result = new List<SchemaView>();
                foreach (YamlNode? keyword in new[] { anyOf, oneOf })
                {
                    if (keyword is YamlSequenceNode list)
                    {
                        result.AddRange(list.Children.OfType<YamlMappingNode>().Select(Child));
                    }
                }

                return result;
            }
        }

        public override string AlternativesKeyword => Get("oneOf") != null ? "oneOf" : "anyOf";

        public override IReadOnlyList<KeyValuePair<string, SchemaView>> Properties => _properties ??= ReadProperties();

        public override bool MentionsProperties => Get("properties") != null;

        public override bool IsRequired(string property)
        {
            if (_required == null)
            {
                _required = new HashSet<string>(StringComparer.Ordinal);
                if (Get("required") is YamlSequenceNode required)
                {
                    foreach (YamlScalarNode name in required.Children.OfType<YamlScalarNode>())
                    {
                        _required.Add(name.Value ?? string.Empty);
                    }
                }
            }

            return _required.Contains(property);
        }

        public override SchemaView? Items => Get("items") is { } items && items is not YamlSequenceNode ? Child(items) : null;

        public override bool ItemsAreTuple => Get("items") is YamlSequenceNode;

        public override SchemaView ItemsNode => Get("items") is { } items ? Child(items) : this;

        public override SchemaView? AdditionalProperties => Get("additionalProperties") is YamlMappingNode values ? Child(values) : null;

        public override bool AdditionalPropertiesAreAny => Get("additionalProperties") is YamlScalarNode { Value: "true" };

        public override bool MentionsAdditionalProperties => Get("additionalProperties") != null;

        public override bool HasPatternProperties => Get("patternProperties") != null;

        public override ValueList? EnumValues() => Values(Get("enum"));

        public override ValueList? ItemEnumValues() => _schema == null ? null : Values(YamlTree.Find(_schema, new[] { "items", "enum" }));

        public override string? DefaultValue() => Get("default") is { } value ? Json(value) : null;

        public override IReadOnlyList<string> EnumStrings() =>
            Get("enum") is YamlSequenceNode values
                ? values.Children.OfType<YamlScalarNode>().Where(v => v.Value != null).Select(v => v.Value!).ToList()
                : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>A YAML value as JSON text for a doc comment, cut at <see cref="Limits.MaxValueText"/> characters.</summary>
        internal static string Json(YamlNode node)
        {
            var builder = new StringBuilder();
            WriteJson(node, builder, 0);
            return builder.Length > Limits.MaxValueText ? builder.ToString(0, Limits.MaxValueText) + "…" : builder.ToString();
        }

        private static ValueList? Values(YamlNode? node)
        {
            if (node is not YamlSequenceNode values)
            {
                return null;
            }

            IEnumerable<string> shown = values.Children.Take(Limits.MaxEnumValuesShown).Select(Json);
            return new ValueList(values.Children.Count, string.Join(", ", shown) + (values.Children.Count > Limits.MaxEnumValuesShown ? ", …" : string.Empty));
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
                    // A doc comment shows a number as written, even one beyond a double's range.
                    YamlTree.AppendJson(builder, scalar, finiteNumbers: false);
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
                        ConstraintText.String(builder, (entry.Key as YamlScalarNode)?.Value ?? string.Empty);
                        builder.Append(": ");
                        WriteJson(entry.Value, builder, depth + 1);
                    }

                    builder.Append('}');
                    break;
            }
        }

        private IReadOnlyList<KeyValuePair<string, SchemaView>> ReadProperties()
        {
            if (Get("properties") is not YamlMappingNode properties || properties.Children.Count == 0)
            {
                return Array.Empty<KeyValuePair<string, SchemaView>>();
            }

            var result = new List<KeyValuePair<string, SchemaView>>(properties.Children.Count);
            foreach (KeyValuePair<YamlNode, YamlNode> property in properties.Children)
            {
                if (property.Key is YamlScalarNode { Value: { } name })
                {
                    result.Add(new KeyValuePair<string, SchemaView>(name, Child(property.Value)));
                }
            }

            // A stable sort, as OrderBy was: two keys of one name keep the order they were written in.
            return result.Count < 2 ? result : result.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        }

        private YamlSchemaView Child(YamlNode node) => new YamlSchemaView(node, _referencePrefix);

        private YamlNode? Get(string key) => _schema == null ? null : YamlTree.Get(_schema, key);

        private string? Text(string key) => (Get(key) as YamlScalarNode)?.Value;
    }
}
