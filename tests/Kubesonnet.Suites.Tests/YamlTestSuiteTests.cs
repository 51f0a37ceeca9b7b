using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Kubesonnet.Suites.Tests;

/// <summary>
/// The official yaml-test-suite through the runtime's YAML reader: every valid case reads to its in.json (or to
/// what a documented deviation says), every error case is refused with a <see cref="KubesonnetReadException"/>
/// naming line and column, and no case crashes or hangs.
/// </summary>
public class YamlTestSuiteTests
{
    private static readonly Suite<YamlCase> Cases = new(
        "yaml-test-suite", SuitePaths.YamlTestSuite, () => YamlSuite.Cases(SuitePaths.YamlTestSuite), c => c.Id, YamlSuite.Judge);

    public static IEnumerable<TestCaseData> ValidCases() => Source(c => !c.IsError && c.HasJson, "valid");

    public static IEnumerable<TestCaseData> ErrorCases() => Source(c => c.IsError, "error");

    public static IEnumerable<TestCaseData> NotJsonCases() => Source(c => !c.IsError && !c.HasJson, "not-json");

    [TestCaseSource(nameof(ValidCases))]
    public void Valid(string id)
    {
        Verdict verdict = JudgeOrSkip(id);
        Assert.That(verdict.Outcome, Is.AnyOf(Outcome.Passed, Outcome.Deviation), verdict.Detail);
    }

    [TestCaseSource(nameof(ErrorCases))]
    public void Error(string id)
    {
        Verdict verdict = JudgeOrSkip(id);
        Assert.That(verdict.Outcome, Is.EqualTo(Outcome.Rejected), verdict.Detail);
    }

    [TestCaseSource(nameof(NotJsonCases))]
    public void NotRepresentableInJson(string id)
    {
        // Valid YAML with no JSON form (a collection as a key, ...): read, or refused with a located error.
        Verdict verdict = JudgeOrSkip(id);
        Assert.That(verdict.Outcome, Is.EqualTo(Outcome.NotJson), verdict.Detail);
    }

    [Test]
    public void Summary()
    {
        List<(YamlCase Case, Verdict Verdict)> verdicts = Cases.JudgeAll();
        var report = new StringBuilder();
        report.AppendLine($"yaml-test-suite: {verdicts.Count} cases");
        foreach (IGrouping<Outcome, (YamlCase Case, Verdict Verdict)> group in verdicts.GroupBy(v => v.Verdict.Outcome).OrderBy(g => g.Key))
        {
            report.AppendLine($"  {group.Key,-11} {group.Count(),4}  {string.Join(" ", group.Select(v => v.Case.Id).Take(40))}");
        }

        foreach ((YamlCase yamlCase, Verdict verdict) in verdicts.Where(v => v.Verdict.Outcome is not (Outcome.Passed or Outcome.Rejected)))
        {
            report.AppendLine($"  {verdict.Outcome} {yamlCase.Id}: {verdict.Detail}");
        }

        int valid = verdicts.Count(v => !v.Case.IsError && v.Case.HasJson);
        int passed = verdicts.Count(v => v.Verdict.Outcome == Outcome.Passed);
        int deviations = verdicts.Count(v => v.Verdict.Outcome == Outcome.Deviation);
        int errors = verdicts.Count(v => v.Case.IsError);
        int rejected = verdicts.Count(v => v.Verdict.Outcome == Outcome.Rejected);
        report.AppendLine($"  judged (in.json or error): {valid + errors}; passed as the suite says {passed + rejected}, as documented deviations {deviations}");
        TestContext.Out.WriteLine(report.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(verdicts.Where(v => v.Verdict.Outcome == Outcome.Crashed).Select(v => v.Case.Id), Is.Empty, "crashed or hung");
            Assert.That(verdicts.Where(v => v.Verdict.Outcome == Outcome.Accepted).Select(v => v.Case.Id), Is.Empty, "invalid YAML read as data");
            Assert.That(passed + rejected, Is.GreaterThan(357), "more judged cases passed than YamlDotNet 18.1.0's 357\n" + report);
        });
    }

    private static IEnumerable<TestCaseData> Source(Func<YamlCase, bool> filter, string category) =>
        Cases.Source(category, "yaml-" + category, filter, c => $"{category} {c.Id}: {c.Title}");

    private static Verdict JudgeOrSkip(string id) => Cases.JudgeOrSkip(id);
}
