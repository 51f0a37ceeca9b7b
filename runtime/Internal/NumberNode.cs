using System;
using System.Globalization;
using System.Text.Json;

namespace Kubesonnet.Internal;

/// <summary>
/// A JSON number. Equality is by JSON text. Integers and doubles whose text is canonical are stored unboxed and
/// written with <see cref="Utf8JsonWriter.WriteNumberValue(long)"/>; any other text (from JSON input: <c>1.0</c>,
/// <c>1e400</c>, <c>-0.0</c>) is kept as a <see cref="JsonElement"/>, the only public way to make a
/// <see cref="Utf8JsonWriter"/> emit an exact number text that also indents correctly.
/// </summary>
internal sealed class NumberNode : Node
{
    private const byte IntegerForm = 0;
    private const byte DoubleForm = 1;
    private const byte RawForm = 2;

    private readonly byte _form;
    private readonly long _integer;
    private readonly double _double;
    private readonly JsonElement _raw;
    private string? _text;
    private bool _fromText;

    private NumberNode(byte form, long integer, double @double, JsonElement raw, string? text) : base(NodeKind.Number)
    {
        _form = form;
        _integer = integer;
        _double = @double;
        _raw = raw;
        _text = text;
    }

    public static NumberNode FromInt64(long value) => new(IntegerForm, value, 0, default, null);

    /// <summary>
    /// A finite double; written as its shortest round-trip text (<c>0.5</c>, <c>1E+20</c>), and negative zero as
    /// <c>-0.0</c> (<c>-0</c> would read back as the integer 0 in YAML, and in JSON to most readers).
    /// </summary>
    public static NumberNode FromDouble(double value) =>
        value == 0 && double.IsNegative(value) ? Create("-0.0", null) : new(DoubleForm, 0, value, default, null);

    /// <summary>A number from its JSON text (a number token read by a JSON reader, or a node's JSON text).</summary>
    public static NumberNode FromText(string text)
    {
        NumberNode number = Create(text, null);
        number._fromText = true;
        return number;
    }

    /// <summary>Whether the number was read from text (JSON or YAML), so that its text is the one written there.</summary>
    public bool IsFromText => _fromText;

    /// <summary>Like <see cref="FromText"/> when the number is already parsed (saves a second parse).</summary>
    public static NumberNode FromElement(JsonElement element)
    {
        NumberNode number = Create(element.GetRawText(), element);
        number._fromText = true;
        return number;
    }

    private static NumberNode Create(string text, JsonElement? parsed)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)
            && IsCanonicalInteger(text, integer))
        {
            return new NumberNode(IntegerForm, integer, 0, default, text);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            && double.IsFinite(d)
            && string.Equals(d.ToString("R", CultureInfo.InvariantCulture), text, StringComparison.Ordinal))
        {
            return new NumberNode(DoubleForm, 0, d, default, text);
        }

        JsonElement element;
        if (parsed is { } given)
        {
            element = given.Clone();
        }
        else
        {
            using JsonDocument document = JsonDocument.Parse(text);
            element = document.RootElement.Clone();
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"'{text}' is not a JSON number.");
        }

        return new NumberNode(RawForm, 0, 0, element, text);
    }

    private static bool IsCanonicalInteger(string text, long value)
    {
        // A canonical integer has no '+', no leading zero (except "0" itself) and is not "-0".
        if (text[0] == '+' || (text.Length > 1 && (text[0] == '0' || (text[0] == '-' && text[1] == '0'))))
        {
            return false;
        }

        int digits = value < 0 ? 2 : 1;
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        while (magnitude >= 10)
        {
            magnitude /= 10;
            digits++;
        }

        return text.Length == digits;
    }

    /// <summary>The JSON text of the number, as written.</summary>
    public string Text => _text ??= _form switch
    {
        IntegerForm => _integer.ToString(CultureInfo.InvariantCulture),
        DoubleForm => _double.ToString("R", CultureInfo.InvariantCulture),
        _ => _raw.GetRawText(),
    };

    /// <summary>The number as a <see cref="long"/>, when it was made from one or written as a canonical integer.</summary>
    public bool TryGetInt64(out long value)
    {
        value = _integer;
        return _form == IntegerForm;
    }

    /// <summary>The number as the nearest <see cref="double"/> (infinite when it is beyond a double's range).</summary>
    public double ToDouble() => _form switch
    {
        IntegerForm => _integer,
        DoubleForm => _double,
        _ => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>Room <see cref="TryFormat"/> needs for integers and doubles.</summary>
    public const int MaxFormattedLength = 32;

    /// <summary>Writes the JSON text; <see langword="false"/> when it does not fit.</summary>
    public bool TryFormat(Span<char> destination, out int written)
    {
        switch (_form)
        {
            case IntegerForm:
                return _integer.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
            case DoubleForm when _text is null:
                return _double.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
            default:
                string text = Text;
                written = text.Length;
                return text.AsSpan().TryCopyTo(destination);
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_form)
        {
            case IntegerForm:
                writer.WriteNumberValue(_integer);
                break;
            case DoubleForm:
                writer.WriteNumberValue(_double);
                break;
            default:
                _raw.WriteTo(writer);
                break;
        }
    }

    public bool SameNumber(NumberNode other)
    {
        if (_form == IntegerForm && other._form == IntegerForm)
        {
            return _integer == other._integer;
        }

        return string.Equals(Text, other.Text, StringComparison.Ordinal);
    }
}
