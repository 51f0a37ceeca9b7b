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

        [Test]
        public void TheVersionTheSnapshotsScrubIsTheGeneratorAssemblysVersion()
        {
            // Snapshots hold "{version}"; the generated text holds the version of the generator's assembly, without a source revision.
            var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());
            string version = typeof(KubesonnetGenerator).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];
            string source = result.Results.Single().GeneratedSources.First().SourceText.ToString();

            Assert.That(version, Does.Match("^[0-9]+\\.[0-9]+\\.[0-9]+"));
            Assert.That(source, Does.Contain("[global::System.CodeDom.Compiler.GeneratedCode(\"Kubesonnet.Generator\", \"" + version + "\")]"));
            Assert.That(Snapshots.Scrub(source), Does.Contain("GeneratedCode(\"Kubesonnet.Generator\", \"{version}\")").And.Not.Contain("\"" + version + "\")]"));
        }
    }
}
