using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

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
            // Two folders, one per scenario: the kind and its own definitions, and apimachinery's ObjectMeta as a
            // document defines it (the built-in one CRDs use is Snapshots/Crds/BuiltInMeta).
            var sources = run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
            Snapshots.Verify("Certificates/CertificateSigningRequest", sources.Where(s => !IsMeta(s.Key)).ToDictionary(s => s.Key, s => s.Value));
            Snapshots.Verify("Certificates/Meta", sources.Where(s => IsMeta(s.Key)).ToDictionary(s => s.Key, s => s.Value));
        }

        private static bool IsMeta(string hintName) => hintName.StartsWith("Meta.V1.", StringComparison.Ordinal);

        [Test]
        public void UnderCiTheUpdateModeFailsInsteadOfRewriting()
        {
            // A folder no test uses: were the update mode not refused, it would be written (and is removed below).
            const string folder = "UnderCiNeverWritten";
            string directory = Path.Combine(TestPaths.RepositoryRoot, "tests", "Kubesonnet.Generator.Tests", "Snapshots", folder);
            string? update = Environment.GetEnvironmentVariable(Snapshots.UpdateVariable);
            string? ci = Environment.GetEnvironmentVariable("CI");
            ResultState state;
            try
            {
                Environment.SetEnvironmentVariable(Snapshots.UpdateVariable, "1");
                Environment.SetEnvironmentVariable("CI", "true");
                using (new TestExecutionContext.IsolatedContext())
                {
                    try
                    {
                        Snapshots.Verify(folder, new Dictionary<string, string> { ["A.g.cs"] = "class A { }" });
                    }
                    catch (AssertionException)
                    {
                    }

                    state = TestExecutionContext.CurrentContext.CurrentResult.ResultState;
                }
            }
            finally
            {
                Environment.SetEnvironmentVariable(Snapshots.UpdateVariable, update);
                Environment.SetEnvironmentVariable("CI", ci);
                bool written = Directory.Exists(directory);
                if (written)
                {
                    Directory.Delete(directory, recursive: true);
                }

                Assert.That(written, Is.False, "the update mode wrote snapshots under CI=true");
            }

            Assert.That(state, Is.EqualTo(ResultState.Failure));
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
