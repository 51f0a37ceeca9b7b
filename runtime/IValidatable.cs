using System.Collections.Generic;

namespace Kubesonnet;

/// <summary>A generated type that knows its schema's constraints: every generated type implements it.</summary>
public interface IValidatable
{
    /// <summary>
    /// Checks the manifest, as it renders, against the constraints of its schema; see
    /// <see cref="Validation.ValidationSchema.Validate(Patch)"/>.
    /// </summary>
    /// <returns>The problems found, in document order; empty when the manifest is valid.</returns>
    IReadOnlyList<ValidationProblem> Validate();
}
