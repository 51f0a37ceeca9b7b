using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class CompilationTests
    {
        [Test]
        public void GeneratedCodeCompilesWithNullableOnAndNoWarnings()
        {
            var (result, output, generatorDiagnostics) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());

            Assert.That(generatorDiagnostics, Is.Empty);
            Assert.That(result.GeneratedTrees, Is.Not.Empty);
            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.That(problems, Is.Empty);
        }

        [Test]
        public void GeneratesOneFilePerTypeWithHintNamesThatSayWhatTheyHold()
        {
            var (result, _, _) = GeneratorHarness.Run(GeneratorHarness.SchemaFile());

            Assert.That(result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Certificates.V1.CertificateSigningRequest.g.cs",
                "Certificates.V1.CertificateSigningRequestCondition.g.cs",
                "Certificates.V1.CertificateSigningRequestList.g.cs",
                "Certificates.V1.CertificateSigningRequestSpec.g.cs",
                "Certificates.V1.CertificateSigningRequestStatus.g.cs",
                "Meta.V1.ListMeta.g.cs",
                "Meta.V1.ManagedFieldsEntry.g.cs",
                "Meta.V1.ObjectMeta.g.cs",
                "Meta.V1.OwnerReference.g.cs",
            }));
        }

        [Test]
        public void NamespaceRootFollowsKubesonnetNamespace()
        {
            var (_, output, _) = GeneratorHarness.Run(
                new[] { GeneratorHarness.SchemaFile() },
                globalOptions: new System.Collections.Generic.Dictionary<string, string> { ["build_property.KubesonnetNamespace"] = "Contoso.K8s" });

            Assert.That(output.GetTypeByMetadataName("Contoso.K8s.Certificates.V1.CertificateSigningRequest"), Is.Not.Null);
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Certificates.V1.CertificateSigningRequest"), Is.Null);
        }
    }
}
