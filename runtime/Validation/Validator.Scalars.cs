using System;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>Strings and numbers: length, pattern, format, bounds.</summary>
internal sealed partial class Validator
{
    private void CheckString(SchemaNode s, object value)
    {
        string text = Values.Text(value);
        switch (s.FormatKind)
        {
            case FormatKind.Byte when !Formats.IsBase64(text):
                Report("format", value, "must be base64 (format: byte)");
                break;
            case FormatKind.DateTime when !Formats.IsDateTime(text):
                Report("format", value, "must be an RFC 3339 date-time such as \"2021-06-01T00:00:00Z\" (format: date-time)");
                break;
            case FormatKind.Quantity when !Formats.IsQuantity(text):
                Report("format", value, "must be a quantity such as \"500m\", \"1.5Gi\" or \"2e3\" (format: quantity)");
                break;
        }

        if (s.MinLength >= 0 || s.MaxLength >= 0)
        {
            long length = CodePoints(text);
            if (s.MinLength >= 0 && length < s.MinLength)
            {
                Report("minLength", value, "must be at least " + Number(s.MinLength) + " characters long");
            }

            if (s.MaxLength >= 0 && length > s.MaxLength)
            {
                Report("maxLength", value, "must be at most " + Number(s.MaxLength) + " characters long");
            }
        }

        if (s.Pattern is not null)
        {
            System.Text.RegularExpressions.Regex? regex = s.Regex;
            if (regex is null)
            {
                Report("pattern", value, "not checked: the pattern " + s.Pattern + " cannot be compiled (" + s.PatternError + ")", isChecked: false);
            }
            else if (!Matches(regex, text))
            {
                Report("pattern", value, "must match the pattern " + s.Pattern);
            }
        }
    }

    private static bool Matches(System.Text.RegularExpressions.Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static long CodePoints(string text)
    {
        long count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private void CheckNumber(SchemaNode s, NumberNode number)
    {
        switch (s.FormatKind)
        {
            case FormatKind.Int32 when !Formats.IntegerInRange(number, int.MinValue, int.MaxValue):
                Report("format", number, "must be an integer from " + Number(int.MinValue) + " to " + Number(int.MaxValue) + " (format: int32)");
                break;
            case FormatKind.Int64 when !Formats.IntegerInRange(number, long.MinValue, long.MaxValue):
                Report("format", number, "must be an integer from " + Number(long.MinValue) + " to " + Number(long.MaxValue) + " (format: int64)");
                break;
        }

        if (s.Minimum is null && s.Maximum is null && s.MultipleOf is null)
        {
            return;
        }

        double d = number.ToDouble();
        if (s.Minimum is { } min && (s.ExclusiveMinimum ? d <= min : d < min))
        {
            Report("minimum", number, (s.ExclusiveMinimum ? "must be greater than " : "must be at least ") + Number(min));
        }

        if (s.Maximum is { } max && (s.ExclusiveMaximum ? d >= max : d > max))
        {
            Report("maximum", number, (s.ExclusiveMaximum ? "must be less than " : "must be at most ") + Number(max));
        }

        if (s.MultipleOf is { } step && step > 0)
        {
            double quotient = d / step;
            if (double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) > 1e-9)
            {
                Report("multipleOf", number, "must be a multiple of " + Number(step));
            }
        }
    }
}
