using System.Collections.Generic;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>A list of values as a doc comment shows them: at most <see cref="Limits.MaxEnumValuesShown"/>, then "…".</summary>
    internal sealed record ValueList(int Count, string Text);

    /// <summary>
    /// A read-only view of one schema of either input, in JSON Schema's terms: what <see cref="SchemaMapper"/> reads.
    /// </summary>
    internal abstract class SchemaView
    {
        /// <summary>False when the input has no schema here (a CRD's scalar where a schema belongs).</summary>
        public abstract bool IsSchema { get; }

        /// <summary>The report for a place that is not a schema (<see cref="IsSchema"/> false).</summary>
        public abstract Report Unreadable(bool isProperty);

        /// <summary><c>type</c>; null when the schema has none.</summary>
        public abstract string? Type { get; }

        public abstract string? Format { get; }

        public abstract string? Description { get; }

        /// <summary>True when the extension (<c>x-kubernetes-…</c>) is <c>true</c>.</summary>
        public abstract bool IsTrue(string extension);

        /// <summary>
        /// An array's merge keys (see <see cref="FieldType.MergeKeys"/>): <c>x-kubernetes-list-map-keys</c> of an
        /// <c>x-kubernetes-list-type: map</c>, else <c>x-kubernetes-patch-merge-key</c>; empty when it names none.
        /// </summary>
        public abstract EquatableArray<string> MergeKeys { get; }

        /// <summary>
        /// True when the schema is a <c>$ref</c>: <paramref name="definition"/> is the definition it refers to, or null
        /// when it refers to none of the document's (then <paramref name="dangling"/> says what it is).
        /// </summary>
        public abstract bool IsReference(out string? definition, out string dangling);

        /// <summary>The one schema of an <c>allOf</c> that has exactly one; null otherwise.</summary>
        public abstract SchemaView? SingleAllOf { get; }

        /// <summary>The schemas of <c>anyOf</c> and <c>oneOf</c>.</summary>
        public abstract IReadOnlyList<SchemaView> Alternatives { get; }

        /// <summary>The keyword of <see cref="Alternatives"/>, for messages: <c>oneOf</c> when there is one, else <c>anyOf</c>.</summary>
        public abstract string AlternativesKeyword { get; }

        /// <summary><c>properties</c>, in ordinal order of their names.</summary>
        public abstract IReadOnlyList<KeyValuePair<string, SchemaView>> Properties { get; }

        /// <summary>True when the schema writes the keyword <c>properties</c>, even empty.</summary>
        public abstract bool MentionsProperties { get; }

        public abstract bool IsRequired(string property);

        /// <summary><c>items</c> when it is one schema.</summary>
        public abstract SchemaView? Items { get; }

        /// <summary>True when <c>items</c> is a list of schemas (a tuple).</summary>
        public abstract bool ItemsAreTuple { get; }

        /// <summary>The <c>items</c> value itself, to report a tuple at.</summary>
        public abstract SchemaView ItemsNode { get; }

        /// <summary><c>additionalProperties</c> when it is a schema.</summary>
        public abstract SchemaView? AdditionalProperties { get; }

        /// <summary>True for <c>additionalProperties: true</c>.</summary>
        public abstract bool AdditionalPropertiesAreAny { get; }

        /// <summary>True when the schema writes <c>additionalProperties</c>, whatever its value.</summary>
        public abstract bool MentionsAdditionalProperties { get; }

        public abstract bool HasPatternProperties { get; }

        /// <summary><c>enum</c>, as JSON text (<see cref="MappingOptions.ConstraintNotes"/>).</summary>
        public abstract ValueList? EnumValues();

        /// <summary>The <c>enum</c> of <c>items</c>, as JSON text.</summary>
        public abstract ValueList? ItemEnumValues();

        /// <summary><c>default</c>, as JSON text.</summary>
        public abstract string? DefaultValue();

        /// <summary>The string values of <c>enum</c>, for a string field's constants (<c>ConcurrencyPolicyValues.Forbid</c>).</summary>
        public abstract IReadOnlyList<string> EnumStrings();
    }
}
