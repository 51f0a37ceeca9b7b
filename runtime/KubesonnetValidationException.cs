using System;
using System.Collections.Generic;
using System.Linq;

namespace Kubesonnet;

/// <summary>
/// Thrown by a writer called with <c>validate: true</c> when the manifest does not meet its schema: nothing is
/// written. <see cref="Problems"/> lists every problem found (rules that were not checked included, for the
/// record; they alone never cause the exception).
/// </summary>
public sealed class KubesonnetValidationException : Exception
{
    private const int ListedInMessage = 20;

    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="problems">The problems; at least one is <see cref="ValidationProblem.Checked"/>.</param>
    public KubesonnetValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        List<ValidationProblem> found = problems.Where(p => p.Checked).ToList();
        string head = found.Count == 1
            ? "The manifest does not meet its schema: "
            : "The manifest does not meet its schema (" + found.Count + " problems): ";
        string list = string.Join("; ", found.Take(ListedInMessage).Select(p => p.ToString()));
        return head + list + (found.Count > ListedInMessage ? "; …" : ".");
    }
}
