using System;
using System.IO;

namespace Kubesonnet.Schema.Tests;

/// <summary>Where the tests find the repository, the schema file and the shared inputs.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);

    /// <summary>The folder holding Generators.sln or global.json, found by walking up from the test binaries.</summary>
    public static string RepoRoot => LazyRepoRoot.Value;

    public static string SchemaFile => Path.Combine(RepoRoot, "schema", "certificates.k8s.io-v1.json");

    /// <summary>KUBESONNET_SHARED if set, else the repository's sibling folder <c>shared</c>.</summary>
    public static string SharedDirectory => Kubesonnet.Testing.SharedData.Root;

    public static string SeedFile => Path.Combine(SharedDirectory, "seed", "certificateSigningRequest.md");

    /// <summary>KUBESONNET_OPENAPI if set, else Kubernetes' own 1.21.2 document in the shared folder.</summary>
    public static string UpstreamOpenApiFile => Kubesonnet.Testing.SharedData.KubernetesOpenApi;

    private static string FindRepoRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln"))
                || File.Exists(Path.Combine(directory.FullName, "global.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder containing Generators.sln or global.json above {AppContext.BaseDirectory}.");
    }
}
