namespace Kubesonnet.Generator.Model
{
    // The language-free model of one schema document: definitions, their properties and the types of those
    // properties, in the schema's own names. Nothing here knows about C#; Planning turns it into type specs.

    /// <summary>Where something stands in a schema file, for diagnostics.</summary>
    internal sealed record SchemaLocation(
        string FilePath,
        string JsonPath,
        int StartLine,
        int StartColumn,
        int StartIndex,
        int EndLine,
        int EndColumn,
        int EndIndex)
    {
        public static SchemaLocation FileStart(string filePath) => new SchemaLocation(filePath, "$", 0, 0, 0, 0, 0, 0);
    }

    /// <summary>The kinds of values a property can hold, as the schema says.</summary>
    internal enum ValueKind
    {
        String,
        Integer,
        Number,
        Boolean,
        Bytes,
        Time,
        MicroTime,
        IntOrString,
        Quantity,
        /// <summary>Free-form JSON (no properties, or x-kubernetes-preserve-unknown-fields).</summary>
        Json,
        /// <summary>A <c>$ref</c> to another definition; resolved by Planning.</summary>
        Reference,
        /// <summary>An object with its own properties written inline (no <c>$ref</c>).</summary>
        InlineObject,
        Array,
        Map,
    }

    /// <summary>The type of a property or of an array item or map value.</summary>
    internal sealed record FieldType(
        ValueKind Kind,
        string? Format,
        string? Reference,
        FieldType? Element,
        bool IsObjectTyped,
        EquatableArray<PropertyModel> Properties)
    {
        /// <summary>
        /// An array's merge keys: <c>x-kubernetes-list-map-keys</c> of an <c>x-kubernetes-list-type: map</c>, else
        /// <c>x-kubernetes-patch-merge-key</c>; empty for other arrays and every other type.
        /// </summary>
        public EquatableArray<string> MergeKeys { get; init; } = EquatableArray<string>.Empty;

        public static FieldType Simple(ValueKind kind, string? format = null) =>
            new FieldType(kind, format, null, null, false, EquatableArray<PropertyModel>.Empty);

        public static FieldType Json(bool isObjectTyped) =>
            new FieldType(ValueKind.Json, null, null, null, isObjectTyped, EquatableArray<PropertyModel>.Empty);

        public static FieldType ReferenceTo(string id) =>
            new FieldType(ValueKind.Reference, null, id, null, false, EquatableArray<PropertyModel>.Empty);

        public static FieldType ArrayOf(FieldType element) =>
            new FieldType(ValueKind.Array, null, null, element, false, EquatableArray<PropertyModel>.Empty);

        public static FieldType MapOf(FieldType element) =>
            new FieldType(ValueKind.Map, null, null, element, true, EquatableArray<PropertyModel>.Empty);

        public static FieldType Inline(EquatableArray<PropertyModel> properties) =>
            new FieldType(ValueKind.InlineObject, null, null, null, true, properties);
    }

    /// <summary>A property of a definition or of an inline object.</summary>
    internal sealed record PropertyModel(string Name, string Description, FieldType Type, SchemaLocation Location)
    {
        /// <summary>The string values of the field's <c>enum</c> (empty when it has none).</summary>
        public EquatableArray<string> EnumValues { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// True when a document's schema lists the field in <c>required</c> (its doc comment says so in
        /// <c>&lt;remarks&gt;</c>; a CRD's description says it itself).
        /// </summary>
        public bool Required { get; init; }
    }

    /// <summary>One <c>x-kubernetes-group-version-kind</c> entry.</summary>
    internal sealed record GroupVersionKind(string Group, string Version, string Kind)
    {
        /// <summary>The <c>apiVersion</c> written on the wire: <c>v1</c> for the core group, else <c>group/version</c>.</summary>
        public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;
    }

    /// <summary>A definition of the document (<c>definitions</c> in swagger 2.0, <c>components.schemas</c> in OpenAPI 3).</summary>
    internal sealed record DefinitionModel(
        string Id,
        string Description,
        FieldType Type,
        EquatableArray<GroupVersionKind> Kinds,
        SchemaLocation Location)
    {
        /// <summary>
        /// True for a definition that no document names: the type of an object a schema writes inline (an item, a value,
        /// a recurring object). Its id and name are the generator's to choose, and identical ones are merged
        /// (<c>Planning/ShapeSharing</c>).
        /// </summary>
        public bool Anonymous { get; init; }

        /// <summary>
        /// True for a definition read from a CustomResourceDefinition (a kind, or an item or value type of one): its
        /// inline objects are shared by shape (<c>Planning/ShapeSharing</c>). An OpenAPI document's definitions keep
        /// their inline objects as they are.
        /// </summary>
        public bool FromCrd { get; init; }

        /// <summary>The <c>deprecationWarning</c> of a kind of a deprecated CRD version (or a sentence saying it is deprecated); null otherwise.</summary>
        public string? Deprecation { get; init; }

        /// <summary>
        /// The definition's constraint table (written by <c>Loading/ConstraintTables</c>): its validation keywords as
        /// compact JSON, references to other definitions as <c>{"$ref":"id"}</c>; empty when none was read.
        /// </summary>
        public string Constraints { get; init; } = string.Empty;

        /// <summary>True when the definition is an object with known properties: it gets a builder type.</summary>
        public bool HasProperties => Type.Kind == ValueKind.InlineObject && Type.Properties.Count > 0;
    }

    /// <summary>
    /// Everything read from one schema file. <see cref="Include"/> holds the file's <c>KubesonnetInclude</c> entries
    /// (<c>apps/v1</c>, <c>rbac.authorization.k8s.io/v1/ClusterRole</c>, <c>v1/Pod</c>, <c>apps/*</c>); empty: everything.
    /// </summary>
    internal sealed record DocumentModel(
        string FilePath,
        EquatableArray<DefinitionModel> Definitions,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public EquatableArray<string> Include { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// True for a document whose definitions stand in only where others refer to them and no other document defines
        /// them: the generator's built-in ObjectMeta (<c>Loading/BuiltInDefinitions</c>), which enters the pipeline as a
        /// document beside the project's.
        /// </summary>
        public bool IsFallback { get; init; }
    }

    /// <summary>A diagnostic as data: turned into a Roslyn <c>Diagnostic</c> only at the output.</summary>
    /// <remarks>Made only by <c>Diagnostics.Report</c>'s factories (IDs are written only in <c>Diagnostics/</c>).</remarks>
    internal sealed record DiagnosticInfo(string Id, SchemaLocation? Location, EquatableArray<string> Arguments);
}
