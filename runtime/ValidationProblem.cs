using System;
using System.Globalization;

namespace Kubesonnet;

/// <summary>
/// One way a manifest departs from its schema, as <c>Validate()</c> finds it: where (<see cref="Path"/>), which
/// keyword of the schema (<see cref="Rule"/>), the value found there and a message in the schema's words.
/// A rule Kubesonnet cannot evaluate (an <c>x-kubernetes-validations</c> CEL expression) is reported too, with
/// <see cref="Checked"/> <see langword="false"/>, so that it is never passed silently.
/// </summary>
public sealed class ValidationProblem : IEquatable<ValidationProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where: <c>spec.rules[0].backendRefs[0].port</c>; empty for the manifest itself.</param>
    /// <param name="rule">The schema keyword: <c>required</c>, <c>enum</c>, <c>pattern</c>, <c>type</c>, ….</param>
    /// <param name="value">The value found, as compact JSON; <see langword="null"/> when the field is missing.</param>
    /// <param name="message">What the schema asks, in its words.</param>
    /// <param name="isChecked"><see langword="false"/> for a rule reported because it was not checked.</param>
    /// <param name="document">The 0-based position of the manifest in a stream (<see cref="Manifests.Validate(System.Collections.Generic.IEnumerable{Patch}, Validation.ValidationSchema[])"/>), or <see langword="null"/>.</param>
    public ValidationProblem(string path, string rule, string? value, string message, bool isChecked = true, int? document = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        Path = path;
        Rule = rule;
        Value = value;
        Message = message;
        Checked = isChecked;
        Document = document;
    }

    /// <summary>Where the problem is: field names and array indexes from the manifest's root (<c>spec.template.spec.containers[0].image</c>); a key that is not a plain name is bracketed as a JSON string (<c>metadata.labels["app.kubernetes.io/name"]</c>). Empty for the root.</summary>
    public string Path { get; }

    /// <summary>The schema keyword that is not met: <c>type</c>, <c>nullable</c>, <c>required</c>, <c>enum</c>, <c>pattern</c>, <c>format</c>, <c>minimum</c>, <c>maximum</c>, <c>multipleOf</c>, <c>minLength</c>, <c>maxLength</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, <c>minProperties</c>, <c>maxProperties</c>, <c>additionalProperties</c>, <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>x-kubernetes-list-type</c>, <c>x-kubernetes-validations</c> (not checked), <c>kind</c> (a stream's manifest of no kind given).</summary>
    public string Rule { get; }

    /// <summary>The value found at <see cref="Path"/> as compact JSON (cut after 200 characters, with <c>…</c>); <see langword="null"/> when the field is missing.</summary>
    public string? Value { get; }

    /// <summary>What the schema asks: <c>must be one of "Always", "IfNotPresent", "Never"</c>.</summary>
    public string Message { get; }

    /// <summary>
    /// <see langword="true"/> for a rule that was checked and is not met; <see langword="false"/> for a rule that
    /// Kubesonnet reports because it cannot check it (CEL), which the API server will.
    /// </summary>
    public bool Checked { get; }

    /// <summary>The 0-based position of the manifest in the stream it was validated with, or <see langword="null"/> for a single manifest.</summary>
    public int? Document { get; }

    /// <summary>The same problem, placed in a stream.</summary>
    internal ValidationProblem InDocument(int document) => new(Path, Rule, Value, Message, Checked, document);

    /// <summary><c>spec.replicas: must be at least 0 (minimum; value: -1)</c>; a stream's problems start with <c>[2] </c>.</summary>
    /// <returns>The problem on one line.</returns>
    public override string ToString()
    {
        string where = Document is { } d ? "[" + d.ToString(CultureInfo.InvariantCulture) + "] " : "";
        string at = Path.Length == 0 ? "(root)" : Path;
        string value = Value is null ? "" : "; value: " + Value;
        string check = Checked ? "" : "; not checked";
        return where + at + ": " + Message + " (" + Rule + value + check + ")";
    }

    /// <inheritdoc/>
    public bool Equals(ValidationProblem? other) =>
        other is not null
        && Path == other.Path
        && Rule == other.Rule
        && Value == other.Value
        && Message == other.Message
        && Checked == other.Checked
        && Document == other.Document;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Rule, Value, Message, Checked, Document);
}
