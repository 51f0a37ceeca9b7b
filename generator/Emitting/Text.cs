using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// The one place where schema text becomes source text: string literals and XML doc comments. Nothing from a
    /// schema reaches the output without passing through here (names pass through NameRules).
    /// </summary>
    internal static class Text
    {
        /// <summary>Width of the text of a doc comment line (after <c>/// </c>).</summary>
        public const int DocWidth = 100;

        /// <summary>
        /// A C# string literal of <paramref name="value"/>: printable ASCII as is, everything else as <c>\uXXXX</c>,
        /// so that no character of a schema (quotes, backslashes, line or paragraph separators, bidi controls)
        /// can end the literal or hide in the source.
        /// </summary>
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                if (c == '"' || c == '\\')
                {
                    builder.Append('\\').Append(c);
                }
                else if (c >= 0x20 && c < 0x7F)
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// The shortest safe literal of <paramref name="value"/>: a raw string literal (<c>"""{"a":"\d"}"""</c>, as the text
        /// reads) when the value is printable ASCII, not empty, neither starts nor ends with a quote and holds no three
        /// quotes in a row; else <see cref="Literal"/>. For the JSON of constraint tables, whose quotes and backslashes
        /// <see cref="Literal"/> would double.
        /// </summary>
        public static string RawLiteral(string value)
        {
            bool raw = value.Length > 0 && value[0] != '"' && value[value.Length - 1] != '"'
                && value.IndexOf("\"\"\"", System.StringComparison.Ordinal) < 0;
            foreach (char c in value)
            {
                raw &= c >= 0x20 && c < 0x7F;
            }

            return raw ? "\"\"\"" + value + "\"\"\"" : Literal(value);
        }

        /// <summary>
        /// The lines of a doc comment body for <paramref name="description"/>: paragraphs (blank-line separated)
        /// become <c>&lt;para&gt;</c> when there are several (the tags on the paragraph's first and last lines), line breaks inside a paragraph <c>&lt;br/&gt;</c>,
        /// markdown bold <c>**x**</c> becomes <c>&lt;b&gt;x&lt;/b&gt;</c>, and long lines wrap at <see cref="DocWidth"/>.
        /// </summary>
        public static List<string> DocLines(string description)
        {
            var result = new List<string>();
            List<List<string>> paragraphs = Paragraphs(description);
            bool wrap = paragraphs.Count > 1;
            foreach (List<string> paragraph in paragraphs)
            {
                int start = result.Count;
                for (int i = 0; i < paragraph.Count; i++)
                {
                    string xml = Bold(Xml(paragraph[i]));
                    List<string> wrapped = Wrap(xml);
                    if (i < paragraph.Count - 1)
                    {
                        wrapped[wrapped.Count - 1] += "<br/>";
                    }

                    result.AddRange(wrapped);
                }

                if (wrap)
                {
                    // The tags on the paragraph's first and last lines: no line of its own for either.
                    result[start] = "<para>" + result[start];
                    result[result.Count - 1] += "</para>";
                }
            }

            return result;
        }

        /// <summary>How many paragraphs <see cref="DocLines"/> makes of <paramref name="description"/>.</summary>
        public static int ParagraphCount(string description) => Paragraphs(description).Count;

        /// <summary>
        /// Escapes text for XML content; characters XML 1.0 cannot hold become U+FFFD, and so do bidirectional controls,
        /// which would make the source read differently from how it compiles ("Trojan Source").
        /// </summary>
        public static string Xml(string text)
        {
            StringBuilder? builder = null;
            int kept = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (!NeedsXmlChange(text, i))
                {
                    i += char.IsHighSurrogate(text[i]) ? 1 : 0; // a valid pair stays whole
                    continue;
                }

                (builder ??= new StringBuilder(text.Length + 16)).Append(text, kept, i - kept).Append(XmlFor(text[i]));
                kept = i + 1;
            }

            return builder == null ? text : builder.Append(text, kept, text.Length - kept).ToString();
        }

        /// <summary>True when <see cref="Xml"/> writes the character at <paramref name="i"/> otherwise than it is (a valid surrogate pair: false).</summary>
        private static bool NeedsXmlChange(string text, int i)
        {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F)
            {
                return c == '&' || c == '<' || c == '>';
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            return c < 0x20 || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || Characters.IsLineBreak(c) || Characters.IsBidiControl(c);
        }

        /// <summary>What <see cref="Xml"/> writes for a character <see cref="NeedsXmlChange"/> is true of: an entity, a tab's space, else U+FFFD.</summary>
        private static string XmlFor(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\t' => " ",
            _ => "\uFFFD",
        };

        private static List<List<string>> Paragraphs(string description)
        {
            var paragraphs = new List<List<string>>();
            var current = new List<string>();
            foreach (string line in Lines(description))
            {
                if (line.Trim().Length == 0)
                {
                    if (current.Count > 0)
                    {
                        paragraphs.Add(current);
                        current = new List<string>();
                    }
                }
                else
                {
                    current.Add(line.TrimEnd());
                }
            }

            if (current.Count > 0)
            {
                paragraphs.Add(current);
            }

            return paragraphs;
        }

        private static IEnumerable<string> Lines(string text)
        {
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (Characters.IsLineBreak(text[i]))
                {
                    yield return text.Substring(start, i - start);
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            yield return text.Substring(start);
        }

        /// <summary>
        /// Pairs of <c>**</c>, left to right, become <c>&lt;b&gt;…&lt;/b&gt;</c>; an unpaired last one stays. One pass:
        /// a line of a million <c>**</c> takes a millisecond, not minutes.
        /// </summary>
        private static string Bold(string xml)
        {
            int open = xml.IndexOf("**", System.StringComparison.Ordinal);
            if (open < 0)
            {
                return xml;
            }

            var builder = new StringBuilder(xml.Length + 16);
            int done = 0;
            while (open >= 0)
            {
                int close = xml.IndexOf("**", open + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                builder.Append(xml, done, open - done).Append("<b>").Append(xml, open + 2, close - open - 2).Append("</b>");
                done = close + 2;
                open = xml.IndexOf("**", done, System.StringComparison.Ordinal);
            }

            return builder.Append(xml, done, xml.Length - done).ToString();
        }

        /// <summary>
        /// Greedy word wrap at spaces; a word longer than the width (a URL) stays whole, runs of spaces inside a
        /// line are kept, a line's leading spaces (list indentation) are kept on its first piece.
        /// </summary>
        private static List<string> Wrap(string line)
        {
            // By index over the line (no word strings): the piece being built is always line[start..end), as the words
            // between single spaces joined back; "content" says whether it holds anything but white space.
            var lines = new List<string>();
            int leading = 0;
            while (leading < line.Length && line[leading] == ' ')
            {
                leading++;
            }

            int start = 0;
            int end = NextSpace(line, leading);
            bool content = HasContent(line, leading, end);
            while (end < line.Length)
            {
                int wordStart = end + 1;
                int wordEnd = NextSpace(line, wordStart);
                if (wordEnd > wordStart && (end - start) + 1 + (wordEnd - wordStart) > DocWidth && content)
                {
                    int trimmed = end;
                    while (trimmed > start && char.IsWhiteSpace(line[trimmed - 1]))
                    {
                        trimmed--;
                    }

                    lines.Add(line.Substring(start, trimmed - start));
                    start = wordStart;
                    content = HasContent(line, wordStart, wordEnd);
                }
                else
                {
                    content |= HasContent(line, wordStart, wordEnd);
                }

                end = wordEnd;
            }

            lines.Add(start == 0 ? line : line.Substring(start));
            return lines;
        }

        private static int NextSpace(string line, int from)
        {
            int space = from < line.Length ? line.IndexOf(' ', from) : -1;
            return space < 0 ? line.Length : space;
        }

        private static bool HasContent(string line, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(line[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
