using System;
using System.Collections.Generic;
using System.Linq;

namespace Kubesonnet.Suites.Tests;

/// <summary>
/// What the tests of both suites share: the suite's cases, found once; one test case per suite case and category
/// (where the suite is absent, one per category that says so, skipped with the shared-inputs message); a case judged
/// on its own, or every case for the summary.
/// </summary>
/// <typeparam name="TCase">A case of the suite: a yaml-test-suite folder, a JSONTestSuite file name.</typeparam>
internal sealed class Suite<TCase>
    where TCase : notnull
{
    private readonly string _name;
    private readonly string _folder;
    private readonly Lazy<List<TCase>> _cases;
    private readonly Func<TCase, string> _id;
    private readonly Func<TCase, Verdict> _judge;

    /// <param name="name">The suite's name, for messages: <c>yaml-test-suite</c>.</param>
    /// <param name="folder">Where the suite's cases are (absent: every test skips).</param>
    /// <param name="find">The cases, in a stable order; none when the folder is absent.</param>
    /// <param name="id">What a test case passes to its test, and finds its suite case by.</param>
    /// <param name="judge">What became of a case.</param>
    public Suite(string name, string folder, Func<IEnumerable<TCase>> find, Func<TCase, string> id, Func<TCase, Verdict> judge)
    {
        _name = name;
        _folder = folder;
        _cases = new Lazy<List<TCase>>(() => find().ToList());
        _id = id;
        _judge = judge;
    }

    /// <summary>
    /// The test cases of the suite cases <paramref name="filter"/> takes, in <paramref name="category"/>, named by
    /// <paramref name="testName"/>; where the suite is absent, one named "<paramref name="label"/>: (suite) absent".
    /// </summary>
    public IEnumerable<TestCaseData> Source(string label, string category, Func<TCase, bool> filter, Func<TCase, string> testName)
    {
        if (_cases.Value.Count == 0)
        {
            yield return new TestCaseData("absent").SetName($"{label}: {_name} absent").SetCategory(category);
            yield break;
        }

        foreach (TCase suiteCase in _cases.Value.Where(filter))
        {
            yield return new TestCaseData(_id(suiteCase)).SetName(testName(suiteCase)).SetCategory(category);
        }
    }

    /// <summary>The verdict on the case <paramref name="id"/>; the test is skipped when the suite is absent.</summary>
    public Verdict JudgeOrSkip(string id)
    {
        SuitePaths.RequireSuite(_folder, _name);
        return _judge(_cases.Value.Single(c => _id(c) == id));
    }

    /// <summary>The verdict on every case, in order; the test is skipped when the suite is absent.</summary>
    public List<(TCase Case, Verdict Verdict)> JudgeAll()
    {
        SuitePaths.RequireSuite(_folder, _name);
        return _cases.Value.Select(c => (c, _judge(c))).ToList();
    }
}
