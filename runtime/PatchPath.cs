using System;
using System.Collections.Generic;
using Kubesonnet.Internal;

namespace Kubesonnet;

/// <summary>
/// The path of a field from the root of a manifest, as a list of field names: <c>metadata.labels</c> is
/// <c>new PatchPath("metadata", "labels")</c>. Immutable; generated code keeps one per setter in a static field.
/// </summary>
public sealed class PatchPath : IEquatable<PatchPath>
{
    private readonly string[] _segments;

    /// <summary>Creates a path.</summary>
    /// <param name="segments">The field names from the root, at least one; none may be <see langword="null"/>.
    /// The array is copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is empty or holds <see langword="null"/>.</exception>
    public PatchPath(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Length == 0)
        {
            throw new ArgumentException("A path has at least one segment.", nameof(segments));
        }

        var copy = new string[segments.Length];
        for (int i = 0; i < segments.Length; i++)
        {
            copy[i] = segments[i] ?? throw new ArgumentException($"Segment {i} of the path is null.", nameof(segments));
        }

        _segments = copy;
    }

    /// <summary>The path of a field below this one: <c>spec.template</c> + <c>spec</c>.</summary>
    /// <param name="segment">The field's name.</param>
    /// <returns>A new path one segment longer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is <see langword="null"/>.</exception>
    public PatchPath Append(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var segments = new string[_segments.Length + 1];
        _segments.CopyTo(segments, 0);
        segments[_segments.Length] = segment;
        return new PatchPath(segments);
    }

    /// <summary>The field names from the root.</summary>
    public IReadOnlyList<string> Segments => _segments;

    internal string[] SegmentArray => _segments;

    /// <summary>The dotted path, as in error messages: <c>metadata.labels</c>.</summary>
    /// <returns>The path as text.</returns>
    public override string ToString() => PathText.Format(_segments);

    /// <summary>Whether both paths have the same segments.</summary>
    /// <param name="other">The other path.</param>
    /// <returns><see langword="true"/> when the segments are equal, ordinally.</returns>
    public bool Equals(PatchPath? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return _segments.AsSpan().SequenceEqual(other._segments);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PatchPath);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (string segment in _segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
