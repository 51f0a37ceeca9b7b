using System;
using System.Collections.Generic;

namespace Kubesonnet;

/// <summary>
/// Thrown when composing two patches would merge values that cannot be merged: a merge (<c>field+:</c>, a
/// <c>…Mixin</c> setter) of an object onto an array, of an array onto an object, or onto or of null, a string, a
/// number or a boolean. Jsonnet concatenates strings in that case; Kubesonnet refuses instead.
/// </summary>
public class KubesonnetMergeException : InvalidOperationException
{
    /// <summary>Creates an exception with a default message and an empty <see cref="Path"/>.</summary>
    public KubesonnetMergeException()
        : this("The patches cannot be merged.", string.Empty)
    {
    }

    /// <summary>Creates an exception with a message and an empty <see cref="Path"/>.</summary>
    /// <param name="message">The message.</param>
    public KubesonnetMergeException(string message)
        : this(message, string.Empty)
    {
    }

    /// <summary>Creates an exception with a message, an inner exception and an empty <see cref="Path"/>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KubesonnetMergeException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        PathSegments = Array.Empty<string>();
    }

    /// <summary>Creates an exception for a conflict at a path.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The dotted path of the field, as in <see cref="Path"/>.</param>
    public KubesonnetMergeException(string message, string path)
        : base(message)
    {
        Path = path ?? string.Empty;
        PathSegments = Array.Empty<string>();
    }

    internal KubesonnetMergeException(string message, string path, string[] segments)
        : base(message)
    {
        Path = path;
        PathSegments = segments;
    }

    /// <summary>
    /// The path of the field whose values could not be merged, dotted (<c>metadata.finalizers</c>); a key that is
    /// not a plain name is bracketed as a JSON string (<c>metadata.annotations["example.com/x"]</c>).
    /// </summary>
    public string Path { get; }

    /// <summary>The same path as a list of field names (empty when the exception was made without one).</summary>
    public IReadOnlyList<string> PathSegments { get; }
}
