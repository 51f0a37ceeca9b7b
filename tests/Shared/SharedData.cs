using System;
using System.IO;
using NUnit.Framework;

namespace Kubesonnet.Testing
{
    /// <summary>
    /// The one place the tests find the shared inputs beside the repository (<c>../shared</c>, or
    /// <c>KUBESONNET_SHARED</c>; Kubernetes' document: <c>KUBESONNET_OPENAPI</c>), compiled into every test project that
    /// reads them. A test that needs them calls <see cref="RequireFile"/> or <see cref="RequireDirectory"/>: when the
    /// input is there it writes <see cref="UsedMarker"/> to the test's output, when it is absent the test is skipped
    /// with a message starting with <see cref="MissingPrefix"/>. <c>.ci/run</c> reads both from the test results: with
    /// the shared folder present, a skip with that prefix fails the run, and so does a count of tests that used it
    /// below <c>.ci/shared-tests</c>.
    /// </summary>
    internal static class SharedData
    {
        /// <summary>How every skip for a missing shared input begins (<c>.ci/run</c> looks for it).</summary>
        public const string MissingPrefix = "Needs the shared inputs:";

        /// <summary>Written to a test's output when it read a shared input (<c>.ci/run</c> counts these tests).</summary>
        public const string UsedMarker = "Uses the shared inputs:";

        public const string SharedVariable = "KUBESONNET_SHARED";

        public const string OpenApiVariable = "KUBESONNET_OPENAPI";

        private static readonly Lazy<string> s_repositoryRoot = new Lazy<string>(FindRepositoryRoot);

        /// <summary>The folder holding <c>Generators.sln</c>, found by walking up from the test binaries.</summary>
        public static string RepositoryRoot => s_repositoryRoot.Value;

        /// <summary><c>KUBESONNET_SHARED</c> if set, else the folder <c>shared</c> beside the repository.</summary>
        public static string Root =>
            Environment.GetEnvironmentVariable(SharedVariable) is { Length: > 0 } shared
                ? Path.GetFullPath(shared)
                : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

        /// <summary>Kubernetes' v1.21.2 OpenAPI document: <c>KUBESONNET_OPENAPI</c> if set, else in <see cref="Root"/>.</summary>
        public static string KubernetesOpenApi =>
            Environment.GetEnvironmentVariable(OpenApiVariable) is { Length: > 0 } path
                ? Path.GetFullPath(path)
                : Path.Combine(Root, "kubernetes", "swagger-v1.21.2.json");

        /// <summary>A path under <see cref="Root"/>, whether it exists or not.</summary>
        public static string PathOf(params string[] relative) => Path.Combine(Root, Path.Combine(relative));

        /// <summary>The file at <paramref name="path"/>, or the test is skipped saying that <paramref name="what"/> is absent.</summary>
        public static string RequireFile(string path, string what)
        {
            if (!File.Exists(path))
            {
                Skip(what, path);
            }

            Used(what);
            return path;
        }

        /// <summary>The folder at <paramref name="path"/>, or the test is skipped saying that <paramref name="what"/> is absent.</summary>
        public static string RequireDirectory(string path, string what)
        {
            if (!Directory.Exists(path))
            {
                Skip(what, path);
            }

            Used(what);
            return path;
        }

        /// <summary>Marks the running test as one that read a shared input (for the count <c>.ci/run</c> checks).</summary>
        public static void Used(string what) => TestContext.Out.WriteLine(UsedMarker + " " + what);

        /// <summary>Skips the running test: <paramref name="what"/> is not at <paramref name="path"/>.</summary>
        public static void Skip(string what, string path) =>
            Assert.Ignore(MissingPrefix + " " + what + " is not at " + path + " (set " + SharedVariable + " to the shared folder"
                + (path == KubernetesOpenApi ? ", or " + OpenApiVariable + " to the document" : string.Empty) + ").");

        private static string FindRepositoryRoot()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No Generators.sln above " + AppContext.BaseDirectory);
        }
    }
}
