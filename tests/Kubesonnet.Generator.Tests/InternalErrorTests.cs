using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// KSN901's promise (README, Diagnostics and Hostile input): an internal failure loses one file, or one type, never
    /// the build. No input is known to make a stage throw (the fuzzer looks for one), so each stage is made to throw
    /// through <see cref="TestSeam"/>, an internal hook only the tests reach, for one file or type at a time.
    /// </summary>
    public class InternalErrorTests
    {
        // What the certificates schema generates: the files of its committed snapshots (SnapshotTests keeps them so).
        private static readonly string[] s_certificateFiles = Directory
            .GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "Kubesonnet.Generator.Tests", "Snapshots", "Certificates"), "*.g.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToArray();

        [TearDown]
        public void NoFault() => TestSeam.Fault.Value = null;

        [Test]
        public void AFileThatFailsToLoadIsLostAloneWithKsn901()
        {
            AdditionalText crontab = CrdTests.Crd("crontab.yaml");
            TestSeam.Fault.Value = (stage, argument) => stage == TestSeam.Load && argument == crontab.Path;

            var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile(), crontab);

            GeneratorRunResult run = result.Results.Single();
            Assert.That(run.Exception, Is.Null, "no exception escapes the generator");
            Diagnostic failure = diagnostics.Single();
            Assert.That(failure.Id, Is.EqualTo("KSN901"));
            Assert.That(failure.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(failure.GetMessage(), Does.Contain("failed on '" + crontab.Path + "'").And.Contain("InvalidOperationException"));

            // The other file is generated whole, and compiles.
            Assert.That(run.GeneratedSources.Select(s => s.HintName), Is.EquivalentTo(s_certificateFiles));
            Assert.That(CompilerErrors(output), Is.Empty);
        }

        [Test]
        public void ATypeThatFailsToEmitIsLostAloneWithKsn901()
        {
            const string Lost = "Certificates.V1.CertificateSigningRequestCondition.g.cs";
            TestSeam.Fault.Value = (stage, argument) => stage == TestSeam.Emit && argument == Lost;

            var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());

            GeneratorRunResult run = result.Results.Single();
            Assert.That(run.Exception, Is.Null, "no exception escapes the generator (it would drop every file: CS8785)");
            Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN901" }));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostics[0].GetMessage(), Does.Contain("failed on '" + TestPaths.CertificatesSchema + "'"));

            // Every other type is there; what is missing is only the lost type, where another type refers to it.
            Assert.That(run.GeneratedSources.Select(s => s.HintName), Is.EquivalentTo(s_certificateFiles.Where(f => f != Lost)));
            string[] errors = CompilerErrors(output);
            Assert.That(errors, Is.Not.Empty);
            Assert.That(errors, Has.All.Contain("CertificateSigningRequestCondition"));
        }

        [Test]
        public void APlanThatFailsLosesTheGeneratedCodeButNotTheBuild()
        {
            AdditionalText crontab = CrdTests.Crd("crontab.yaml");
            TestSeam.Fault.Value = (stage, _) => stage == TestSeam.Plan;

            var (result, output, diagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile(), crontab);

            GeneratorRunResult run = result.Results.Single();
            Assert.That(run.Exception, Is.Null);
            Diagnostic failure = diagnostics.Single();
            Assert.That(failure.Id, Is.EqualTo("KSN901"));
            Assert.That(failure.GetMessage(), Does.Contain("crontab.yaml").And.Contain("certificates.k8s.io-v1.json"));
            Assert.That(run.GeneratedSources, Is.Empty);

            // The project's own code still compiles: the build goes on, with the error above.
            Assert.That(CompilerErrors(output), Is.Empty);
        }

        [Test]
        public void WithoutAFaultTheSeamChangesNothing()
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());

            Assert.That(s_certificateFiles, Has.Length.GreaterThan(5));
            Assert.That(diagnostics, Is.Empty);
            Assert.That(result.Results.Single().GeneratedSources.Select(s => s.HintName), Is.EquivalentTo(s_certificateFiles));
        }

        private static string[] CompilerErrors(Compilation output) =>
            output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();
    }
}
