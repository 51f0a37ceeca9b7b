using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Kubesonnet.Package.Tests;

/// <summary>
/// The README's first command, <c>dotnet run --project samples/CertificateRequest</c>, run as a user runs it from the
/// repository, and what it prints compared whole with <c>samples/CertificateRequest/output.yaml</c> (committed and
/// reviewed: the CertificateSigningRequest of Program.cs, then its cert-manager Certificate).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SampleTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    [Test]
    public async Task TheReadmesFirstCommandPrintsTheCommittedManifestsAsync()
    {
        string repository = FindRepository();
        string expected = File.ReadAllText(Path.Combine(repository, "samples", "CertificateRequest", "output.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);

        CommandResult run = await DotnetCommand.RunAsync(repository, RunTimeout, null, "run", "--project", "samples/CertificateRequest").ConfigureAwait(false);

        Assert.That(run.Succeeded, Is.True, "the sample must build and run:" + run.Describe());
        Assert.That(expected, Does.StartWith("apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\n").And.Contain("\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\n"));
        Assert.That(run.StandardOutput, Is.EqualTo(expected), run.Describe());
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? directory = new(TestContext.CurrentContext.TestDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Generators.sln above " + TestContext.CurrentContext.TestDirectory);
    }
}
