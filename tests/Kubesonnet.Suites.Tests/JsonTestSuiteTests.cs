using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kubesonnet.Internal;

namespace Kubesonnet.Suites.Tests;

/// <summary>
/// JSONTestSuite (nst) through the runtime's JSON reader, one JSON text per file: every <c>y_</c> file is read (to
/// the value System.Text.Json reads, where it can), every <c>n_</c> file is refused with a
/// <see cref="KubesonnetReadException"/> naming line and column, and no file (<c>i_</c> included) crashes or hangs.
/// </summary>
public class JsonTestSuiteTests
{
    // RFC 8259 lets a JSON object repeat a name ("SHOULD be unique"); Kubesonnet refuses a repeated key in JSON as
    // in YAML (which forbids it), naming where: a manifest with "kind" twice is a mistake (docs/reading-yaml.md).
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["y_object_duplicated_key.json"] = "duplicate key \"a\"",
        ["y_object_duplicated_key_and_value.json"] = "duplicate key \"a\"",
    };

    private static readonly Suite<string> Files = new(
        "JSONTestSuite",
        SuitePaths.JsonTestSuite,
        () => Directory.Exists(SuitePaths.JsonTestSuite)
            ? Directory.GetFiles(SuitePaths.JsonTestSuite, "*.json").Select(Path.GetFileName).OfType<string>().OrderBy(f => f, StringComparer.Ordinal)
            : Enumerable.Empty<string>(),
        f => f,
        Judge);

    public static IEnumerable<TestCaseData> Accepted() => Source("y_");

    public static IEnumerable<TestCaseData> Rejected() => Source("n_");

    public static IEnumerable<TestCaseData> EitherWay() => Source("i_");

    [TestCaseSource(nameof(Accepted))]
    public void Valid(string file)
    {
        Verdict verdict = JudgeOrSkip(file);
        Assert.That(verdict.Outcome, Is.AnyOf(Outcome.Passed, Outcome.Deviation), verdict.Detail);
    }

    [TestCaseSource(nameof(Rejected))]
    public void Invalid(string file)
    {
        Verdict verdict = JudgeOrSkip(file);
        Assert.That(verdict.Outcome, Is.EqualTo(Outcome.Rejected), verdict.Detail);
    }

    [TestCaseSource(nameof(EitherWay))]
    public void ImplementationDefined(string file)
    {
        Verdict verdict = JudgeOrSkip(file);
        Assert.That(verdict.Outcome, Is.Not.EqualTo(Outcome.Crashed), verdict.Detail);
    }

    [Test]
    public void Summary()
    {
        List<(string File, Verdict Verdict)> verdicts = Files.JudgeAll();
        var report = new StringBuilder();
        foreach (string prefix in new[] { "y_", "n_", "i_" })
        {
            var group = verdicts.Where(v => v.File.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            report.AppendLine($"{prefix}: {group.Count} files; " + string.Join(", ", group.GroupBy(v => v.Verdict.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        }

        foreach ((string file, Verdict verdict) in verdicts.Where(v => v.Verdict.Outcome is not (Outcome.Passed or Outcome.Rejected) || v.File.StartsWith("i_", StringComparison.Ordinal)))
        {
            report.AppendLine($"  {verdict.Outcome} {file}: {verdict.Detail}");
        }

        TestContext.Out.WriteLine(report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Where(v => v.File.StartsWith("y_", StringComparison.Ordinal) && v.Verdict.Outcome is not (Outcome.Passed or Outcome.Deviation)).Select(v => v.File), Is.Empty, "y_ files not read as JSON says");
            Assert.That(verdicts.Where(v => v.File.StartsWith("n_", StringComparison.Ordinal) && v.Verdict.Outcome != Outcome.Rejected).Select(v => v.File), Is.Empty, "n_ files not refused");
            Assert.That(verdicts.Where(v => v.Verdict.Outcome == Outcome.Crashed).Select(v => v.File), Is.Empty, "crashed or hung");
        });
    }

    private static Verdict Judge(string file)
    {
        byte[] utf8 = File.ReadAllBytes(Path.Combine(SuitePaths.JsonTestSuite, file));
        bool answered = YamlSuite.Guarded(
            () =>
            {
                var context = new ReadContext(utf8);
                JsonInput.ReadText(utf8, context);
                return JsonText.Write(context.Documents.Single().Root, indented: false);
            },
            out string? json,
            out Exception? error);
        if (!answered)
        {
            return new Verdict(Outcome.Crashed, $"no answer within {YamlSuite.Guard.TotalSeconds} s");
        }
        if (error is KubesonnetReadException deviation && Deviations.TryGetValue(file, out string? expectedReason))
        {
            return deviation.Message.Contains(expectedReason, StringComparison.Ordinal)
                ? new Verdict(Outcome.Deviation, "refused as documented: " + deviation.Message)
                : new Verdict(Outcome.Refused, deviation.Message);
        }

        if (error is KubesonnetReadException { Line: >= 1, Column: >= 1 } readError)
        {
            return new Verdict(file.StartsWith("n_", StringComparison.Ordinal) || file.StartsWith("i_", StringComparison.Ordinal) ? Outcome.Rejected : Outcome.Refused, readError.Message);
        }

        if (error is not null)
        {
            return new Verdict(Outcome.Crashed, error.GetType().Name + ": " + error.Message);
        }

        if (file.StartsWith("n_", StringComparison.Ordinal))
        {
            return new Verdict(Outcome.Accepted, "read as " + json);
        }

        // The value read is the value System.Text.Json reads, where it can read it (it refuses unpaired surrogates).
        try
        {
            JsonNode? expected = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = 1000 });
            return YamlSuite.Same(expected, JsonNode.Parse(json!))
                ? new Verdict(Outcome.Passed, string.Empty)
                : new Verdict(Outcome.WrongValue, $"expected {expected?.ToJsonString()}, read {json}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return new Verdict(Outcome.Passed, "read; System.Text.Json cannot compare it: " + e.Message);
        }
    }

    private static IEnumerable<TestCaseData> Source(string prefix) =>
        Files.Source(prefix, "json-" + prefix.TrimEnd('_'), f => f.StartsWith(prefix, StringComparison.Ordinal), f => f);

    private static Verdict JudgeOrSkip(string file) => Files.JudgeOrSkip(file);
}
