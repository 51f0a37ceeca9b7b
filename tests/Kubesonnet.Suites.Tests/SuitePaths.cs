using Kubesonnet.Testing;

namespace Kubesonnet.Suites.Tests;

/// <summary>Where the public suites are: <c>suites/</c> in the shared folder (<see cref="SharedData.Root"/>).</summary>
internal static class SuitePaths
{
    /// <summary>The yaml-test-suite's data folder (one folder per case).</summary>
    public static string YamlTestSuite => SharedData.PathOf("suites", "yaml-test-suite");

    /// <summary>JSONTestSuite's <c>test_parsing</c> folder (<c>y_</c>, <c>n_</c>, <c>i_</c> files).</summary>
    public static string JsonTestSuite => SharedData.PathOf("suites", "JSONTestSuite", "test_parsing");

    /// <summary>
    /// Skips the current test when a suite's folder is absent, with the shared-inputs message every test that reads
    /// ../shared uses (so that .ci/run fails on it when the shared folder is there), and marks the test as one that
    /// read it.
    /// </summary>
    public static void RequireSuite(string folder, string name) => SharedData.RequireDirectory(folder, "the " + name);
}
