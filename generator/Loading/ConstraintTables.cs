using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Kubesonnet.Generator.Model;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Writes the constraint table of a definition (what <c>Validate()</c> checks, README "Validation"): the
    /// schema's validation keywords as compact JSON, read from the schema's own tree (the model keeps only what
    /// setters need). A reference to another definition is written <c>{"$ref":"id"}</c> and resolved by the planner
    /// to a generated type or inlined; everything else of the schema (descriptions, defaults, examples) is left out.
    /// Values that are not what a keyword takes (a <c>minimum</c> that is not a number, a <c>type</c> JSON Schema does
    /// not have) are left out too: the table is always one the runtime can read.
    /// </summary>
    internal sealed partial class ConstraintTables
    {
        // How deep a table nests (deeper schemas are written {}: anything passes there), and how many schemas the
        // tables of one file hold in all (YAML aliases can make a small file a huge tree).
        private const int DepthBound = Limits.MaxSchemaDepth;
        private const int SchemaBound = Limits.MaxConstraintSchemas;


        private static readonly HashSet<string> s_types = new HashSet<string>(StringComparer.Ordinal)
        {
            "null", "boolean", "integer", "number", "string", "array", "object",
        };

        private readonly string _referencePrefix;
        private readonly Func<YamlNode, string?>? _hoisted;
        private int _schemas;

        /// <param name="referencePrefix">What comes before a definition id in the document's <c>$ref</c>s (<c>#/definitions/</c>); null: no references (a CRD).</param>
        /// <param name="hoisted">The definition a schema node became (CRD item and value types), written as a reference; null: none.</param>
        public ConstraintTables(string? referencePrefix, Func<YamlNode, string?>? hoisted)
        {
            _referencePrefix = referencePrefix ?? "\u0000";
            _hoisted = hoisted;
        }

        /// <summary>
        /// The table of one definition. <paramref name="rootAdditions"/> is written first, inside the root object
        /// (<c>"x-kubesonnet-nulls":true,</c>, a known definition's <c>"format":"quantity",</c>);
        /// <paramref name="rootProperty"/> replaces the schema of one property of the root (a custom resource's
        /// <c>metadata</c>, ObjectMeta whatever the CRD says).
        /// </summary>
        public string Table(YamlNode? schema, string rootAdditions = "", (string Name, string Table)? rootProperty = null)
        {
            var builder = new StringBuilder();
            if (schema is not YamlMappingNode mapping)
            {
                builder.Append('{').Append(rootAdditions);
                if (rootProperty is { } replaced)
                {
                    builder.Append("\"properties\":{");
                    String(builder, replaced.Name);
                    builder.Append(':').Append(replaced.Table).Append('}');
                }

                TrimComma(builder);
                return builder.Append('}').ToString();
            }

            Write(mapping, builder, 0, root: true, rootAdditions, rootProperty);
            return builder.ToString();
        }

        /// <summary><c>{"$ref":"id"}</c>.</summary>
        public static string Reference(string id) => ConstraintText.Reference(id);

        private void Write(YamlNode node, StringBuilder b, int depth, bool root = false, string rootAdditions = "", (string Name, string Table)? rootProperty = null)
        {
            if (!root && _hoisted?.Invoke(node) is { } id)
            {
                b.Append(Reference(id));
                return;
            }

            if (node is not YamlMappingNode schema || depth > DepthBound || ++_schemas > SchemaBound)
            {
                b.Append("{}");
                return;
            }

            if (Scalar(schema, "$ref") is { } reference && reference.StartsWith(_referencePrefix, StringComparison.Ordinal))
            {
                b.Append(Reference(Unescape(reference.Substring(_referencePrefix.Length))));
                return;
            }

            // { allOf: [ x ] } and nothing else that validates (how references with descriptions are read): x itself.
            if (!root && Get(schema, "allOf") is YamlSequenceNode { Children.Count: 1 } single && !HasOwnConstraints(schema))
            {
                Write(single.Children[0], b, depth + 1);
                return;
            }

            b.Append('{').Append(rootAdditions);
            foreach (KeyValuePair<YamlNode, YamlNode> entry in schema.Children)
            {
                string? key = (entry.Key as YamlScalarNode)?.Value;
                YamlNode value = entry.Value;
                switch (key)
                {
                    case "type":
                        WriteType(b, value);
                        break;
                    case "nullable":
                    case "exclusiveMinimum":
                    case "exclusiveMaximum":
                    case "uniqueItems":
                    case "x-kubernetes-int-or-string":
                        if (IsTrue(value))
                        {
                            Key(b, key).Append("true,");
                        }

                        break;
                    case "format":
                    case "pattern":
                    case "x-kubernetes-list-type":
                        if (value is YamlScalarNode { Value: { } text } && rootAdditions.IndexOf("\"" + key + "\"", StringComparison.Ordinal) < 0)
                        {
                            String(Key(b, key), text).Append(',');
                        }

                        break;
                    case "minLength":
                    case "maxLength":
                    case "minItems":
                    case "maxItems":
                    case "minProperties":
                    case "maxProperties":
                        if (value is YamlScalarNode { Value: { } count } && IsPlain((YamlScalarNode)value)
                            && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out long n))
                        {
                            Key(b, key).Append(n.ToString(CultureInfo.InvariantCulture)).Append(',');
                        }

                        break;
                    case "minimum":
                    case "maximum":
                    case "multipleOf":
                        if (value is YamlScalarNode { Value: { } number } scalar && IsPlain(scalar) && YamlTree.IsJsonNumber(number)
                            && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d))
                        {
                            Key(b, key).Append(number).Append(',');
                        }

                        break;
                    case "enum":
                        if (value is YamlSequenceNode values)
                        {
                            Key(b, key).Append('[');
                            foreach (YamlNode item in values.Children)
                            {
                                Json(item, b, 0);
                                b.Append(',');
                            }

                            TrimComma(b).Append("],");
                        }

                        break;
                    case "required":
                    case "x-kubernetes-list-map-keys":
                        if (value is YamlSequenceNode names)
                        {
                            Key(b, key).Append('[');
                            foreach (YamlNode name in names.Children)
                            {
                                if (name is YamlScalarNode { Value: { } listed })
                                {
                                    String(b, listed).Append(',');
                                }
                            }

                            TrimComma(b).Append("],");
                        }

                        break;
                    case "properties":
                        if (value is YamlMappingNode properties)
                        {
                            Key(b, key).Append('{');
                            bool replacedWritten = false;
                            foreach (KeyValuePair<YamlNode, YamlNode> property in properties.Children)
                            {
                                if (property.Key is not YamlScalarNode { Value: { } name })
                                {
                                    continue;
                                }

                                String(b, name).Append(':');
                                if (root && rootProperty is { } replaced && replaced.Name == name)
                                {
                                    b.Append(replaced.Table);
                                    replacedWritten = true;
                                }
                                else
                                {
                                    Write(property.Value, b, depth + 1);
                                }

                                b.Append(',');
                            }

                            if (root && rootProperty is { } missing && !replacedWritten)
                            {
                                String(b, missing.Name).Append(':').Append(missing.Table).Append(',');
                            }

                            TrimComma(b).Append("},");
                        }

                        break;
                    case "additionalProperties":
                        if (value is YamlMappingNode)
                        {
                            Write(value, Key(b, key), depth + 1);
                            b.Append(',');
                        }
                        else if (value is YamlScalarNode additional && string.Equals(additional.Value, "false", StringComparison.OrdinalIgnoreCase))
                        {
                            Key(b, key).Append("false,");
                        }

                        break;
                    case "items":
                    case "not":
                        if (value is YamlMappingNode)
                        {
                            Write(value, Key(b, key), depth + 1);
                            b.Append(',');
                        }

                        break;
                    case "allOf":
                    case "anyOf":
                    case "oneOf":
                        if (value is YamlSequenceNode { Children.Count: > 0 } branches)
                        {
                            Key(b, key).Append('[');
                            foreach (YamlNode branch in branches.Children)
                            {
                                Write(branch, b, depth + 1);
                                b.Append(',');
                            }

                            TrimComma(b).Append("],");
                        }

                        break;
                    case "x-kubernetes-validations":
                        if (value is YamlSequenceNode rules)
                        {
                            Key(b, key).Append('[');
                            foreach (YamlNode rule in rules.Children)
                            {
                                if (rule is YamlMappingNode r && Scalar(r, "rule") is { } expression)
                                {
                                    String(b.Append("{\"rule\":"), expression);
                                    if (Scalar(r, "message") is { } message)
                                    {
                                        String(b.Append(",\"message\":"), message);
                                    }

                                    b.Append("},");
                                }
                            }

                            TrimComma(b).Append("],");
                        }

                        break;
                }
            }

            if (root && rootProperty is { } added && Get(schema, "properties") is not YamlMappingNode)
            {
                b.Append("\"properties\":{");
                String(b, added.Name).Append(':').Append(added.Table).Append("},");
            }

            TrimComma(b).Append('}');
        }
    }
}
