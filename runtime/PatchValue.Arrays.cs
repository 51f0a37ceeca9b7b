using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kubesonnet.Internal;

namespace Kubesonnet;

// Arrays: the factories of JSON arrays, each copied.
public readonly partial struct PatchValue
{
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

}
