using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kubesonnet.Generator.Model
{
    /// <summary>
    /// The JSON text of constraint tables (<see cref="DefinitionModel.Constraints"/>), shared by Loading, which
    /// writes them (and quotes values in doc comments the same way), and Planning, which resolves their references.
    /// </summary>
    internal static class ConstraintText
    {
        /// <summary>How a reference to a definition starts: <c>{"$ref":"id"}</c>. Strings in a table escape every quote, so this is found only where a reference is.</summary>
        public const string ReferencePrefix = "{\"$ref\":\"";

        /// <summary>
        /// A JSON string. Quotes, backslashes and control characters are escaped; a lone surrogate (which no UTF-8
        /// reader takes) becomes U+FFFD. A whole table becomes a C# literal through the emitter's one escaping helper.
        /// </summary>
        public static StringBuilder String(StringBuilder b, string value)
        {
            b.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    b.Append('\\').Append(c);
                }
                else if (c < 0x20)
                {
                    b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    b.Append(c).Append(value[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    b.Append('\uFFFD');
                }
                else
                {
                    b.Append(c);
                }
            }

            return b.Append('"');
        }

        /// <summary><c>{"$ref":"id"}</c>.</summary>
        public static string Reference(string id) => String(new StringBuilder("{\"$ref\":"), id).Append('}').ToString();

        /// <summary>
        /// <paramref name="table"/> with each reference <c>{"$ref":"id"}</c> replaced by what <paramref name="replace"/>
        /// returns for its id (unescaped: the definition's own id); a reference it returns null for stays as written.
        /// The table itself when it has no reference. The one scan of a table for its references: a string of a table
        /// escapes every quote, so <see cref="ReferencePrefix"/> stands only where a reference does.
        /// </summary>
        public static string ReplaceReferences(string table, Func<string, string?> replace)
        {
            int at = table.IndexOf(ReferencePrefix, StringComparison.Ordinal);
            if (at < 0)
            {
                return table;
            }

            var result = new StringBuilder(table.Length);
            int position = 0;
            for (; at >= 0; at = table.IndexOf(ReferencePrefix, position, StringComparison.Ordinal))
            {
                int start = at + ReferencePrefix.Length;
                int end = ClosingQuote(table, start);
                if (end + 1 >= table.Length || table[end + 1] != '}')
                {
                    break; // not a reference's whole text (a table is never cut, but nothing is assumed)
                }

                result.Append(table, position, at - position);
                position = end + 2; // the quote and the reference's closing brace
                string? replacement = replace(Unescape(table, start, end));
                if (replacement is null)
                {
                    result.Append(table, at, position - at);
                }
                else
                {
                    result.Append(replacement);
                }
            }

            return result.Append(table, position, table.Length - position).ToString();
        }

        /// <summary>
        /// The members of the JSON object that starts at <paramref name="start"/> of a table: each one's key
        /// (unescaped), and where its value starts and ends (exclusive). Empty when no object starts there.
        /// </summary>
        public static List<(string Key, int Start, int End)> Members(string table, int start)
        {
            var members = new List<(string Key, int Start, int End)>();
            if (start >= table.Length || table[start] != '{')
            {
                return members;
            }

            int i = start + 1;
            while (i < table.Length && table[i] == '"')
            {
                int close = ClosingQuote(table, i + 1);
                if (close + 1 >= table.Length || table[close + 1] != ':')
                {
                    break;
                }

                string key = Unescape(table, i + 1, close);
                int valueStart = close + 2;
                int valueEnd = ValueEnd(table, valueStart);
                members.Add((key, valueStart, valueEnd));
                i = valueEnd < table.Length && table[valueEnd] == ',' ? valueEnd + 1 : valueEnd;
            }

            return members;
        }

        // Where the JSON value that starts at start ends (exclusive): the tables are compact, so at the comma, brace or
        // bracket that follows it.
        private static int ValueEnd(string table, int start)
        {
            int depth = 0;
            for (int i = start; i < table.Length; i++)
            {
                char c = table[i];
                if (c == '"')
                {
                    i = ClosingQuote(table, i + 1);
                    if (depth == 0)
                    {
                        return Math.Min(i + 1, table.Length);
                    }
                }
                else if (c == '{' || c == '[')
                {
                    depth++;
                }
                else if (c == '}' || c == ']')
                {
                    if (depth == 0)
                    {
                        return i;
                    }

                    if (--depth == 0)
                    {
                        return i + 1;
                    }
                }
                else if (c == ',' && depth == 0)
                {
                    return i;
                }
            }

            return table.Length;
        }

        // The index of the quote that ends the JSON string whose text starts at start; the table's length when none does.
        private static int ClosingQuote(string table, int start)
        {
            int i = start;
            while (i < table.Length && table[i] != '"')
            {
                i += table[i] == '\\' ? 2 : 1;
            }

            return Math.Min(i, table.Length);
        }

        // The text of the JSON string between start and end (the escapes String writes, and JSON's others).
        private static string Unescape(string table, int start, int end)
        {
            if (table.IndexOf('\\', start, end - start) < 0)
            {
                return table.Substring(start, end - start);
            }

            var text = new StringBuilder(end - start);
            for (int i = start; i < end; i++)
            {
                char c = table[i];
                if (c != '\\' || i + 1 >= end)
                {
                    text.Append(c);
                    continue;
                }

                c = table[++i];
                if (c == 'u' && i + 4 < end && int.TryParse(table.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    text.Append((char)code);
                    i += 4;
                }
                else
                {
                    // \" \\ \/ stand for themselves.
                    text.Append(c switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c });
                }
            }

            return text.ToString();
        }
    }
}
