using Kubesonnet.Generator.Planning;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// Writes a type's <c>ValidationSchema</c> and <c>Validate()</c>: the type's constraint table as one string
    /// literal (through <see cref="Text.RawLiteral"/>, like every schema text), parsed by the runtime on the first
    /// <c>Validate()</c> and never before, with the tables it refers to as properties of their own types.
    /// </summary>
    internal static class ValidationEmitter
    {
        private const string Schema = TypeNames.ValidationSchema;

        public static void Emit(CodeWriter w, TypeSpec type)
        {
            w.Line();
            w.Line("private static " + Schema + "? s_validationSchema;");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The constraints of this type's schema (required fields, enums, patterns, bounds, formats, …) that");
            w.Line("/// <see cref=\"Validate\"/> checks: a compact table, read on first use.");
            w.Line("/// </summary>");
            string parse = "public static " + Schema + " ValidationSchema => s_validationSchema ??= " + Schema + ".Parse(";
            if (type.ValidationReferences.Count == 0)
            {
                w.Line(parse + Text.RawLiteral(type.ValidationTable) + ");");
            }
            else
            {
                w.Line(parse);
                w.Line("    " + Text.RawLiteral(type.ValidationTable) + ",");
                for (int i = 0; i < type.ValidationReferences.Count; i++)
                {
                    string end = i == type.ValidationReferences.Count - 1 ? ");" : ",";
                    w.Line("    static () => " + type.ValidationReferences[i] + ".ValidationSchema" + end);
                }
            }

            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Checks the object, as it renders, against its schema: the JSON type of every value, required fields,");
            w.Line("/// enums, patterns, bounds, lengths, formats and unique list keys. CEL rules (<c>x-kubernetes-validations</c>)");
            w.Line("/// are listed as not checked.");
            w.Line("/// </summary>");
            w.Line("/// <returns>The problems found, each with its path, rule, value and message; empty when the object is valid.</returns>");
            w.Line("public " + TypeNames.IReadOnlyList + "<" + TypeNames.ValidationProblem + "> Validate() => ValidationSchema.Validate(ToPatch());");
        }
    }
}
