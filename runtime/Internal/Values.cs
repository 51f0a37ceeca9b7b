using System;
using System.Runtime.CompilerServices;
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
