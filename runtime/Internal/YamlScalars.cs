using System;

namespace Kubesonnet.Internal;

/// <summary>How a string is written in YAML.</summary>
internal enum ScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// <summary>
/// Chooses and writes YAML string scalars so that every YAML 1.1 and 1.2 reader (kubectl's go-yaml, PyYAML,
/// YamlDotNet, …) reads back the same string. A string is plain only when no schema could retype it (booleans
/// in any case including YAML 1.1's yes/no/on/off/y/n, nulls, numbers of any base or form, timestamps) and it
/// cannot be misparsed (indicators, <c>": "</c>, <c>" #"</c>, edge spaces). Otherwise it is single-quoted, or
/// double-quoted when it holds characters that need escapes, or a literal block when it spans lines.
/// </summary>
internal static partial class YamlScalars
{
    public static ScalarStyle Choose(string value, bool isKey)
    {
        if (value.Length == 0)
        {
            return ScalarStyle.SingleQuoted;
        }

        bool newline = false;
        foreach (char c in value)
        {
            if (c == '\n')
            {
                newline = true;
            }
            else if (NeedsEscape(c))
            {
                return ScalarStyle.DoubleQuoted;
            }
        }

        if (newline)
        {
            return !isKey && FitsLiteral(value) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
        }

        return IsPlainSafe(value) ? ScalarStyle.Plain : ScalarStyle.SingleQuoted;
    }

    /// <summary>Characters YAML cannot hold unescaped, or that YAML 1.1 reads as line breaks or a BOM.</summary>
    private static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE';

    private static bool FitsLiteral(string value)
    {
        // Each line as it will be written: no trailing spaces, and the first non-empty line must not start with
        // a space (the block's indentation is detected from it). Line breaks at the end are chomping, not lines.
        bool seenContent = false;
        int end = value.Length;
        while (end > 0 && value[end - 1] == '\n')
        {
            end--;
        }

        int start = 0;
        while (start <= end)
        {
            int next = value.IndexOf('\n', start, end - start);
            int lineEnd = next < 0 ? end : next;
            if (lineEnd > start)
            {
                if (!seenContent && value[start] == ' ')
                {
                    return false;
                }

                if (value[lineEnd - 1] == ' ')
                {
                    return false;
                }

                seenContent = true;
            }

            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }

        return seenContent;
    }

    private static bool IsPlainSafe(string value)
    {
        char first = value[0];
        if (first is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>'
            or '\'' or '"' or '%' or '@' or '`' or ' ')
        {
            return false;
        }

        char last = value[value.Length - 1];
        if (last is ' ' or ':')
        {
            return false;
        }

        for (int i = 1; i < value.Length; i++)
        {
            char c = value[i];
            if ((c == ' ' && value[i - 1] == ':') || (c == '#' && value[i - 1] == ' '))
            {
                return false;
            }
        }

        return !IsReservedWord(value) && !LooksLikeNumber(value) && !LooksLikeTimestamp(value)
            && !value.StartsWith("...", StringComparison.Ordinal);
    }

    private static readonly string[] ReservedWords =
    {
        "null", "~", "true", "false", "yes", "no", "y", "n", "on", "off", "<<", "=",
    };

    private static bool IsReservedWord(string value)
    {
        if (value.Length > 5)
        {
            return false;
        }

        foreach (string word in ReservedWords)
        {
            if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for anything a YAML 1.1 or 1.2 reader might take for a number, on purpose broader than either
    /// schema: an optional sign, then 0x/0o/0b integers, digits with dots, colons (1.1's base 60) and
    /// underscores (1.1's digit separators), an optional exponent, or inf/nan in any spelling.
    /// </summary>
    internal static bool LooksLikeNumber(string value)
    {
        ReadOnlySpan<char> rest = value;
        if (rest[0] is '+' or '-')
        {
            rest = rest.Slice(1);
        }

        if (rest.IsEmpty)
        {
            return false;
        }

        if (rest.Equals(".inf", StringComparison.OrdinalIgnoreCase) || rest.Equals(".nan", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase) || rest.Equals(".infinity", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!(IsDigit(rest[0]) || rest[0] == '.' || rest[0] == '_'))
        {
            return false;
        }

        if (rest.IndexOf('_') >= 0)
        {
            rest = rest.ToString().Replace("_", string.Empty, StringComparison.Ordinal);
            if (rest.IsEmpty)
            {
                return false;
            }
        }

        if (rest.Length > 2 && rest[0] == '0')
        {
            switch (rest[1])
            {
                case 'x' or 'X':
                    return AllOf(rest.Slice(2), static c => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
                case 'o' or 'O':
                    return AllOf(rest.Slice(2), static c => c >= '0' && c <= '7');
                case 'b' or 'B':
                    return AllOf(rest.Slice(2), static c => c is '0' or '1');
            }
        }

        int i = 0;
        bool digit = false;
        bool colon = false;
        while (i < rest.Length && (IsDigit(rest[i]) || rest[i] == '.' || rest[i] == ':'))
        {
            digit |= IsDigit(rest[i]);
            colon |= rest[i] == ':';
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        if (i == rest.Length)
        {
            // Digits, dots and colons only: 8080, 1.0, .5, 0755, 1.2.3, 12:30:45, and even "." or "..".
            return true;
        }

        if (!digit || colon || (rest[i] != 'e' && rest[i] != 'E'))
        {
            return false;
        }

        ReadOnlySpan<char> exponent = rest.Slice(i + 1);
        if (!exponent.IsEmpty && exponent[0] is '+' or '-')
        {
            exponent = exponent.Slice(1);
        }

        return !exponent.IsEmpty && AllOf(exponent, IsDigit);
    }

    /// <summary>YAML 1.1 timestamps begin with a date: 2021-01-01, 2021-1-1T10:00:00Z, 2001-12-14 21:59:43.</summary>
    private static bool LooksLikeTimestamp(string value) =>
        value.Length >= 6 && IsDigit(value[0]) && IsDigit(value[1]) && IsDigit(value[2]) && IsDigit(value[3])
        && value[4] == '-' && IsDigit(value[5]);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool AllOf(ReadOnlySpan<char> text, Func<char, bool> predicate)
    {
        foreach (char c in text)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }
}
