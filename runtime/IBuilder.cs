using System;
using Kubesonnet.Validation;

namespace Kubesonnet;

/// <summary>
/// What every generated builder type has besides its setters: the patch it holds, <c>+</c>, equality, the writers and
/// its schema's constraints. Generated types implement it, and their members take their documentation from it.
/// </summary>
/// <typeparam name="TSelf">The implementing type itself.</typeparam>
public interface IBuilder<TSelf> : IPatch<TSelf>, IValidatable, IEquatable<TSelf>
    where TSelf : struct, IBuilder<TSelf>
{
    /// <summary>
    /// The constraints of this type's schema (required fields, enums, patterns, bounds, formats, …) that
    /// <see cref="IValidatable.Validate"/> checks: a compact table, read on first use.
    /// </summary>
    static abstract ValidationSchema ValidationSchema { get; }

    /// <summary>
    /// Composes two patches as k8s-libsonnet's <c>+</c> does: each field of <paramref name="right"/> replaces
    /// (<c>With</c>) or merges into (<c>WithMixin</c>) the same field of <paramref name="left"/>.
    /// </summary>
    /// <param name="left">The patch applied first.</param>
    /// <param name="right">The patch applied on top of it.</param>
    /// <exception cref="KubesonnetMergeException">A merge meets values of different JSON types.</exception>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>True when both values hold structurally equal patches.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    static abstract bool operator ==(TSelf left, TSelf right);

    /// <summary>True when the values hold patches that differ.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    static abstract bool operator !=(TSelf left, TSelf right);

    /// <summary>Returns the untyped patch this value holds (empty for <c>default</c>).</summary>
    Patch ToPatch();

    /// <summary>Writes the object as JSON, keys in a stable order.</summary>
    /// <param name="indented">Indent with two spaces instead of writing it compact.</param>
    /// <param name="validate">Check the object first (<see cref="IValidatable.Validate"/>) and write nothing when it has a problem.</param>
    /// <exception cref="KubesonnetValidationException"><paramref name="validate"/> is true and the object does not meet its schema.</exception>
    string ToJson(bool indented = false, bool validate = false);

    /// <summary>Writes the object as YAML that kubectl accepts.</summary>
    /// <inheritdoc cref="ToJson" path="/param[@name='validate']|/exception"/>
    string ToYaml(bool validate = false);
}
