using System;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>The formats Kubernetes defines, checked as its Go code reads them.</summary>
internal static class Formats
{
    /// <summary>Whether a number meets an integer format: an integer within the range of <c>int32</c> or <c>int64</c>.</summary>
    public static bool IntegerInRange(NumberNode number, long min, long max)
    {
        if (number.TryGetInt64(out long value))
        {
            return value >= min && value <= max;
        }

        // 1.0, 1e3, or an integer past long's range: exact through decimal where it fits.
        if (decimal.TryParse(number.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal d))
        {
            return decimal.Truncate(d) == d && d >= min && d <= max;
        }

        return false;
    }

    /// <summary>
    /// Standard base64 with padding, as Go's <c>encoding/json</c> decodes <c>[]byte</c> (<c>format: byte</c>).
    /// </summary>
    public static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!letter)
            {
                // '=' only as the last one or two characters.
                bool padding = c == '=' && (i == text.Length - 1 || (i == text.Length - 2 && text[i + 1] == '='));
                if (!padding)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// RFC 3339 as Go's <c>time.RFC3339</c> parses it (metav1.Time): <c>2021-06-01T00:00:00Z</c>, an optional
    /// fraction of a second, <c>Z</c> or an offset <c>±hh:mm</c>; <c>T</c> and <c>Z</c> upper case; the date and
    /// time must exist (seconds up to 59: Go refuses a leap second).
    /// </summary>
    public static bool IsDateTime(string s)
    {
        // yyyy-mm-ddThh:mm:ss
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute) || !Digits(s, 17, 2, out int second))
        {
            return false;
        }

        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        int i = 19;
        if (s[i] == '.')
        {
            int start = ++i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i == s.Length - 1 && s[i] == 'Z')
        {
            return true;
        }

        return i == s.Length - 6
            && (s[i] == '+' || s[i] == '-')
            && s[i + 3] == ':'
            && Digits(s, i + 1, 2, out int offsetHours) && offsetHours <= 23
            && Digits(s, i + 4, 2, out int offsetMinutes) && offsetMinutes <= 59;
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// A Kubernetes quantity (<c>resource.Quantity</c>): <c>&lt;sign&gt;?&lt;number&gt;&lt;suffix&gt;?</c>, the number
    /// <c>1</c>, <c>1.5</c>, <c>1.</c> or <c>.5</c>, the suffix binary SI (<c>Ki</c> … <c>Ei</c>), decimal SI (<c>n</c>,
    /// <c>u</c>, <c>m</c>, <c>k</c>, <c>M</c> … <c>E</c>) or an exponent (<c>e3</c>, <c>E-2</c>, a signed number).
    /// Kubernetes' own pattern for it, as CRDs write it.
    /// </summary>
    public static bool IsQuantity(string s)
    {
        int i = SignedNumber(s, 0);
        if (i < 0)
        {
            return false;
        }

        if (i == s.Length)
        {
            return true;
        }

        int left = s.Length - i;
        if (left == 1 && "numkMGTPE".IndexOf(s[i]) >= 0)
        {
            return true;
        }

        if (left == 2 && s[i + 1] == 'i' && "KMGTPE".IndexOf(s[i]) >= 0)
        {
            return true;
        }

        return (s[i] == 'e' || s[i] == 'E') && SignedNumber(s, i + 1) == s.Length;
    }

    // The end of [+-]?(digits(.digits?)?|.digits) from start, or -1.
    private static int SignedNumber(string s, int start)
    {
        int i = start;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        int digits = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            i++;
        }

        bool whole = i > digits;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int fraction = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                i++;
            }

            if (!whole && i == fraction)
            {
                return -1;
            }
        }
        else if (!whole)
        {
            return -1;
        }

        return i;
    }
}
