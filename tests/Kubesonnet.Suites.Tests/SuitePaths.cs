using System;
using System.IO;

namespace Kubesonnet.Suites.Tests;

/// <summary>Where the public suites are (<c>../shared/suites</c> beside the repository, or <c>$KUBESONNET_SHARED/suites</c>).</summary>
internal static class SuitePaths
{
    public const string SharedEnvironmentVariable = "KUBESONNET_SHARED";

    /// <summary>The yaml-test-suite's data folder (one folder per case).</summary>
    public static string YamlTestSuite => Path.Combine(Suites, "yaml-test-suite");

    /// <summary>JSONTestSuite's <c>test_parsing</c> folder (<c>y_</c>, <c>n_</c>, <c>i_</c> files).</summary>
    public static string JsonTestSuite => Path.Combine(Suites, "JSONTestSuite", "test_parsing");

    private static string Suites => Path.Combine(Shared, "suites");

    private static string Shared =>
        Environment.GetEnvironmentVariable(SharedEnvironmentVariable) is { Length: > 0 } shared
            ? shared
            : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));

    /// <summary>
    /// Skips the current test when a suite's folder is absent. The one place the skip is decided and worded: the
    /// same message style as the other tests that read ../shared.
    /// </summary>
    public static void RequireSuite(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            Assert.Ignore($"The {name} is absent: looked for {folder} (set {SharedEnvironmentVariable} to the shared folder).");
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        // A copied test output: no repository above it, so no shared folder beside it either.
        return AppContext.BaseDirectory;
    }
}
