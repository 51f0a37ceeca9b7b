using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The real Kubernetes v1.21.2 document (618 definitions), read from ../shared or KUBESONNET_OPENAPI.</summary>
    public class KubernetesDocumentTests
    {
        [Test]
        public void WholeDocumentGeneratesWithoutCrashing()
        {
            if (!File.Exists(TestPaths.KubernetesOpenApi))
            {
                Assert.Ignore("Kubernetes' OpenAPI document is not at " + TestPaths.KubernetesOpenApi + " (set KUBESONNET_OPENAPI).");
            }

            var text = new GeneratorHarness.InMemoryText(TestPaths.KubernetesOpenApi, File.ReadAllText(TestPaths.KubernetesOpenApi));
            var watch = Stopwatch.StartNew();
            var (result, output, diagnostics) = GeneratorHarness.Run(text);
            watch.Stop();
            GeneratorRunResult run = result.Results.Single();
            TestContext.Out.WriteLine("generated " + run.GeneratedSources.Length + " files in " + watch.ElapsedMilliseconds + " ms; diagnostics: " + string.Join("\n", diagnostics.Take(20)));
            var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            TestContext.Out.WriteLine(errors.Length + " compile problems: " + string.Join("\n", errors.Take(30)));

            Assert.That(run.Exception, Is.Null);
            Assert.That(diagnostics.Where(d => d.Id == "KSN901"), Is.Empty);
        }
    }
}
