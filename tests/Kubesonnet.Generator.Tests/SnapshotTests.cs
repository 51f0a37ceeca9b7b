using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class SnapshotTests
    {
        [Test]
        public void CertificatesSchemaGeneratesTheSnapshottedFiles()
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());

            Assert.That(diagnostics, Is.Empty);
            GeneratorRunResult run = result.Results.Single();
            Assert.That(run.Exception, Is.Null);
            Assert.That(run.Diagnostics, Is.Empty);
            Snapshots.Verify("Certificates", run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
        }
    }
}
