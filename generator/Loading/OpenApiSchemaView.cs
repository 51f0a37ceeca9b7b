using System;
using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Interfaces;
using Microsoft.OpenApi.Models;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// A schema of an OpenAPI document as Microsoft.OpenApi's reader gives it, seen as <see cref="SchemaMapper"/> reads
    /// schemas. What the reader does not keep, the view cannot show: <c>patternProperties</c> (not in its model), and
    /// <c>additionalProperties: true</c>, which it keeps only as "allowed", as it is when absent: such an object is
    /// free-form JSON. An empty <c>type</c> is no type.
    /// </summary>
    internal sealed class OpenApiSchemaView : SchemaView
    {
        private static readonly OpenApiSchemaView s_unreadable = new OpenApiSchemaView(null, null);

        private readonly OpenApiSchema? _schema;
        private readonly string? _definitionId;
        private IReadOnlyList<KeyValuePair<string, SchemaView>>? _properties;

        /// <param name="definitionId">Set for a definition itself: the reader marks each component with a reference to itself.</param>
        private OpenApiSchemaView(OpenApiSchema? schema, string? definitionId)
        {
            _schema = schema;
            _definitionId = definitionId;
        }

        public static SchemaView Of(OpenApiSchema? schema) => schema == null ? s_unreadable : new OpenApiSchemaView(schema, null);

        public static SchemaView OfDefinition(OpenApiSchema schema, string id) => new OpenApiSchemaView(schema, id);

        public override bool IsSchema => _schema != null;

        public override Report Unreadable(bool isProperty) =>
            Report.UnsupportedSchema(isProperty ? "the OpenAPI reader could not read this property" : "the OpenAPI reader could not read this schema");

        public override string? Type => string.IsNullOrEmpty(_schema!.Type) ? null : _schema.Type;

        public override string? Format => _schema!.Format;

        public override string? Description => _schema!.Description;

        public override bool IsTrue(string extension) =>
            _schema!.Extensions != null
            && _schema.Extensions.TryGetValue(extension, out IOpenApiExtension? value)
            && value is OpenApiBoolean { Value: true };

        public override EquatableArray<string> MergeKeys
        {
            get
            {
                IDictionary<string, IOpenApiExtension>? extensions = _schema!.Extensions;
                if (extensions == null)
                {
                    return EquatableArray<string>.Empty;
                }

                if (extensions.TryGetValue("x-kubernetes-list-type", out IOpenApiExtension? listType) && listType is OpenApiString { Value: "map" }
                    && extensions.TryGetValue("x-kubernetes-list-map-keys", out IOpenApiExtension? keys) && keys is OpenApiArray array
                    && array.Count > 0 && array.All(k => k is OpenApiString { Value.Length: > 0 }))
                {
                    return array.Select(k => ((OpenApiString)k).Value).ToEquatableArray();
                }

                return extensions.TryGetValue("x-kubernetes-patch-merge-key", out IOpenApiExtension? key) && key is OpenApiString { Value.Length: > 0 } single
                    ? new EquatableArray<string>(new[] { single.Value })
                    : EquatableArray<string>.Empty;
            }
        }

        public override bool IsReference(out string? definition, out string dangling)
        {
            OpenApiReference? reference = _schema!.Reference;
            definition = null;
            dangling = string.Empty;
            if (reference == null || (_definitionId != null && reference.Id == _definitionId && !_schema.UnresolvedReference))
            {
                return false;
            }

            if (reference.IsExternal || string.IsNullOrEmpty(reference.Id))
            {
                dangling = reference.ExternalResource ?? reference.ReferenceV2 ?? "(empty)";
                return true;
            }

            definition = reference.Id;
            return true;
        }

        public override SchemaView? SingleAllOf => _schema!.AllOf != null && _schema.AllOf.Count == 1 ? Of(_schema.AllOf[0]) : null;

        public override IReadOnlyList<SchemaView> Alternatives =>
            (_schema!.AnyOf == null || _schema.AnyOf.Count == 0) && (_schema.OneOf == null || _schema.OneOf.Count == 0)
                ? Array.Empty<SchemaView>()
                : (_schema.AnyOf ?? Enumerable.Empty<OpenApiSchema>()).Concat(_schema.OneOf ?? Enumerable.Empty<OpenApiSchema>())
                    .Where(s => s != null).Select(Of).ToList();

        public override string AlternativesKeyword => _schema!.OneOf != null && _schema.OneOf.Count > 0 ? "oneOf" : "anyOf";

        public override IReadOnlyList<KeyValuePair<string, SchemaView>> Properties =>
            _properties ??= _schema!.Properties == null || _schema.Properties.Count == 0
                ? Array.Empty<KeyValuePair<string, SchemaView>>()
                : _schema.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, SchemaView>(p.Key, Of(p.Value))).ToList();

        public override bool MentionsProperties => Properties.Count > 0;

        public override bool IsRequired(string property) => _schema!.Required != null && _schema.Required.Contains(property);

        public override SchemaView? Items => _schema!.Items == null ? null : Of(_schema.Items);

        public override bool ItemsAreTuple => false;

        public override SchemaView ItemsNode => Items ?? this;

        public override SchemaView? AdditionalProperties => _schema!.AdditionalProperties == null ? null : Of(_schema.AdditionalProperties);

        public override bool AdditionalPropertiesAreAny => false;

        public override bool MentionsAdditionalProperties => _schema!.AdditionalProperties != null;

        public override bool HasPatternProperties => false;

        // The constraint notes are a CRD's (MappingOptions.ConstraintNotes); a document's descriptions say it in words.
        public override ValueList? EnumValues() => null;

        public override ValueList? ItemEnumValues() => null;

        public override string? DefaultValue() => null;

        public override IReadOnlyList<string> EnumStrings() =>
            _schema?.Enum?.OfType<OpenApiString>().Select(v => v.Value).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>();
    }
}
