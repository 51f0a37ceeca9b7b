using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The user's seed page: each <c>### fn path</c> with its doc text.</summary>
    internal static class SeedDocumentation
    {
        /// <summary>Function path (<c>new</c>, <c>metadata.withLabels</c>) to its doc text.</summary>
        public static IReadOnlyDictionary<string, string> Functions(string markdown)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                Match heading = Regex.Match(lines[i], @"^### fn (\S+)$");
                if (!heading.Success)
                {
                    continue;
                }

                int start = i + 1;
                while (start < lines.Length && !lines[start].StartsWith("```", StringComparison.Ordinal))
                {
                    start++;
                }

                start++;
                while (start < lines.Length && !lines[start].StartsWith("```", StringComparison.Ordinal))
                {
                    start++;
                }

                start++;
                int end = start;
                while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal) && !lines[end].StartsWith("### ", StringComparison.Ordinal))
                {
                    end++;
                }

                result[heading.Groups[1].Value] = string.Join("\n", lines[start..end]).Trim('\n');
            }

            return result;
        }

        /// <summary>
        /// Text as paragraphs of lines with white space folded: what both a markdown text and an XML doc comment mean,
        /// whatever their line wrapping.
        /// </summary>
        public static string Normalize(string text)
        {
            IEnumerable<string> paragraphs = Regex.Split(text.Replace("\r\n", "\n").Trim(), @"\n[ \t]*\n")
                .Select(p => string.Join("\n", p.Split('\n').Select(l => Regex.Replace(l, @"\s+", " ").Trim()).Where(l => l.Length > 0)))
                .Where(p => p.Length > 0);
            return string.Join("\n\n", paragraphs);
        }

        /// <summary>The text of a <c>&lt;summary&gt;</c>: paragraphs from <c>&lt;para&gt;</c>, lines from <c>&lt;br/&gt;</c>, <c>**bold**</c> from <c>&lt;b&gt;</c>.</summary>
        public static string SummaryText(XElement summary)
        {
            var paragraphs = summary.Elements("para").ToList();
            IEnumerable<XElement> blocks = paragraphs.Count > 0 ? paragraphs : new[] { summary };
            return Normalize(string.Join("\n\n", blocks.Select(InlineText)));
        }

        private static string InlineText(XElement element) =>
            string.Concat(element.Nodes().Select(node => node switch
            {
                XText text => Regex.Replace(text.Value, @"\s+", " "),
                XElement { Name.LocalName: "br" } => "\n",
                XElement { Name.LocalName: "b" } bold => "**" + InlineText(bold) + "**",
                XElement other => InlineText(other),
                _ => string.Empty,
            }));
    }
}
