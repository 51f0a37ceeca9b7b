using System;
using System.Globalization;
using System.Numerics;

namespace Kubesonnet.Internal;

/// <summary>
/// Plain YAML scalars that are numbers, as JSON number text. YAML 1.2's core schema (decimal integers, floats,
/// <c>0o</c> octal, <c>0x</c> hexadecimal) plus what kubectl's reader also takes: <c>0b</c> binary and YAML 1.1's
/// octal with a leading zero (<c>0755</c> is 493; <c>08</c>, not octal, is 8). Text that is already valid JSON is
/// kept as written, so <c>1.50</c> stays <c>1.50</c> and integers of any size stay exact.
/// </summary>
internal static class YamlNumbers
{
    /// <summary>The JSON text of a number, or <see langword="null"/> when the scalar is not one.</summary>
    /// <param name="text">The plain scalar.</param>
    /// <param name="notFinite">Set for <c>.inf</c> and <c>.nan</c> in their spellings (JSON has neither).</param>
    public static string? ToJson(string text, out bool notFinite)
    {
        notFinite = false;
        ReadOnlySpan<char> body = text;
        bool negative = false;
        if (body[0] is '-' or '+')
        {
            negative = body[0] == '-';
            body = body.Slice(1);
        }

        if (body.IsEmpty)
        {
            return null;
        }

        if (body is ".inf" or ".Inf" or ".INF" || (text[0] is not ('-' or '+') && body is ".nan" or ".NaN" or ".NAN"))
        {
            notFinite = true;
            return null;
        }

        if (body.Length > 2 && body[0] == '0' && text[0] is not ('-' or '+'))
        {
            int radix = body[1] switch { 'o' => 8, 'x' => 16, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                return Radix(body.Slice(2), radix, negative: false);
            }
        }

        if (AllDigits(body))
        {
            if (body.Length > 1 && body[0] == '0' && AllOctal(body))
            {
                return Radix(body.Slice(1), 8, negative);
            }

            return text[0] == '+' || (body.Length > 1 && body[0] == '0') ? Decimal(body.TrimStart('0'), negative) : text;
        }

        return Float(body, negative, text);
    }

    private static string? Radix(ReadOnlySpan<char> digits, int radix, bool negative)
    {
        if (digits.IsEmpty)
        {
            return null;
        }

        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return null;
            }

            value = (value * radix) + digit;
        }

        return (negative ? -value : value).ToString(CultureInfo.InvariantCulture);
    }

    private static string Decimal(ReadOnlySpan<char> digits, bool negative) =>
        (negative ? "-" : string.Empty) + (digits.IsEmpty ? "0" : digits.ToString());

    // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    private static string? Float(ReadOnlySpan<char> body, bool negative, string text)
    {
        int i = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
        }

        ReadOnlySpan<char> whole = body.Slice(0, i);
        ReadOnlySpan<char> fraction = default;
        bool dot = i < body.Length && body[i] == '.';
        if (dot)
        {
            int start = ++i;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
            }

            fraction = body.Slice(start, i - start);
        }

        if (whole.IsEmpty && fraction.IsEmpty)
        {
            return null;
        }

        ReadOnlySpan<char> exponent = body.Slice(i);
        if (!exponent.IsEmpty)
        {
            if (exponent[0] is not ('e' or 'E'))
            {
                return null;
            }

            ReadOnlySpan<char> power = exponent.Slice(1);
            if (!power.IsEmpty && power[0] is '-' or '+')
            {
                power = power.Slice(1);
            }

            if (power.IsEmpty || !AllDigits(power))
            {
                return null;
            }
        }

        // Already JSON: no '+' sign, no leading zero, digits on both sides of a dot.
        bool json = text[0] != '+' && !whole.IsEmpty && !(whole.Length > 1 && whole[0] == '0') && (!dot || !fraction.IsEmpty);
        if (json)
        {
            return text;
        }

        ReadOnlySpan<char> trimmed = whole.TrimStart('0');
        return (negative ? "-" : string.Empty)
            + (trimmed.IsEmpty ? "0" : trimmed.ToString())
            + (dot ? "." + (fraction.IsEmpty ? "0" : fraction.ToString()) : string.Empty)
            + exponent.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOctal(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '7')
            {
                return false;
            }
        }

        return true;
    }
}
