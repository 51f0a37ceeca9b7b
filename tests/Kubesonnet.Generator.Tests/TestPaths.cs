using System;
using System.IO;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Where the tests find the repository, the project's schema and the shared material beside the repository.</summary>
    internal static class TestPaths
    {
        private static readonly Lazy<string> s_repositoryRoot = new Lazy<string>(FindRepositoryRoot);

        /// <summary>The folder holding <c>Generators.sln</c>.</summary>
        public static string RepositoryRoot => s_repositoryRoot.Value;

        /// <summary>The project's own certificates.k8s.io/v1 schema.</summary>
        public static string CertificatesSchema => Path.Combine(RepositoryRoot, "schema", "certificates.k8s.io-v1.json");

        /// <summary>The shared folder beside the repository (or <c>KUBESONNET_SHARED</c>).</summary>
        public static string Shared => Kubesonnet.Testing.SharedData.Root;

        /// <summary>The user's seed document.</summary>
        public static string Seed => Path.Combine(Shared, "seed", "certificateSigningRequest.md");

        /// <summary>The real Kubernetes v1.21.2 OpenAPI document (or <c>KUBESONNET_OPENAPI</c>).</summary>
        public static string KubernetesOpenApi => Kubesonnet.Testing.SharedData.KubernetesOpenApi;

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
