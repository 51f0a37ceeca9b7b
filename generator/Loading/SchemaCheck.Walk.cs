using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>The walk over the keyword grammar: which keywords hold sub-schemas, and the JSON type of every other keyword.</summary>
    internal static partial class SchemaCheck
    {
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

        /// <summary>Documentation with a grammar of its own (<c>xml.attribute</c>, <c>discriminator.mapping</c>); never read.</summary>
        private static readonly HashSet<string> s_unread = new HashSet<string>(StringComparer.Ordinal)
        {
            "xml", "externalDocs", "discriminator",
        };

        /// <summary>The fixed fields of swagger 2.0's Schema Object; any other key but an extension (<c>x-…</c>) is KSN003.</summary>
        private static readonly HashSet<string> s_swagger2Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "$ref", "title", "description", "type", "format", "default", "example", "enum", "required", "readOnly",
            "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
            "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties",
            "allOf", "items", "properties", "additionalProperties", "discriminator", "xml", "externalDocs",
        };

        /// <summary>OpenAPI 3.0's Schema Object: swagger 2.0's and these.</summary>
        private static readonly HashSet<string> s_openApi3Keywords = new HashSet<string>(s_swagger2Keywords, StringComparer.Ordinal)
        {
            "anyOf", "oneOf", "not", "nullable", "writeOnly", "deprecated",
        };

        /// <summary>The walk over every schema below the definitions: iterative, each node checked once.</summary>
        private sealed class Walk
        {
            private readonly Findings _findings;
            private readonly string _referencePrefix;
            private readonly bool _allowSlash;
            private readonly HashSet<string> _keywords;
            private readonly string _version;
            private readonly Stack<(YamlMappingNode Schema, SchemaPath Path, int Depth)> _pending = new Stack<(YamlMappingNode, SchemaPath, int)>();

            /// <summary>Schemas already checked: aliases share nodes, and a shared node is checked once (null: a tree without aliases).</summary>
            private readonly HashSet<YamlNode>? _seen;

            public Walk(Findings findings, bool isSwagger2, bool sharesNodes)
            {
                _seen = sharesNodes ? new HashSet<YamlNode>(ReferenceIdentity<YamlNode>.Instance) : null;
                _findings = findings;
                _referencePrefix = ReferencePrefix(isSwagger2);
                _allowSlash = isSwagger2;
                _keywords = isSwagger2 ? s_swagger2Keywords : s_openApi3Keywords;
                _version = isSwagger2 ? "swagger 2.0" : "OpenAPI 3.0";
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
                    if (_seen != null && !_seen.Add(schema))
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
                        (removed ??= new HashSet<YamlNode>(ReferenceIdentity<YamlNode>.Instance)).Add(entry.Key);
                    }
                }

                Rewrite(schema, removed, null);
                KeepDescriptionBesideReference(schema);
            }

            /// <summary>
            /// Keeps the description Kubernetes writes beside a <c>$ref</c> (OpenAPI says a reference's siblings are
            /// ignored) by rewriting <c>{ $ref, description }</c> to <c>{ allOf: [ { $ref } ], description }</c>: a
            /// reference stays a schema of <c>$ref</c> alone, for the mapper and the constraint tables alike.
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

                if (!_keywords.Contains(keyword) && !keyword.StartsWith("x-", StringComparison.Ordinal))
                {
                    _findings.Add(value, at, Report.UnknownKeyword(keyword, _version));
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
                    // Decimal numbers only (JSON's), in YAML documents too: no hex or octal.
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
                        (replaced ??= new Dictionary<YamlNode, YamlNode>(ReferenceIdentity<YamlNode>.Instance)).Add(property.Key, Empty(property.Value, _findings));
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
            /// A <c>$ref</c> must be a string naming one of this document set's definitions (<c>#/definitions/X</c>;
            /// OpenAPI 3.0: <c>#/components/schemas/X</c>, without a <c>/</c>). Others are free-form JSON (KSN101).
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
    }
}
