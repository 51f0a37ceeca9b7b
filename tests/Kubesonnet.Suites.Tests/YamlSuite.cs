using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kubesonnet.Internal;

namespace Kubesonnet.Suites.Tests;

/// <summary>What became of one suite case.</summary>
internal enum Outcome
{
    /// <summary>Valid YAML read to the suite's in.json.</summary>
    Passed,

    /// <summary>Valid YAML read as Kubesonnet's documented rules say, where they differ from the core schema.</summary>
    Deviation,

    /// <summary>Valid YAML read to another value.</summary>
    WrongValue,

    /// <summary>Valid YAML refused.</summary>
    Refused,

    /// <summary>Invalid YAML (or JSON) refused with a <see cref="KubesonnetReadException"/> naming line and column.</summary>
    Rejected,

    /// <summary>Invalid text read as data.</summary>
    Accepted,

    /// <summary>Valid YAML that JSON cannot represent (the suite has no in.json): read, or refused with a reason.</summary>
    NotJson,

    /// <summary>Any other exception, or no answer within the guard.</summary>
    Crashed,
}

/// <summary>One case of the yaml-test-suite (a folder, or a numbered sub-folder of one).</summary>
internal sealed record YamlCase(string Id, string Folder)
{
    public bool IsError => File.Exists(Path.Combine(Folder, "error"));

    public bool HasJson => File.Exists(Path.Combine(Folder, "in.json"));

    public string Title => File.Exists(Path.Combine(Folder, "===")) ? File.ReadAllText(Path.Combine(Folder, "===")).Trim() : Id;

    public override string ToString() => Id;
}

/// <summary>A case's verdict and what explains it.</summary>
internal sealed record Verdict(Outcome Outcome, string Detail);

/// <summary>
/// Runs yaml-test-suite cases through the runtime's YAML reader (every document kept, whatever its root) and judges
/// them against the suite and <see cref="YamlDeviations"/>.
/// </summary>
internal static class YamlSuite
{
    // A reader that loops would hang the run: each case gets this long, far more than any case needs.
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static IEnumerable<YamlCase> Cases(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (string folder in Directory.GetDirectories(root).OrderBy(f => f, StringComparer.Ordinal))
        {
            string name = Path.GetFileName(folder);
            if (File.Exists(Path.Combine(folder, "in.yaml")))
            {
                yield return new YamlCase(name, folder);
                continue;
            }

            foreach (string sub in Directory.GetDirectories(folder).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(sub, "in.yaml")))
                {
                    yield return new YamlCase(name + "/" + Path.GetFileName(sub), sub);
                }
            }
        }
    }

    /// <summary>
    /// Runs a read on another thread; false when it gives no answer within the guard (a hang), else its result or
    /// the exception it threw.
    /// </summary>
    public static bool Guarded<T>(Func<T> read, out T? result, out Exception? error)
        where T : class
    {
        Task<(T? Result, Exception? Error)> reading = Task.Run(() =>
        {
            try
            {
                return (read(), (Exception?)null);
            }
            catch (Exception e)
            {
                return ((T?)null, e);
            }
        });

        if (!reading.Wait(Guard))
        {
            (result, error) = (null, null);
            return false;
        }

        (result, error) = reading.Result;
        return true;
    }

    /// <summary>Reads a YAML text as the runtime does, every document kept; the roots as JSON.</summary>
    public static List<JsonNode?> Read(string text)
    {
        var context = new ReadContext(text);
        YamlReader.Read(text, context, keepEmptyDocuments: true);
        return context.Documents.Select(d => JsonNode.Parse(JsonText.Write(d.Root, indented: false))).ToList();
    }

    public static Verdict Judge(YamlCase yamlCase)
    {
        string text = File.ReadAllText(Path.Combine(yamlCase.Folder, "in.yaml"), new UTF8Encoding(false));
        if (!Guarded(() => Read(text), out List<JsonNode?>? documents, out Exception? error))
        {
            return new Verdict(Outcome.Crashed, $"no answer within {Guard.TotalSeconds} s");
        }

        if (error is not null and not KubesonnetReadException)
        {
            return new Verdict(Outcome.Crashed, error.GetType().Name + ": " + error.Message);
        }

        var readError = error as KubesonnetReadException;
        if (readError is not null && (readError.Line < 1 || readError.Column < 1))
        {
            return new Verdict(Outcome.Crashed, "the error names no line and column: " + readError.Message);
        }

        if (yamlCase.IsError)
        {
            return readError is not null
                ? new Verdict(Outcome.Rejected, readError.Message)
                : new Verdict(Outcome.Accepted, "read as " + Show(documents!));
        }

        YamlDeviations.Known.TryGetValue(yamlCase.Id, out Deviation? deviation);
        if (!yamlCase.HasJson)
        {
            return new Verdict(Outcome.NotJson, readError?.Message ?? "read as " + Show(documents!));
        }

        List<JsonNode?> expected = ReadJsonStream(File.ReadAllBytes(Path.Combine(yamlCase.Folder, "in.json")));
        if (deviation is not null)
        {
            return deviation.Check(documents, readError)
                ? new Verdict(Outcome.Deviation, deviation.Rule)
                : new Verdict(readError is null ? Outcome.WrongValue : Outcome.Refused, $"the deviation ({deviation.Rule}) did not hold: " + (readError?.Message ?? Show(documents!)));
        }

        if (readError is not null)
        {
            return new Verdict(Outcome.Refused, readError.Message);
        }

        return SameDocuments(expected, documents!)
            ? new Verdict(Outcome.Passed, string.Empty)
            : new Verdict(Outcome.WrongValue, $"expected {Show(expected)}, read {Show(documents!)}");
    }

    /// <summary>A stream of JSON values, one after another (the suite's in.json for a multi-document stream).</summary>
    public static List<JsonNode?> ReadJsonStream(byte[] utf8)
    {
        var values = new List<JsonNode?>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 1000 });
        while (reader.Read())
        {
            values.Add(JsonNode.Parse(ref reader));
        }

        return values;
    }

    public static bool SameDocuments(IReadOnlyList<JsonNode?> expected, IReadOnlyList<JsonNode?> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => Same(p.First, p.Second));

    /// <summary>Structural equality; objects ignore key order, numbers compare by value (1.0 is 1).</summary>
    public static bool Same(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out JsonNode? other) && Same(p.Value, other));
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
            case (JsonValue x, JsonValue y):
                JsonValueKind kind = x.GetValueKind();
                if (kind != y.GetValueKind())
                {
                    return false;
                }

                return kind switch
                {
                    JsonValueKind.String => x.GetValue<string>() == y.GetValue<string>(),
                    JsonValueKind.Number => SameNumber(x.ToJsonString(), y.ToJsonString()),
                    _ => true,
                };
            default:
                return false;
        }
    }

    private static bool SameNumber(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal x)
        && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal y)
            ? x == y
            : double.Parse(a, CultureInfo.InvariantCulture) == double.Parse(b, CultureInfo.InvariantCulture);

    public static string Show(IReadOnlyList<JsonNode?> documents) =>
        string.Join(" ", documents.Select(d => d?.ToJsonString() ?? "null"));
}
