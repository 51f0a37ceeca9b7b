using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace Kubesonnet.Internal;

/// <summary>The kind of a JSON value.</summary>
internal enum NodeKind : byte
{
    Null,
    False,
    True,
    String,
    Number,
    Array,
    Object,
}

/// <summary>
/// The values a patch holds. To keep composition to a few allocations, a value is a plain <see cref="object"/>:
/// <list type="bullet">
/// <item><description><see cref="string"/>: a JSON string;</description></item>
/// <item><description><see cref="Field"/>[]: a JSON object, fields sorted by <see cref="KeyOrder"/>;</description></item>
/// <item><description><see cref="ObjectTree"/>: a large JSON object (many Mixins of distinct keys), the same fields in a
/// persistent tree; <see cref="Fields"/> reads either form;</description></item>
/// <item><description><see cref="object"/>[]: a JSON array of exactly that length;</description></item>
/// <item><description><see cref="ArrayNode"/>: a JSON array that is a view of a shared, growable buffer (the result
/// of appending);</description></item>
/// <item><description><see cref="ArrayOps"/>: operations waiting for the array to their left (a merge by key, a
/// map); its kind is <see cref="NodeKind.Array"/> and <see cref="Items"/> reads what it gives on an empty array, so
/// writers need not know it; <see cref="IsArray"/> is false for it, since composition treats it apart;</description></item>
/// <item><description><see cref="Base64Node"/>: a string that is the base64 of bytes (<c>format: byte</c>), encoded when
/// written; <see cref="Text"/> reads either form of string;</description></item>
/// <item><description><see cref="NumberNode"/>, <see cref="LiteralNode"/>: numbers, and null/true/false.</description></item>
/// </list>
/// Every value is immutable once made. Nothing outside this assembly sees one; every dispatch on the
/// representation goes through this class, so the representation can change here alone.
/// </summary>
internal static class Values
{
    public static readonly Field[] EmptyObject = Array.Empty<Field>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NodeKind Kind(object value)
    {
        // Each test is a method-table compare only when written as value.GetType() == typeof(T) in place.
        if (value.GetType() == typeof(string))
        {
            return NodeKind.String;
        }

        if (value.GetType() == typeof(Field[]))
        {
            return NodeKind.Object;
        }

        if (value.GetType() == typeof(object[]))
        {
            return NodeKind.Array;
        }

        return Unsafe.As<Node>(value).Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsObject(object value) => value.GetType() == typeof(Field[]) || value.GetType() == typeof(ObjectTree);

    /// <summary>The fields of an object value (see <see cref="IsObject"/>), in key order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Field[] Fields(object obj) =>
        obj.GetType() == typeof(Field[]) ? Unsafe.As<Field[]>(obj) : Unsafe.As<ObjectTree>(obj).Fields;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArray(object value) => value.GetType() == typeof(object[]) || value.GetType() == typeof(ArrayNode);

    /// <summary>The text of a string value (a <see cref="string"/> or a <see cref="Base64Node"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Text(object value) =>
        value.GetType() == typeof(string) ? Unsafe.As<string>(value) : Unsafe.As<Base64Node>(value).Text;

    /// <summary>The items of an array value (see <see cref="IsArray"/>), or what pending operations give on an empty array.</summary>
    public static ReadOnlySpan<object> Items(object array) =>
        array.GetType() == typeof(object[]) ? Unsafe.As<object[]>(array)
        : array.GetType() == typeof(ArrayNode) ? Unsafe.As<ArrayNode>(array).Items
        : ((ArrayOps)array).Items;

    /// <summary>"an object", "a string", … for error messages.</summary>
    public static string Describe(object value) => Kind(value) switch
    {
        NodeKind.Null => "null",
        NodeKind.False or NodeKind.True => "a boolean",
        NodeKind.String => "a string",
        NodeKind.Number => "a number",
        NodeKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>
    /// Appends one array value to another. When the left array is a view that ends where its buffer's used part
    /// ends, the items go into the buffer's free slots (claimed with a compare-and-swap) and no item is copied;
    /// otherwise both are copied into a new buffer, with room to grow when the left side has grown before.
    /// So 10,000 successive appends onto one array cost amortised O(1) each.
    /// </summary>
    public static object Concat(object left, object right)
    {
        ReadOnlySpan<object> tail = Items(right);
        if (tail.IsEmpty)
        {
            return left;
        }

        ReadOnlySpan<object> head = Items(left);
        if (head.IsEmpty)
        {
            return right;
        }

        var view = left as ArrayNode;
        if (view is not null && view.TryAppend(tail, out ArrayNode? appended))
        {
            return appended;
        }

        // A first append gets an exact-size buffer (most arrays are appended to once or twice); an array that
        // is appended to again grows geometrically.
        int count = head.Length + tail.Length;
        int capacity = view is null ? count : Math.Max(count, head.Length * 2);
        var buffer = new object[capacity];
        head.CopyTo(buffer);
        tail.CopyTo(buffer.AsSpan(head.Length));
        return ArrayNode.Create(buffer, count);
    }
}

/// <summary>The base of the values that are not strings, objects or exact arrays (see <see cref="Values"/>).</summary>
internal abstract class Node
{
    public readonly NodeKind Kind;

    protected Node(NodeKind kind) => Kind = kind;
}

/// <summary>
/// A JSON string holding the base64 of bytes (a CertificateSigningRequest's 1 KB <c>request</c>): the bytes are kept
/// and encoded straight into the output when written, instead of making a string as long again at every setter
/// call. Equal to a plain string of the same text.
/// </summary>
internal sealed class Base64Node : Node
{
    private readonly byte[] _bytes;
    private string? _text;

    public Base64Node(byte[] bytes) : base(NodeKind.String) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The number of base64 characters.</summary>
    public int Length => ((_bytes.Length + 2) / 3) * 4;

    public string Text => _text ??= Convert.ToBase64String(_bytes);
}

/// <summary><c>null</c>, <c>true</c> and <c>false</c>: one shared instance each.</summary>
internal sealed class LiteralNode : Node
{
    public static readonly LiteralNode Null = new(NodeKind.Null);
    public static readonly LiteralNode True = new(NodeKind.True);
    public static readonly LiteralNode False = new(NodeKind.False);

    private LiteralNode(NodeKind kind) : base(kind)
    {
    }

    public static LiteralNode Of(bool value) => value ? True : False;
}

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

/// <summary>
/// A JSON array that is a view of the first <see cref="Count"/> slots of a buffer shared with other views. The
/// view that made the buffer (the owner) counts the slots in use; <see cref="TryAppend"/> claims free slots with a
/// compare-and-swap on that count, so slots a view covers are never written again and every view stays immutable.
/// </summary>
internal sealed class ArrayNode : Node
{
    private readonly object[] _buffer;
    private readonly ArrayNode _owner;
    private int _used; // meaningful in the owner only

    public readonly int Count;

    private ArrayNode(object[] buffer, int count, ArrayNode? owner) : base(NodeKind.Array)
    {
        _buffer = buffer;
        Count = count;
        _owner = owner ?? this;
        _used = count;
    }

    /// <summary>A new buffer whose first <paramref name="count"/> slots are filled.</summary>
    public static ArrayNode Create(object[] buffer, int count) => new(buffer, count, null);

    public ReadOnlySpan<object> Items => new(_buffer, 0, Count);

    public bool TryAppend(ReadOnlySpan<object> items, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArrayNode? result)
    {
        int count = Count + items.Length;
        if (count <= _buffer.Length && Interlocked.CompareExchange(ref _owner._used, count, Count) == Count)
        {
            items.CopyTo(_buffer.AsSpan(Count));
            result = new ArrayNode(_buffer, count, _owner);
            return true;
        }

        result = null;
        return false;
    }
}

/// <summary>One field of an object: its name, its value, and whether it was written <c>name+:</c> (merge).</summary>
internal readonly struct Field
{
    public readonly string Name;
    public readonly object Value;
    public readonly bool Merge;

    public Field(string name, object value, bool merge)
    {
        Name = name;
        Value = value;
        Merge = merge;
    }
}
