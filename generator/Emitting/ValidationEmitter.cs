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

                /// <inheritdoc cref="{{IBuilder}}{T}.ValidationSchema"/>
                public static {{ValidationSchema}} ValidationSchema => s_validationSchema ??= {{ValidationSchema}}.Parse({{arguments}});

                /// <inheritdoc/>
                public {{IReadOnlyList}}<{{ValidationProblem}}> Validate() => ValidationSchema.Validate(ToPatch());
                """);
        }
    }
}
