using System.Collections.Generic;

namespace Kubesonnet;

/// <summary>A generated type that knows its schema's constraints: every generated type implements it.</summary>
public interface IValidatable
{
    /// <summary>
    /// Checks the object, as it renders, against its schema: the JSON type of every value, required fields,
    /// enums, patterns, bounds, lengths, formats and unique list keys. CEL rules (<c>x-kubernetes-validations</c>)
    /// are listed as not checked.
    /// </summary>
    /// <returns>The problems found, each with its path, rule, value and message; empty when the object is valid.</returns>
    IReadOnlyList<ValidationProblem> Validate();
}
