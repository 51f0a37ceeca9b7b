using System.Text;

namespace Kubesonnet.Internal;

/// <summary>Writing a scalar in the style chosen: single-quoted, double-quoted with escapes, literal block; and what no style can carry.</summary>
internal static partial class YamlScalars
{
    public static void WriteSingleQuoted(StringBuilder output, string value)
    {
        output.Append('\'');
        int start = 0;
        int quote;
        while ((quote = value.IndexOf('\'', start)) >= 0)
        {
            output.Append(value, start, quote - start).Append("''");
            start = quote + 1;
        }

        output.Append(value, start, value.Length - start).Append('\'');
    }

    public static void WriteDoubleQuoted(StringBuilder output, string value)
    {
        output.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\0':
                    output.Append("\\0");
                    break;
                case '\a':
                    output.Append("\\a");
                    break;
                case '\b':
                    output.Append("\\b");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\v':
                    output.Append("\\v");
                    break;
                case '\f':
                    output.Append("\\f");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\u001B':
                    output.Append("\\e");
                    break;
                case '\u0085':
                    output.Append("\\N");
                    break;
                case '\u2028':
                    output.Append("\\L");
                    break;
                case '\u2029':
                    output.Append("\\P");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        AppendHexEscape(output, c);
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    private static void AppendHexEscape(StringBuilder output, char c)
    {
        const string hex = "0123456789ABCDEF";
        if (c <= 0xFF)
        {
            output.Append("\\x").Append(hex[c >> 4]).Append(hex[c & 0xF]);
        }
        else
        {
            output.Append("\\u").Append(hex[c >> 12]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
        }
    }

    /// <summary>
    /// Writes the <c>|</c> header (chomping from the trailing line breaks) and the lines indented by
    /// <paramref name="indent"/>; empty lines stay empty.
    /// </summary>
    public static void WriteLiteral(StringBuilder output, string value, int indent)
    {
        int end = value.Length;
        while (end > 0 && value[end - 1] == '\n')
        {
            end--;
        }

        int trailing = value.Length - end;
        output.Append(trailing switch { 0 => "|-\n", 1 => "|\n", _ => "|+\n" });

        // With keep chomping the extra trailing breaks are written as empty lines.
        int contentEnd = trailing == 0 ? value.Length : value.Length - 1;
        int start = 0;
        while (true)
        {
            int next = value.IndexOf('\n', start, contentEnd - start);
            int lineEnd = next < 0 ? contentEnd : next;
            if (lineEnd > start)
            {
                output.Append(' ', indent).Append(value, start, lineEnd - start);
            }

            output.Append('\n');
            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }
    }

    /// <summary>Replaces unpaired surrogates with U+FFFD, as the JSON writer does.</summary>
    public static string Sanitize(string value)
    {
        int i = 0;
        for (; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                break;
            }
        }

        if (i >= value.Length)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (int j = 0; j < value.Length; j++)
        {
            char c = value[j];
            if (char.IsHighSurrogate(c) && j + 1 < value.Length && char.IsLowSurrogate(value[j + 1]))
            {
                builder.Append(c).Append(value[j + 1]);
                j++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
