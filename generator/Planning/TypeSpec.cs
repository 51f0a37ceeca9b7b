using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    // What the emitter prints, decided: C# names, nesting, parameter shapes. Still plain data (equatable), one
    // TypeSpec per generated file, so that the incremental pipeline re-emits only the files whose spec changed.

    /// <summary>The shape of a setter's value, from which the emitter derives parameter types and conversions.</summary>
    internal enum ShapeKind
    {
        String,
        Int32,
        Int64,
        Number,
        Boolean,
        Bytes,
        Time,
        MicroTime,
        IntOrString,
        Json,
        /// <summary>Another generated builder type (<see cref="ValueShape.TypeName"/>).</summary>
        Object,
        Array,
        Map,
    }

    /// <summary>A value's shape; <see cref="TypeName"/> is a fully qualified builder type for <see cref="ShapeKind.Object"/>.</summary>
    internal sealed record ValueShape(ShapeKind Kind, string? TypeName, ValueShape? Element)
    {
        /// <summary>An array's merge keys (<c>name</c>; <c>containerPort</c>, <c>protocol</c>): it gets a <c>WithXMerge</c>.</summary>
        public EquatableArray<string> MergeKeys { get; init; } = EquatableArray<string>.Empty;

        public static ValueShape Of(ShapeKind kind) => new ValueShape(kind, null, null);
    }

    internal enum MemberKind
    {
        /// <summary>A nested static class for an object field (<c>Metadata</c>).</summary>
        Group,
        /// <summary><c>WithX</c>: replaces the field.</summary>
        Setter,
        /// <summary><c>WithXMixin</c>: merges into the field.</summary>
        Mixin,
    }

    /// <summary>
    /// A member of a generated type or group. <see cref="Path"/> is the field's path from the root of the object
    /// for members of the type itself, and from the group's position for members of a shared <c>Setters</c> class.
    /// A group whose field is another definition has that definition's builder type as <see cref="BaseType"/> and no
    /// members of its own: it derives from the definition's shared <c>Setters&lt;TOwner, TAt&gt;</c>.
    /// </summary>
    internal sealed record MemberSpec(
        MemberKind Kind,
        string Name,
        string Description,
        string ParameterName,
        EquatableArray<string> Path,
        ValueShape? Shape,
        string BaseType,
        string BaseDefinition,
        EquatableArray<MemberSpec> Members)
    {
        /// <summary>For a string setter with an <c>enum</c>: the class of its constants beside it (<c>ImagePullPolicyValues</c>); empty otherwise.</summary>
        public string EnumClass { get; init; } = string.Empty;

        /// <summary>The constants' names, one for each of <see cref="EnumValues"/>.</summary>
        public EquatableArray<string> EnumNames { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The <c>enum</c>'s values.</summary>
        public EquatableArray<string> EnumValues { get; init; } = EquatableArray<string>.Empty;

        /// <summary>True when the field is required by a document's schema (shown in <c>&lt;remarks&gt;</c>).</summary>
        public bool Required { get; init; }
    }

    /// <summary>
    /// One generated type, one file: the struct with its own setters and groups (<see cref="Members"/>), and the
    /// shared <c>Setters&lt;TOwner, TAt&gt;</c> class (<see cref="Setters"/>) that groups of other types derive from.
    /// </summary>
    internal sealed record TypeSpec(
        string HintName,
        string Namespace,
        string Name,
        string Description,
        string DefinitionId,
        string SourceFile,
        string? ApiVersion,
        string? Kind,
        bool NewTakesName,
        EquatableArray<MemberSpec> Members,
        EquatableArray<MemberSpec> Setters)
    {
        /// <summary>The text of the type's <c>[Obsolete]</c> (a deprecated CRD version's <c>deprecationWarning</c>); null: none.</summary>
        public string? Deprecation { get; init; }

        /// <summary>The constraint table <c>Validate()</c> checks (JSON; <c>{"$ref":n}</c> is the n-th of <see cref="ValidationReferences"/>).</summary>
        public string ValidationTable { get; init; } = "{}";

        /// <summary>The fully qualified types whose tables <see cref="ValidationTable"/> refers to (<c>global::Kubesonnet.Api.Core.V1.PodSpec</c>).</summary>
        public EquatableArray<string> ValidationReferences { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The names of k8s-libsonnet's helpers the type gets (those whose needs the plan meets); empty: no helpers' file.</summary>
        public EquatableArray<string> Helpers { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>Everything the generator emits for the project's schema files.</summary>
    internal sealed record Plan(EquatableArray<TypeSpec> Types, EquatableArray<DiagnosticInfo> Diagnostics);
}
