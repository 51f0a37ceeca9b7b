using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kubesonnet.Validation;

namespace Kubesonnet;

// Validation of several manifests, and the writers' validate: true.
public static partial class Manifests
{
    /// <summary>
    /// Checks typed manifests against their schemas (each item's <c>Validate()</c>); each problem says which
    /// manifest it is of (<see cref="ValidationProblem.Document"/>, 0-based).
    /// </summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <returns>The problems of every manifest, in order; empty when all are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationProblem> Validate<T>(IEnumerable<T> items)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(items);
        var problems = new List<ValidationProblem>();
        int document = 0;
        foreach (T item in items)
        {
            foreach (ValidationProblem problem in item.Validate())
            {
                problems.Add(problem.InDocument(document));
            }

            document++;
        }

        return problems;
    }

    /// <summary>
    /// Checks manifests of any kinds (a file read with <see cref="Read(string)"/>) against the schemas of the
    /// kinds given (<c>Deployment.ValidationSchema</c>, …), each manifest against the schema whose
    /// <c>apiVersion</c> and <c>kind</c> it has. A manifest of none of them is reported with the rule
    /// <c>kind</c>, as not checked.
    /// </summary>
    /// <param name="manifests">The manifests, in order.</param>
    /// <param name="kinds">The schemas of the kinds to check (generated kinds' <c>ValidationSchema</c>).</param>
    /// <returns>The problems of every manifest, each with its <see cref="ValidationProblem.Document"/> (0-based); empty when all are valid.</returns>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A schema is not a kind's.</exception>
    public static IReadOnlyList<ValidationProblem> Validate(IEnumerable<Patch> manifests, params ValidationSchema[] kinds)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        ArgumentNullException.ThrowIfNull(kinds);
        var byKind = new Dictionary<(string, string), ValidationSchema>();
        foreach (ValidationSchema schema in kinds)
        {
            ArgumentNullException.ThrowIfNull(schema, nameof(kinds));
            if (schema.ApiVersion is null || schema.Kind is null)
            {
                throw new ArgumentException("A schema given is not a kind's: pass the ValidationSchema of generated kinds (Deployment.ValidationSchema).", nameof(kinds));
            }

            byKind.TryAdd((schema.ApiVersion, schema.Kind), schema);
        }

        var problems = new List<ValidationProblem>();
        int document = 0;
        foreach (Patch manifest in manifests)
        {
            ArgumentNullException.ThrowIfNull(manifest, nameof(manifests));
            string apiVersion = manifest.TopLevelString("apiVersion") ?? "";
            string kind = manifest.TopLevelString("kind") ?? "";
            if (byKind.TryGetValue((apiVersion, kind), out ValidationSchema? schema))
            {
                foreach (ValidationProblem problem in schema.Validate(manifest))
                {
                    problems.Add(problem.InDocument(document));
                }
            }
            else
            {
                string value = "{\"apiVersion\":" + Validator.ValueText(apiVersion) + ",\"kind\":" + Validator.ValueText(kind) + "}";
                problems.Add(new ValidationProblem("", "kind", value, "not checked: no schema was given for apiVersion " + apiVersion + ", kind " + kind, isChecked: false, document));
            }

            document++;
        }

        return problems;
    }

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c> (<see cref="ToJsonList{T}(IEnumerable{T}, bool)"/>), after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="validate">Check every manifest first (<see cref="Validate{T}(IEnumerable{T})"/>) and write nothing when one has a problem.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema.</exception>
    public static string ToJsonList<T>(IEnumerable<T> items, bool indented, bool validate)
        where T : struct, IPatch<T>, IValidatable => ToJsonList(Checked(items, validate), indented);

    /// <summary>Writes typed manifests as a YAML stream (<see cref="ToYamlStream{T}(IEnumerable{T})"/>), after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="validate">Check every manifest first and write nothing when one has a problem.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema.</exception>
    public static string ToYamlStream<T>(IEnumerable<T> items, bool validate)
        where T : struct, IPatch<T>, IValidatable => ToYamlStream(Checked(items, validate));

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c> to a stream, after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="validate">Check every manifest first and write nothing when one has a problem.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema.</exception>
    public static void WriteJsonList<T>(IEnumerable<T> items, Stream stream, bool indented, bool validate)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteJsonList(Checked(items, validate), stream, indented);
    }

    /// <summary>Writes typed manifests as a YAML stream to a stream, after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="validate">Check every manifest first and write nothing when one has a problem.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema.</exception>
    public static void WriteYamlStream<T>(IEnumerable<T> items, Stream stream, bool validate)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteYamlStream(Checked(items, validate), stream);
    }

    /// <summary>Writes typed manifests as a <c>v1</c> <c>List</c> to a stream asynchronously, after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="validate">Check every manifest first and write nothing when one has a problem.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema (thrown before the task starts).</exception>
    public static Task WriteJsonListAsync<T>(IEnumerable<T> items, Stream stream, bool indented, bool validate, CancellationToken cancellationToken = default)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteJsonListAsync(Checked(items, validate), stream, indented, cancellationToken);
    }

    /// <summary>Writes typed manifests as a YAML stream to a stream asynchronously, after checking them when <paramref name="validate"/> is <see langword="true"/>.</summary>
    /// <typeparam name="T">A generated type.</typeparam>
    /// <param name="items">The manifests, in order.</param>
    /// <param name="stream">The stream; written to, not flushed or closed.</param>
    /// <param name="validate">Check every manifest first and write nothing when one has a problem.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the stream has taken the bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A manifest does not meet its schema (thrown before the task starts).</exception>
    public static Task WriteYamlStreamAsync<T>(IEnumerable<T> items, Stream stream, bool validate, CancellationToken cancellationToken = default)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteYamlStreamAsync(Checked(items, validate), stream, cancellationToken);
    }

    // The items as patches; with validate, all checked first (so nothing is written when one fails).
    private static IEnumerable<Patch> Checked<T>(IEnumerable<T> items, bool validate)
        where T : struct, IPatch<T>, IValidatable
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!validate)
        {
            return Patches(items);
        }

        var list = new List<T>(items);
        IReadOnlyList<ValidationProblem> problems = Validate(list);
        foreach (ValidationProblem problem in problems)
        {
            if (problem.Checked)
            {
                throw new KubesonnetValidationException(problems);
            }
        }

        return Patches(list);
    }
}
