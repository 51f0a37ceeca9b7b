using System.Linq;
using Kubesonnet.Generator.Planning;
using static Kubesonnet.Generator.Emitting.TypeNames;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// Writes a type's <c>ValidationSchema</c> and <c>Validate()</c>: the type's constraint table as one string
    /// literal (through <see cref="Text.RawLiteral"/>, like every schema text), parsed by the runtime on the first
    /// <c>Validate()</c> and never before, with the tables it refers to as properties of their own types.
    /// </summary>
    internal static class ValidationEmitter
    {
        public static void Emit(CodeWriter w, TypeSpec type)
        {
            // The table, then (when it refers to other types' tables) one reader per reference, in its order.
            string arguments = type.ValidationReferences.Count == 0
                ? Text.RawLiteral(type.ValidationTable)
                : "\n    " + string.Join(",\n    ", new[] { Text.RawLiteral(type.ValidationTable) }.Concat(type.ValidationReferences.Select(r => "static () => " + r + ".ValidationSchema")));
            w.Lines($$"""

                private static {{ValidationSchema}}? s_validationSchema;

                /// <summary>
                /// The constraints of this type's schema (required fields, enums, patterns, bounds, formats, …) that
                /// <see cref="Validate"/> checks: a compact table, read on first use.
                /// </summary>
                public static {{ValidationSchema}} ValidationSchema => s_validationSchema ??= {{ValidationSchema}}.Parse({{arguments}});

                /// <summary>
                /// Checks the object, as it renders, against its schema: the JSON type of every value, required fields,
                /// enums, patterns, bounds, lengths, formats and unique list keys. CEL rules (<c>x-kubernetes-validations</c>)
                /// are listed as not checked.
                /// </summary>
                /// <returns>The problems found, each with its path, rule, value and message; empty when the object is valid.</returns>
                public {{IReadOnlyList}}<{{ValidationProblem}}> Validate() => ValidationSchema.Validate(ToPatch());
                """);
        }
    }
}
