using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Planning;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// The doc comments the emitter writes from schema text (through <see cref="Text"/>): a summary, a summary that
    /// starts with another member's, remarks, and a field's path as text or XML.
    /// </summary>
    internal static class DocComments
    {
        /// <summary>k8s-libsonnet's note on every Mixin.</summary>
        public const string MixinNote = "**Note:** This function appends passed data to existing values";

        /// <summary>
        /// The <c>path</c> of an <c>&lt;inheritdoc&gt;</c> on a member that writes its own <c>&lt;param&gt;</c>: everything
        /// but the inherited member's parameters, which would otherwise be there twice (docfx and the IDE take the first).
        /// </summary>
        public const string InheritAllButParameters = "path=\"/*[not(self::param)]\"";

        /// <summary>A summary of <paramref name="description"/>, its tags on the first and last lines of the text.</summary>
        public static void Summary(CodeWriter w, string description)
        {
            List<string> lines = Text.DocLines(description);
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            lines[0] = "<summary>" + lines[0];
            lines[lines.Count - 1] += "</summary>";
            Write(w, lines);
        }

        /// <summary>
        /// A summary that is <paramref name="cref"/>'s (whose description is <paramref name="inherited"/>) and then
        /// paragraphs of its own: the inherited text is an <c>&lt;inheritdoc&gt;</c> of that summary's content, so that a
        /// field's description stands once in the file. Read as the IDE and docfx expand it, the text is what a copy would
        /// be: the inherited part is a paragraph of its own (its own <c>&lt;para&gt;</c>s when it has several).
        /// </summary>
        public static void SummaryAfter(CodeWriter w, string cref, string inherited, params string[] paragraphs)
        {
            string inherit = "<inheritdoc cref=\"" + cref + "\" path=\"/summary/node()\"/>";
            var lines = new List<string> { "<summary>" + (Text.ParagraphCount(inherited) > 1 ? inherit : "<para>" + inherit + "</para>") };
            foreach (string paragraph in paragraphs)
            {
                List<string> text = Text.DocLines(paragraph);
                text[0] = "<para>" + text[0];
                text[text.Count - 1] += "</para>";
                lines.AddRange(text);
            }

            lines[lines.Count - 1] += "</summary>";
            Write(w, lines);
        }

        /// <summary>What the schema says beside the description: required, and where an enum's constants are.</summary>
        public static void Remarks(CodeWriter w, MemberSpec member)
        {
            var remarks = new List<string>();
            if (member.Required)
            {
                remarks.Add("Required.");
            }

            if (member.EnumClass.Length > 0)
            {
                remarks.Add("One of the constants of <see cref=\"" + member.EnumClass + "\"/>: "
                    + string.Join(", ", member.EnumNames.Take(Limits.MaxEnumValuesShown).Select(n => "<see cref=\"" + member.EnumClass + "." + n + "\"/>"))
                    + (member.EnumNames.Count > Limits.MaxEnumValuesShown ? ", …" : string.Empty) + ".");
            }

            if (remarks.Count > 0)
            {
                w.Line("/// <remarks>" + string.Join(" ", remarks) + "</remarks>");
            }
        }

        /// <summary>A <c>&lt;param&gt;</c> (the parameter's name without the <c>@</c> of a keyword).</summary>
        public static void Param(CodeWriter w, string parameter, string xml) =>
            w.Line("/// <param name=\"" + parameter.TrimStart('@') + "\">" + xml + "</param>");

        /// <summary>The field's path as plain text, for descriptions that go through <see cref="Summary"/>.</summary>
        public static string PathText(MemberSpec member) => string.Join(".", member.Path);

        /// <summary>The field's path as XML, for doc text written directly.</summary>
        public static string PathXml(MemberSpec member) => "<c>" + Text.Xml(PathText(member)) + "</c>";

        /// <summary>Text for a <c>//</c> comment: one line, printable.</summary>
        public static string Comment(string text) =>
            new string(text.Select(c => c >= 0x20 && c < 0x7F ? c : '?').ToArray());

        private static void Write(CodeWriter w, List<string> lines)
        {
            foreach (string line in lines)
            {
                w.Line("/// " + line);
            }
        }
    }
}
