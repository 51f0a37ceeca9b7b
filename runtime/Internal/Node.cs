using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;

namespace Kubesonnet.Internal;

/// <summary>The kind of a JSON value; stored in every node so that dispatch is a byte switch.</summary>
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
/// An immutable JSON value inside a patch. Every value a patch holds is one of the sealed subclasses below;
/// nothing outside this assembly ever sees a node, so its representation can change freely.
/// </summary>
internal abstract class Node
{
    public readonly NodeKind Kind;

    protected Node(NodeKind kind) => Kind = kind;

    /// <summary>"an object", "a string", … for error messages.</summary>
    public string Describe() => Kind switch
    {
        NodeKind.Null => "null",
        NodeKind.False or NodeKind.True => "a boolean",
        NodeKind.String => "a string",
        NodeKind.Number => "a number",
        NodeKind.Array => "an array",
        _ => "an object",
    };
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

internal sealed class StringNode : Node
{
    public readonly string Value;

    public StringNode(string value) : base(NodeKind.String) => Value = value;
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

    private NumberNode(byte form, long integer, double @double, JsonElement raw, string? text) : base(NodeKind.Number)
    {
        _form = form;
        _integer = integer;
        _double = @double;
        _raw = raw;
        _text = text;
    }

    public static NumberNode FromInt64(long value) => new(IntegerForm, value, 0, default, null);

    /// <summary>A finite double; written as its shortest round-trip text (<c>0.5</c>, <c>1E+20</c>).</summary>
    public static NumberNode FromDouble(double value) => new(DoubleForm, 0, value, default, null);

    /// <summary>A number from its JSON text (a number token read by a JSON reader, or a node's JSON text).</summary>
    public static NumberNode FromText(string text) => Create(text, null);

    /// <summary>Like <see cref="FromText"/> when the number is already parsed (saves a second parse).</summary>
    public static NumberNode FromElement(JsonElement element) => Create(element.GetRawText(), element);

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

        return text.Length == CountDigits(value);
    }

    private static int CountDigits(long value)
    {
        int length = value < 0 ? 2 : 1;
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        while (magnitude >= 10)
        {
            magnitude /= 10;
            length++;
        }

        return length;
    }

    /// <summary>The JSON text of the number, as written.</summary>
    public string Text => _text ??= _form switch
    {
        IntegerForm => _integer.ToString(CultureInfo.InvariantCulture),
        DoubleForm => _double.ToString("R", CultureInfo.InvariantCulture),
        _ => _raw.GetRawText(),
    };

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
/// A JSON array: a view of the first <see cref="Count"/> slots of a buffer that may be shared with other
/// arrays. Appending (<see cref="Concat"/>) writes in place when this view ends where the buffer's used part
/// ends, claiming the slots with a compare-and-swap; otherwise it copies. Slots a view covers are never written
/// again, so every view stays immutable, and 10,000 successive appends cost amortised O(1) each.
/// </summary>
internal sealed class ArrayNode : Node
{
    public static readonly ArrayNode Empty = new(System.Array.Empty<Node>(), 0, null);

    private readonly Node[] _items;
    private readonly AppendState? _append;

    public readonly int Count;

    private ArrayNode(Node[] items, int count, AppendState? append) : base(NodeKind.Array)
    {
        _items = items;
        Count = count;
        _append = append;
    }

    /// <summary>Wraps an array the caller built and will never touch again.</summary>
    public static ArrayNode Own(Node[] items) => items.Length == 0 ? Empty : new ArrayNode(items, items.Length, null);

    public ReadOnlySpan<Node> Items => new(_items, 0, Count);

    public Node this[int index] => _items[index];

    public static ArrayNode Concat(ArrayNode left, ArrayNode right)
    {
        if (right.Count == 0)
        {
            return left;
        }

        if (left.Count == 0)
        {
            return right;
        }

        int count = left.Count + right.Count;
        AppendState? append = left._append;
        if (append is not null
            && count <= left._items.Length
            && Interlocked.CompareExchange(ref append.Used, count, left.Count) == left.Count)
        {
            System.Array.Copy(right._items, 0, left._items, left.Count, right.Count);
            return new ArrayNode(left._items, count, append);
        }

        // A first concatenation gets an exact-size buffer (most arrays are appended to once or twice);
        // an array that is appended to again grows geometrically.
        int capacity = append is null ? count : Math.Max(count, left._items.Length * 2);
        var items = new Node[capacity];
        System.Array.Copy(left._items, 0, items, 0, left.Count);
        System.Array.Copy(right._items, 0, items, left.Count, right.Count);
        return new ArrayNode(items, count, new AppendState(count));
    }

    private sealed class AppendState
    {
        public int Used;

        public AppendState(int used) => Used = used;
    }
}

/// <summary>A JSON object: fields sorted by <see cref="KeyOrder"/>, each with its merge mode.</summary>
internal sealed class ObjectNode : Node
{
    public static readonly ObjectNode Empty = new(System.Array.Empty<Field>());

    public readonly Field[] Fields;

    public ObjectNode(Field[] fields) : base(NodeKind.Object) => Fields = fields;

    public static ObjectNode Of(Field[] fields) => fields.Length == 0 ? Empty : new ObjectNode(fields);
}

/// <summary>One field of an object: its name, its value, and whether it was written <c>name+:</c> (merge).</summary>
internal readonly struct Field
{
    public readonly string Name;
    public readonly Node Value;
    public readonly bool Merge;

    public Field(string name, Node value, bool merge)
    {
        Name = name;
        Value = value;
        Merge = merge;
    }
}
