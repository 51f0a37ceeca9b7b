using System.Text;
using System.Text.RegularExpressions;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>Schema descriptions as doc comments want them.</summary>
    internal static class Descriptions
    {
        // A line that starts a list item or is indented (code, a nested list) keeps its own line.
        private static readonly Regex s_keepsItsLine = new Regex(@"^(\s|[-*+] |[0-9]+[.)] )", RegexOptions.CultureInvariant);

        /// <summary>
        /// Unwraps a hard-wrapped description into paragraphs: the lines of a paragraph are joined with a space, a blank
        /// line still separates paragraphs, and list items and indented lines keep their own lines. controller-gen
        /// writes Go doc comments wrapped at ~80 columns, and every wrap would otherwise be a line break in a tooltip.
        /// </summary>
        public static string Unwrap(string description)
        {
            if (description.IndexOf('\n') < 0)
            {
                return description;
            }

            string[] lines = description.Replace("\r\n", "\n").Split('\n');
            var builder = new StringBuilder(description.Length);
            bool joinable = false;
            foreach (string raw in lines)
            {
                string line = raw.TrimEnd();
                if (line.Length == 0)
                {
                    // Paragraphs: one blank line between them, however many the text had.
                    if (builder.Length > 0 && !EndsWithBlankLine(builder))
                    {
                        builder.Append('\n').Append('\n');
                    }

                    joinable = false;
                    continue;
                }

                bool ownLine = s_keepsItsLine.IsMatch(line);
                if (builder.Length > 0 && !EndsWithBlankLine(builder))
                {
                    builder.Append(joinable && !ownLine ? " " : "\n");
                }

                builder.Append(line);
                joinable = !(ownLine && line.Length > 0 && char.IsWhiteSpace(line[0]));
            }

            return builder.ToString().TrimEnd('\n');
        }

        private static bool EndsWithBlankLine(StringBuilder builder) =>
            builder.Length >= 2 && builder[builder.Length - 1] == '\n' && builder[builder.Length - 2] == '\n';
    }
}
