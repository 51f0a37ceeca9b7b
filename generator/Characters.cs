namespace Kubesonnet.Generator
{
    /// <summary>
    /// Characters schema text must not carry into what the generator writes as they are: into generated source
    /// (<c>Emitting/Text</c>) or into a diagnostic's message (<c>Diagnostics/DiagnosticDescriptors.Printable</c>).
    /// </summary>
    internal static class Characters
    {
        /// <summary>Characters that end a line in C# source (and so would end a <c>///</c> comment, or a line of a build log).</summary>
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the directional marks.</summary>
        public static bool IsBidiControl(char c) =>
            (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
