using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kubesonnet.Benchmarks
{
    /// <summary>The schema files the benchmarks read: the project's own, and Kubernetes' v1.21.2 document beside the repository.</summary>
    internal static class Inputs
    {
        public static string RepositoryRoot
        {
            get
            {
                for (DirectoryInfo? d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "Generators.sln")))
                    {
                        return d.FullName;
                    }
                }

                // BenchmarkDotNet runs a copy of the benchmarks from bin/…/<job>/; the working directory is the repository.
                return Directory.GetCurrentDirectory();
            }
        }

        public static string Certificates => Path.Combine(RepositoryRoot, "schema", "certificates.k8s.io-v1.json");

        public static string Kubernetes =>
            Environment.GetEnvironmentVariable("KUBESONNET_OPENAPI") is { Length: > 0 } path
                ? path
                : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "kubernetes", "swagger-v1.21.2.json"));

        public static AdditionalText Text(string path) =>
            File.Exists(path)
                ? new InMemoryText(path, File.ReadAllText(path))
                : throw new FileNotFoundException("Benchmark input not found; set KUBESONNET_OPENAPI.", path);

        private sealed class InMemoryText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
