using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kubesonnet.Internal;

namespace Kubesonnet;

// Objects: the Map factories, each a JSON object whose fields replace (a map merges shallowly, as in jsonnet).
public readonly partial struct PatchValue
{
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
}
