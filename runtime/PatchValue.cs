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
public readonly struct PatchValue : IEquatable<PatchValue>
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

    /// <summary>A JSON array of strings.</summary>
    /// <param name="values">The strings, none <see langword="null"/>; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An element is <see langword="null"/>.</exception>
    public static PatchValue Strings(IEnumerable<string> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null)
    {
        // The params arrays of generated setters: copied in one step when no element is null.
        if (values is string[] array)
        {
            if (array.Length == 0)
            {
                return new(System.Array.Empty<object>());
            }

            // A plain loop: storing into an exact object[] needs no covariance check, unlike Array.Copy.
            var items = new object[array.Length];
            for (int i = 0; i < items.Length; i++)
            {
                string? item = array[i];
                if (item is null)
                {
                    ThrowNullItem(argumentName, i);
                }

                items[i] = item;
            }

            return new(items);
        }

        return ArrayOf(values, argumentName, static (value, index, name) =>
            value is null ? throw new ArgumentException($"{name}[{index}] is null.", name) : value);
    }

    /// <summary>A JSON array of integers.</summary>
    /// <param name="values">The integers; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static PatchValue Integers(IEnumerable<long> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        ArrayOf(values, argumentName, static (value, _, _) => NumberNode.FromInt64(value));

    /// <summary>A JSON array of integers.</summary>
    /// <param name="values">The integers; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static PatchValue Integers(IEnumerable<int> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        ArrayOf(values, argumentName, static (value, _, _) => NumberNode.FromInt64(value));

    /// <summary>A JSON array of numbers.</summary>
    /// <param name="values">Finite numbers; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An element is NaN or infinite.</exception>
    public static PatchValue Numbers(IEnumerable<double> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        ArrayOf(values, argumentName, static (value, index, name) => double.IsFinite(value)
            ? NumberNode.FromDouble(value)
            : throw new ArgumentException($"{name}[{index}] is {value.ToString(CultureInfo.InvariantCulture)}; JSON has no NaN or infinite numbers.", name));

    /// <summary>A JSON array of booleans.</summary>
    /// <param name="values">The booleans; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static PatchValue Booleans(IEnumerable<bool> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        ArrayOf(values, argumentName, static (value, _, _) => LiteralNode.Of(value));

    /// <summary>A JSON array of typed patches as objects (see <see cref="Object{T}(T)"/>).</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="values">The typed patches; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static PatchValue Objects<T>(IEnumerable<T> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null)
        where T : struct, IPatch<T> =>
        ArrayOf(values, argumentName, static (value, _, _) => ObjectOf(value));

    /// <summary>A JSON array of values.</summary>
    /// <param name="values">The values; copied.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static PatchValue Array(IEnumerable<PatchValue> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        ArrayOf(values, argumentName, static (value, _, _) => value.Value);

    /// <summary>
    /// The entries of a map, as generated map setters take them (<c>WithLabels(("app", "web"), ("tier", "api"))</c>),
    /// made a dictionary for <see cref="Map(IReadOnlyDictionary{string, string}, string?)"/> and its overloads. The first entry
    /// stands apart in the setters so that <c>WithLabels(null)</c> still means the dictionary overload.
    /// </summary>
    /// <typeparam name="T">The values' type.</typeparam>
    /// <param name="first">The first entry.</param>
    /// <param name="entries">The other entries; no key may be <see langword="null"/> or repeat.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>A new dictionary of the entries (ordinal keys).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats.</exception>
    public static IReadOnlyDictionary<string, T> Dictionary<T>((string Key, T Value) first, (string Key, T Value)[] entries, [CallerArgumentExpression(nameof(entries))] string? argumentName = null)
    {
        if (entries is null)
        {
            ThrowNull(argumentName, nameof(entries));
        }

        var dictionary = new Dictionary<string, T>(entries.Length + 1, StringComparer.Ordinal);
        for (int i = -1; i < entries.Length; i++)
        {
            (string key, T value) = i < 0 ? first : entries[i];
            if (key is null)
            {
                throw new ArgumentException(i < 0 ? "The first entry's key is null." : $"{argumentName}[{i}].Key is null.", argumentName);
            }

            if (!dictionary.TryAdd(key, value))
            {
                throw new ArgumentException($"{argumentName} has the key {Quote(key)} twice.", argumentName);
            }
        }

        return dictionary;
    }

    /// <summary>A JSON object of strings (labels, annotations, …); every field replaced. Copied.</summary>
    /// <param name="values">The map; no value may be <see langword="null"/>.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key or value is <see langword="null"/>, or a key repeats.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, string> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null)
    {
        // Labels and annotations, on every object: a dictionary of strings is copied without the general path's
        // per-entry delegate. Anything unusual (a null, a duplicate under ordinal comparison) goes the general way,
        // which names it.
        if (values is Dictionary<string, string> dictionary)
        {
            var fields = new Field[dictionary.Count];
            int count = 0;
            foreach (KeyValuePair<string, string> pair in dictionary)
            {
                if (pair.Value is null || count == fields.Length)
                {
                    count = -1;
                    break;
                }

                fields[count++] = new Field(pair.Key, pair.Value, merge: false);
            }

            if (count == fields.Length && KeyOrder.SortAndFindDuplicate(fields, count) is null)
            {
                return new(fields);
            }
        }

        return MapOf(values, argumentName, static (key, value, name) =>
            value is null ? throw new ArgumentException($"{name}[{Quote(key)}] is null.", name) : value);
    }

    /// <summary>A JSON object of string arrays (<c>spec.extra</c> of a CertificateSigningRequest); copied.</summary>
    /// <param name="values">The map; no list, and no string in a list, may be <see langword="null"/>.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key, list or string is <see langword="null"/>, or a key repeats.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, IReadOnlyList<string>> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        MapOf(values, argumentName, static (key, list, name) =>
        {
            if (list is null)
            {
                throw new ArgumentException($"{name}[{Quote(key)}] is null.", name);
            }

            var items = new object[list.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = list[i] ?? throw new ArgumentException($"{name}[{Quote(key)}][{i}] is null.", name);
            }

            return items;
        });

    /// <summary>A JSON object of typed patches as objects (see <see cref="Object{T}(T)"/>); copied.</summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="values">The map.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats.</exception>
    public static PatchValue Map<T>(IReadOnlyDictionary<string, T> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null)
        where T : struct, IPatch<T> =>
        MapOf(values, argumentName, static (_, value, _) => ObjectOf(value));

    /// <summary>A JSON object of values; every field replaced. Copied.</summary>
    /// <param name="values">The map.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, PatchValue> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        MapOf(values, argumentName, static (_, value, _) => value.Value);

    /// <summary>A JSON object of integers; copied.</summary>
    /// <param name="values">The map.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, long> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        MapOf(values, argumentName, static (_, value, _) => NumberNode.FromInt64(value));

    /// <summary>A JSON object of booleans; copied.</summary>
    /// <param name="values">The map.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, bool> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        MapOf(values, argumentName, static (_, value, _) => LiteralNode.Of(value));

    /// <summary>A JSON object of numbers; copied.</summary>
    /// <param name="values">The map; every number finite.</param>
    /// <param name="argumentName">Filled in by the compiler: the caller's argument, named in exceptions.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is <see langword="null"/> or repeats, or a number is NaN or
    /// infinite.</exception>
    public static PatchValue Map(IReadOnlyDictionary<string, double> values, [CallerArgumentExpression(nameof(values))] string? argumentName = null) =>
        MapOf(values, argumentName, static (key, value, name) => double.IsFinite(value)
            ? NumberNode.FromDouble(value)
            : throw new ArgumentException($"{name}[{Quote(key)}] is {value.ToString(CultureInfo.InvariantCulture)}; JSON has no NaN or infinite numbers.", name));

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

    // Every field of a map is a replace: merging a map is shallow, as in jsonnet.
    private static PatchValue MapOf<TValue>(IReadOnlyDictionary<string, TValue> values, string? argumentName, Func<string, TValue, string, object> convert)
    {
        if (values is null)
        {
            ThrowNull(argumentName, nameof(values));
        }

        string name = Name(argumentName, nameof(values));
        var fields = new Field[values.Count];
        int count = 0;
        if (values is Dictionary<string, TValue> dictionary)
        {
            foreach (KeyValuePair<string, TValue> pair in dictionary)
            {
                string key = pair.Key ?? throw new ArgumentException($"{name} has a null key.", name);
                Add(ref fields, ref count, key, convert(key, pair.Value, name));
            }
        }
        else
        {
            foreach (KeyValuePair<string, TValue> pair in values)
            {
                string key = pair.Key ?? throw new ArgumentException($"{name} has a null key.", name);
                Add(ref fields, ref count, key, convert(key, pair.Value, name));
            }
        }

        if (count != fields.Length)
        {
            fields = fields.AsSpan(0, count).ToArray();
        }

        string? duplicate = KeyOrder.SortAndFindDuplicate(fields, count);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{name} has the key {Quote(duplicate)} twice.", name);
        }

        return new(fields);

        static void Add(ref Field[] fields, ref int count, string key, object value)
        {
            if (count == fields.Length)
            {
                System.Array.Resize(ref fields, Math.Max(4, count * 2));
            }

            fields[count++] = new Field(key, value, merge: false);
        }
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
