using System;

namespace Kubesonnet;

/// <summary>
/// Thrown by <see cref="Manifests"/>' readers for input that is not a manifest stream: malformed JSON or YAML, a
/// document that is not an object, a number JSON cannot hold, or (for the typed readers) a document of another
/// <c>apiVersion</c> or <c>kind</c>. The message and the properties say where: the line and column, the
/// document's number in the stream, and the path of the field.
/// </summary>
public class KubesonnetReadException : FormatException
{
    /// <summary>Creates an exception with a default message and no position.</summary>
    public KubesonnetReadException()
        : this("The manifest cannot be read.")
    {
    }

    /// <summary>Creates an exception with a message and no position.</summary>
    /// <param name="message">The message.</param>
    public KubesonnetReadException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception with a message, an inner exception and no position.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KubesonnetReadException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception for a problem at a position.</summary>
    /// <param name="reason">What is wrong, without the position (it is added to the message).</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, in characters.</param>
    /// <param name="document">The 1-based number of the document in the stream.</param>
    /// <param name="path">The dotted path of the field (<c>metadata.labels</c>, <c>items[2].kind</c>); empty for
    /// the document itself.</param>
    /// <param name="innerException">The cause, if any.</param>
    public KubesonnetReadException(string reason, int line, int column, int document, string path, Exception? innerException = null)
        : base(Format(reason, line, column, document, path), innerException)
    {
        Reason = reason;
        Line = line;
        Column = column;
        Document = document;
        Path = path ?? string.Empty;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string? Reason { get; }

    /// <summary>The 1-based line of the problem (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem, counted in UTF-16 characters (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>
    /// The 1-based number of the document in the stream: of the YAML document (separated by <c>---</c>) or of the
    /// JSON value (0 when unknown). Items of a <c>List</c> share their list's number; <see cref="Path"/> names the item.
    /// </summary>
    public int Document { get; }

    /// <summary>
    /// The path of the field where the problem is, dotted (<c>spec.usages[1]</c>); a key that is not a plain name
    /// is bracketed as a JSON string (<c>metadata.labels["a.b/c"]</c>). Empty for the document itself.
    /// </summary>
    public string Path { get; }

    private static string Format(string reason, int line, int column, int document, string path)
    {
        string where = string.IsNullOrEmpty(path) ? string.Empty : $", at {path}";
        return $"Invalid manifest at line {line}, column {column} (document {document}{where}): {reason}.";
    }
}
