using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// How a schema is mapped beyond the rules every schema shares. A CRD's schema and an OpenAPI document's
    /// definitions go through the same <see cref="SchemaMapper"/>; these are the only differences, and why.
    /// </summary>
    /// <param name="Structural">
    /// The schema is a structural schema, as Kubernetes requires of a CRD (<c>apiextensions.k8s.io/v1</c>): every
    /// schema has a type, or keywords that say it (<c>properties</c>: object, <c>items</c>: array), and no <c>$ref</c>.
    /// What typed setters cannot express is reported (KSN104: <c>$ref</c>, no type, tuple items,
    /// <c>patternProperties</c>, <c>anyOf</c>/<c>oneOf</c> of objects with fields of their own). An OpenAPI document is not
    /// held to this: an untyped schema is an object, and <c>$ref</c> is a reference.
    /// </param>
    /// <param name="ConstraintNotes">
    /// A field's doc comment ends with what else its schema says about the value: "Required.", "One of: …",
    /// "Each item is one of: …", "Default: …" (the description trimmed before them). On for CRDs, whose seed texts have
    /// them; off for OpenAPI documents, whose descriptions already say it in Kubernetes' words.
    /// </param>
    /// <param name="ElementDefinitions">
    /// An array item or map value that is an object with properties becomes a definition of its own (so a builder
    /// type), named by its place (<see cref="MappingSite.DefineElement"/>). On for CRDs, which write such objects
    /// inline; off for OpenAPI documents, whose items refer to definitions (an inline one is free-form JSON).
    /// </param>
    internal sealed record MappingOptions(bool Structural, bool ConstraintNotes, bool ElementDefinitions)
    {
        /// <summary>The definitions of an OpenAPI document (swagger 2.0, OpenAPI 3.0).</summary>
        public static readonly MappingOptions Document = new MappingOptions(false, false, false);

        /// <summary>The <c>openAPIV3Schema</c> of a CustomResourceDefinition's version.</summary>
        public static readonly MappingOptions CustomResource = new MappingOptions(true, true, true);
    }

    /// <summary>
    /// The one mapping from a JSON Schema to the model: every keyword the generator understands is read here, whatever
    /// the input (<see cref="SchemaView"/>: a document's definitions or a CRD's schema, both read from the tree), under
    /// <see cref="MappingOptions"/>; where it stands and how a problem is reported is the <see cref="MappingSite"/>'s.
    /// </summary>
    internal sealed class SchemaMapper
    {
        public SchemaMapper(MappingOptions options)
        {
            Options = options;
        }

        public MappingOptions Options { get; }

        /// <summary>The property <paramref name="name"/> of the schema at <paramref name="parent"/>.</summary>
        public PropertyModel Property(string name, SchemaView schema, MappingSite parent, bool required, int depth)
        {
            MappingSite at = parent.Property(name);
            FieldType type = Map(schema, at, depth + 1, isProperty: true);
            return new PropertyModel(name, Describe(schema, required), type, at.Locate(schema))
            {
                EnumValues = type.Kind == ValueKind.String ? schema.EnumStrings().Distinct().ToEquatableArray() : EquatableArray<string>.Empty,

                // A CRD's description says "Required." itself (ConstraintNotes); a document's setter says it in <remarks>.
                Required = required && !Options.ConstraintNotes,
            };
        }

        /// <summary>The properties of <paramref name="schema"/> at <paramref name="at"/>, in ordinal order of their names.</summary>
        public EquatableArray<PropertyModel> Properties(SchemaView schema, MappingSite at, int depth)
        {
            IReadOnlyList<KeyValuePair<string, SchemaView>> properties = schema.Properties;
            var result = new List<PropertyModel>(properties.Count);
            foreach (KeyValuePair<string, SchemaView> property in properties)
            {
                result.Add(Property(property.Key, property.Value, at, schema.IsRequired(property.Key), depth));
            }

            return result.ToEquatableArray();
        }

        /// <summary>The type of the value <paramref name="schema"/> describes, at <paramref name="at"/>, <paramref name="depth"/> schemas deep.</summary>
        public FieldType Map(SchemaView schema, MappingSite at, int depth, bool isProperty = false)
        {
            if (!at.Visit())
            {
                return FieldType.Json(false);
            }

            if (depth > Limits.MaxSchemaDepth)
            {
                at.Add(schema, Report.UnsupportedSchema("schemas nest deeper than " + Limits.MaxSchemaDepth.ToString(CultureInfo.InvariantCulture)));
                return FieldType.Json(false);
            }

            if (!schema.IsSchema)
            {
                at.Add(schema, schema.Unreadable(isProperty));
                return FieldType.Json(false);
            }

            if (schema.IsReference(out string? definition, out string dangling))
            {
                if (Options.Structural)
                {
                    at.Add(schema, Report.UnmappedCrdSchema("$ref, which a CustomResourceDefinition cannot have", "the field takes free-form JSON"));
                    return FieldType.Json(false);
                }

                if (definition == null)
                {
                    at.Add(schema, Report.DanglingReference(dangling));
                    return FieldType.Json(false);
                }

                return FieldType.ReferenceTo(definition);
            }

            if (schema.IsTrue("x-kubernetes-int-or-string"))
            {
                return FieldType.Simple(ValueKind.IntOrString);
            }

            if (schema.IsTrue("x-kubernetes-embedded-resource"))
            {
                return FieldType.Json(true);
            }

            string? type = schema.Type;
            bool hasProperties = schema.Properties.Count > 0;
            if (schema.IsTrue("x-kubernetes-preserve-unknown-fields") && !hasProperties)
            {
                // Free-form values (Flux's HelmRelease values): untyped, they are objects in practice, and merging them
                // (WithValuesMixin) is what users do most with them (issue 12).
                return FieldType.Json(type == "object" || type == null);
            }

            IReadOnlyList<SchemaView> alternatives = schema.Alternatives;
            if (type == null)
            {
                if (alternatives.Count > 1 && alternatives.All(a => a.Type is "integer" or "string")
                    && alternatives.Any(a => a.Type == "integer") && alternatives.Any(a => a.Type == "string"))
                {
                    return FieldType.Simple(ValueKind.IntOrString);
                }

                if (schema.SingleAllOf is { } only && !hasProperties)
                {
                    return Map(only, at, depth + 1);
                }

                if (Options.Structural)
                {
                    type = ImpliedType(schema, hasProperties, alternatives);
                    if (type == null)
                    {
                        string what = alternatives.Count > 0 ? schema.AlternativesKeyword + " of " + string.Join(" and ", alternatives.Select(a => a.Type ?? "untyped schemas").Distinct()) : "no 'type'";
                        at.Add(schema, Report.UnmappedCrdSchema(what, "the field takes free-form JSON"));
                        return FieldType.Json(false);
                    }
                }
            }

            switch (type)
            {
                case "string":
                    switch (schema.Format)
                    {
                        case "byte":
                            return FieldType.Simple(ValueKind.Bytes, schema.Format);
                        case "date-time":
                            return FieldType.Simple(ValueKind.Time, schema.Format);
                        case KnownDefinitions.IntOrStringFormat:
                            return FieldType.Simple(ValueKind.IntOrString, schema.Format);
                        default:
                            return FieldType.Simple(ValueKind.String, schema.Format);
                    }

                case "integer":
                    return FieldType.Simple(ValueKind.Integer, schema.Format);
                case "number":
                    return FieldType.Simple(ValueKind.Number, schema.Format);
                case "boolean":
                    return FieldType.Simple(ValueKind.Boolean, schema.Format);
                case "array":
                    return MapArray(schema, at, depth);
                case "object":
                case null:
                    return MapObject(schema, type != null, alternatives, at, depth);
                default:
                    at.Add(schema, Report.UnsupportedSchema("type '" + type + "' is not a JSON Schema type"));
                    return FieldType.Json(false);
            }
        }

        /// <summary>
        /// The description of a field for its doc comment: the schema's own text, then, with
        /// <see cref="MappingOptions.ConstraintNotes"/>, what else the schema says about the value in a paragraph of its own.
        /// </summary>
        public string Describe(SchemaView schema, bool required)
        {
            if (!Options.ConstraintNotes)
            {
                return schema.IsSchema ? schema.Description ?? string.Empty : string.Empty;
            }

            // CRDs: controller-gen hard-wraps descriptions at ~80 columns; each wrap would be a line break in a tooltip.
            string description = Descriptions.Unwrap((schema.IsSchema ? schema.Description : null)?.Trim() ?? string.Empty);
            var notes = new List<string>();
            if (required)
            {
                notes.Add("Required.");
            }

            if (schema.IsSchema)
            {
                if (schema.EnumValues() is { Count: > 0 } values)
                {
                    notes.Add("One of: " + values.Text + ".");
                }

                if (schema.ItemEnumValues() is { Count: > 0 } itemValues)
                {
                    notes.Add("Each item is one of: " + itemValues.Text + ".");
                }

                if (schema.DefaultValue() is { } value)
                {
                    notes.Add("Default: " + value + ".");
                }
            }

            if (notes.Count == 0)
            {
                return description;
            }

            return (description.Length > 0 ? description + "\n\n" : string.Empty) + string.Join(" ", notes);
        }

        /// <summary>What a structural schema without a type is, by its other keywords; null when they say nothing.</summary>
        private static string? ImpliedType(SchemaView schema, bool hasProperties, IReadOnlyList<SchemaView> alternatives)
        {
            if (hasProperties || schema.MentionsAdditionalProperties || schema.HasPatternProperties
                || (alternatives.Count > 0 && alternatives.All(a => a.Type == "object" || a.MentionsProperties)))
            {
                return "object";
            }

            return schema.ItemsAreTuple || schema.Items != null ? "array" : null;
        }

        private FieldType MapArray(SchemaView schema, MappingSite at, int depth)
        {
            if (schema.ItemsAreTuple)
            {
                if (Options.Structural)
                {
                    at.Add(schema.ItemsNode, Report.UnmappedCrdSchema("items as a list of schemas (a tuple)", "the items take free-form JSON"));
                }

                return FieldType.ArrayOf(FieldType.Json(false));
            }

            return schema.Items is { } items
                ? FieldType.ArrayOf(MapElement(items, at.Item(), depth)) with { MergeKeys = schema.MergeKeys }
                : FieldType.ArrayOf(FieldType.Json(false));
        }

        /// <param name="typed">False for a schema without a type (an OpenAPI document's), which is free-form JSON unless it has properties or values.</param>
        private FieldType MapObject(SchemaView schema, bool typed, IReadOnlyList<SchemaView> alternatives, MappingSite at, int depth)
        {
            bool hasProperties = schema.Properties.Count > 0;
            bool patterns = Options.Structural && schema.HasPatternProperties;

            // anyOf/oneOf that only add validation (required: [a]) change nothing; alternatives with fields of their own do.
            List<string> alternativeFields = !Options.Structural || alternatives.Count == 0 ? new List<string>() : FieldsOnlyIn(alternatives, schema);
            if (hasProperties)
            {
                if (patterns)
                {
                    at.Add(schema, Report.UnmappedCrdSchema("patternProperties", "only the fields under 'properties' get setters"));
                }

                if (alternativeFields.Count > 0)
                {
                    at.Add(schema, Report.UnmappedCrdSchema(schema.AlternativesKeyword + " of objects with fields of their own (" + string.Join(", ", alternativeFields) + ")", "only the fields under 'properties' get setters"));
                }

                return FieldType.Inline(Properties(schema, at, depth));
            }

            if (patterns)
            {
                at.Add(schema, Report.UnmappedCrdSchema("patternProperties", "the field takes free-form JSON"));
                return FieldType.Json(true);
            }

            if (alternativeFields.Count > 0)
            {
                at.Add(schema, Report.UnmappedCrdSchema(schema.AlternativesKeyword + " of objects (" + string.Join(", ", alternativeFields) + ")", "the field takes free-form JSON"));
                return FieldType.Json(true);
            }

            if (schema.AdditionalProperties is { } values)
            {
                return FieldType.MapOf(MapElement(values, at.Value(), depth));
            }

            return schema.AdditionalPropertiesAreAny ? FieldType.MapOf(FieldType.Json(false)) : FieldType.Json(typed);
        }

        private static List<string> FieldsOnlyIn(IReadOnlyList<SchemaView> alternatives, SchemaView schema)
        {
            var known = new HashSet<string>(schema.Properties.Select(p => p.Key), StringComparer.Ordinal);
            return alternatives
                .SelectMany(a => a.Properties.Select(p => p.Key))
                .Where(k => !known.Contains(k))
                .Distinct()
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>An array item or map value: with <see cref="MappingOptions.ElementDefinitions"/>, an object with properties gets a definition of its own.</summary>
        private FieldType MapElement(SchemaView schema, MappingSite at, int depth)
        {
            FieldType type = Map(schema, at, depth + 1);
            if (!Options.ElementDefinitions || type.Kind != ValueKind.InlineObject || type.Properties.Count == 0)
            {
                return type;
            }

            return at.DefineElement(type, Describe(schema, required: false), schema);
        }
    }
}
