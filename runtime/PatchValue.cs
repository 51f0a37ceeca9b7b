using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Kubesonnet.Internal;

namespace Kubesonnet;

/// <summary>
/// An immutable JSON value to put in a patch: a scalar, an array, an object built from user data (a map, free-form
/// JSON) or an embedded typed patch. Inputs (arrays, dictionaries, <see cref="JsonNode"/> trees) are copied when
/// the value is made, so changing them afterwards does not change the value. <c>default(PatchValue)</c> is JSON
/// null. Objects made from data have every field replaced, so merging one (a <c>…Mixin</c> setter) is shallow, as
/// in jsonnet; an embedded typed patch keeps its own modes.
/// </summary>
public readonly partial struct PatchValue : IEquatable<PatchValue>
{
    private readonly object? _value;

    private PatchValue(object value) => _value = value;

    // See Values for what a value is; a default PatchValue holds none and is JSON null.
    internal object Value => _value ?? LiteralNode.Null;

    /// <summary>JSON <c>null</c>.</summary>
    public static PatchValue Null => new(LiteralNode.Null);

    /// <summary>A JSON string.</summary>
    /// <param name="value">The string.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static PatchValue String(string value, [CallerArgumentExpression(nameof(value))] string? argumentName = null)
    {
        if (value is null)
        {
            ThrowNull(argumentName, nameof(value));
        }

        return new(value);
    }

    /// <summary>A JSON boolean.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static PatchValue Boolean(bool value) => new(LiteralNode.Of(value));

    /// <summary>A JSON integer, written exactly (no rounding through <see cref="double"/>).</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The value.</returns>
    public static PatchValue Integer(long value) => new(NumberNode.FromInt64(value));

    /// <summary>A JSON number, written as the shortest text that reads back as the same double.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static PatchValue Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinite numbers.");
        }

        return new(NumberNode.FromDouble(value));
    }

    /// <summary>Bytes (an OpenAPI <c>format: byte</c> field): a base64 string on the wire.</summary>
    /// <param name="value">The bytes.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static PatchValue Bytes(byte[] value, [CallerArgumentExpression(nameof(value))] string? argumentName = null)
    {
        if (value is null)
        {
            ThrowNull(argumentName, nameof(value));
        }

        // Copied, as every input is; encoded only when written.
        return new(value.Length == 0 ? string.Empty : new Base64Node(value.AsSpan().ToArray()));
    }

    /// <summary>
    /// A Kubernetes <c>metav1.Time</c>: UTC, RFC 3339 to the second (<c>2021-06-01T00:00:00Z</c>); fractions of a
    /// second are dropped, as the API server does.
    /// </summary>
    /// <param name="value">The instant.</param>
    /// <returns>The value.</returns>
    public static PatchValue Time(DateTimeOffset value) =>
        new(value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>
    /// A Kubernetes <c>metav1.MicroTime</c>: UTC, RFC 3339 with six fractional digits
    /// (<c>2021-06-01T00:00:00.000000Z</c>); finer fractions are dropped.
    /// </summary>
    /// <param name="value">The instant.</param>
    /// <returns>The value.</returns>
    public static PatchValue MicroTime(DateTimeOffset value) =>
        new(value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", CultureInfo.InvariantCulture));

    /// <summary>
    /// Free-form JSON, deep-copied. Objects in it have every field replaced. Numbers keep their exact text.
    /// </summary>
    /// <param name="value">A JSON tree; <see langword="null"/> is JSON null.</param>
    /// <returns>The value.</returns>
    public static PatchValue Json(JsonNode? value) => new(JsonInput.FromJsonNode(value));

    /// <summary>
    /// A typed patch as an object value (an <c>OwnerReference</c> in <c>ownerReferences</c>, a nested object given
    /// whole). Its fields keep their modes, as a jsonnet object does: merging it onto an object merges its merged
    /// fields deeper. Rendering ignores modes.
    /// </summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="value">The typed patch.</param>
    /// <returns>The value.</returns>
    public static PatchValue Object<T>(T value)
        where T : struct, IPatch<T> => new(ObjectOf(value));

    /// <summary>Structural equality: same kind and value (objects: same keys, modes and values).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when structurally equal.</returns>
    public bool Equals(PatchValue other) => Structural.Equal(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PatchValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Structural.Hash(Value);

    /// <summary>Structural equality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether they are structurally equal.</returns>
    public static bool operator ==(PatchValue left, PatchValue right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PatchValue left, PatchValue right) => !left.Equals(right);

    /// <summary>The compact JSON of the value.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => JsonText.Write(Value, indented: false);

    private static Field[] ObjectOf<T>(T value)
        where T : struct, IPatch<T>
    {
        // default(T) of a generated type may hold no patch yet.
        Patch? patch = value.Patch;
        return patch is null ? Values.EmptyObject : patch.Fields;
    }

    // convert(item, index, argument name for messages) makes one node; it is only asked for the name to throw.
    private static PatchValue ArrayOf<T>(IEnumerable<T> values, string? argumentName, Func<T, int, string, object> convert)
    {
        if (values is null)
        {
            ThrowNull(argumentName, nameof(values));
        }

        string name = Name(argumentName, nameof(values));
        object[] items;
        if (values is T[] array)
        {
            items = new object[array.Length];
            for (int i = 0; i < array.Length; i++)
            {
                items[i] = convert(array[i], i, name);
            }

            return new(items);
        }

        int capacity = values switch
        {
            ICollection<T> collection => collection.Count,
            IReadOnlyCollection<T> collection => collection.Count,
            _ => 4,
        };
        items = capacity == 0 ? System.Array.Empty<object>() : new object[capacity];
        int count = 0;
        foreach (T value in values)
        {
            if (count == items.Length)
            {
                System.Array.Resize(ref items, Math.Max(4, count * 2));
            }

            items[count] = convert(value, count, name);
            count++;
        }

        return new(count == items.Length ? items : items.AsSpan(0, count).ToArray());
    }

    // The caller's argument as written; a verbatim identifier (generated code's @namespace) names the parameter
    // namespace, as nameof would.
    private static string Name(string? argumentName, string parameter)
    {
        if (string.IsNullOrEmpty(argumentName))
        {
            return parameter;
        }

        if (argumentName.Length > 1 && argumentName[0] == '@' && IsIdentifier(argumentName.AsSpan(1)))
        {
            return argumentName.Substring(1);
        }

        return argumentName;
    }

    private static bool IsIdentifier(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string key) =>
        "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNullItem(string? argumentName, int index)
    {
        string name = Name(argumentName, "values");
        throw new ArgumentException($"{name}[{index}] is null.", name);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNull(string? argumentName, string parameter) =>
        throw new ArgumentNullException(Name(argumentName, parameter));
}
