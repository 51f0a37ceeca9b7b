using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// Writes a field path for people: <c>metadata.finalizers</c>; a segment that is not a plain name (it has a
/// dot, a slash, …: annotation and label keys) is bracketed as a JSON string: <c>metadata.labels["a.b/c"]</c>.
/// </summary>
internal static class PathText
{
    public static string Format(IReadOnlyList<string> segments)
    {
        if (segments.Count == 1 && IsPlain(segments[0]))
        {
            return segments[0];
        }

        var text = new StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            string segment = segments[i];
            if (IsPlain(segment))
            {
                if (i > 0)
                {
                    text.Append('.');
                }

                text.Append(segment);
            }
            else
            {
                text.Append('[');
                AppendQuoted(text, segment);
                text.Append(']');
            }
        }

        return text.ToString();
    }

    /// <summary>A path of field names (strings) and array indexes (ints): <c>items[2].metadata.name</c>.</summary>
    public static string Format(IReadOnlyList<object> segments)
    {
        var text = new StringBuilder();
        foreach (object segment in segments)
        {
            if (segment is int index)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlain((string)segment))
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append((string)segment);
            }
            else
            {
                text.Append('[');
                AppendQuoted(text, (string)segment);
                text.Append(']');
            }
        }

        return text.ToString();
    }

    private static bool IsPlain(string segment)
    {
        if (segment.Length == 0)
        {
            return false;
        }

        foreach (char c in segment)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '$'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="value"/> as a JSON string: quotes and backslashes escaped, control characters as
    /// <c>\u00XX</c>; with <paramref name="shortEscapes"/>, <c>\b \f \n \r \t</c> as such (jsonnet's
    /// escapeStringJson). Everything else as is.
    /// </summary>
    public static void AppendQuoted(StringBuilder text, string value, bool shortEscapes = false)
    {
        text.Append('"');
        foreach (char c in value)
        {
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' when shortEscapes => "\\b",
                '\f' when shortEscapes => "\\f",
                '\n' when shortEscapes => "\\n",
                '\r' when shortEscapes => "\\r",
                '\t' when shortEscapes => "\\t",
                _ => null,
            };

            if (escape is not null)
            {
                text.Append(escape);
            }
            else if (c < 0x20)
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
    }
}
