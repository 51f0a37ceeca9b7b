using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class SelectionTests
    {
        private static string[] Generated(string include)
        {
            var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [TestPaths.CertificatesSchema] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KubesonnetInclude"] = include },
            };
            GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.SchemaFile() }, fileOptions: fileOptions)
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out Compilation output, out _);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            return driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        }

        [Test]
        public void AKindAndWhatItNeeds()
        {
            Assert.That(Generated("certificates.k8s.io/v1/CertificateSigningRequest"), Is.EqualTo(new[]
            {
                "Certificates.V1.CertificateSigningRequest.g.cs",
                "Certificates.V1.CertificateSigningRequestCondition.g.cs",
                "Certificates.V1.CertificateSigningRequestSpec.g.cs",
                "Certificates.V1.CertificateSigningRequestStatus.g.cs",
                "Meta.V1.ManagedFieldsEntry.g.cs",
                "Meta.V1.ObjectMeta.g.cs",
                "Meta.V1.OwnerReference.g.cs",
            }));
        }

        [Test]
        public void AListBringsItsItemsKind()
        {
            string[] files = Generated("certificates.k8s.io/v1/CertificateSigningRequestList");
            Assert.That(files, Does.Contain("Certificates.V1.CertificateSigningRequestList.g.cs"));
            Assert.That(files, Does.Contain("Certificates.V1.CertificateSigningRequest.g.cs"));
            Assert.That(files, Does.Contain("Meta.V1.ListMeta.g.cs"));
        }

        [Test]
        public void GroupVersionAndGroupEntries()
        {
            Assert.That(Generated("certificates.k8s.io/v1"), Has.Length.EqualTo(9));
            Assert.That(Generated("certificates.k8s.io/*"), Has.Length.EqualTo(9));
            Assert.That(Generated("apps/v1"), Is.Empty, "a group the document does not have chooses nothing");
            Assert.That(Generated(" apps/v1 ; certificates.k8s.io/v1/CertificateSigningRequest "), Has.Length.EqualTo(7));
        }

        [TestCase("v1", "", "v1", "Pod", true)]
        [TestCase("v1/Pod", "", "v1", "Pod", true)]
        [TestCase("v1/Pod", "", "v1", "Service", false)]
        [TestCase("core/v1", "", "v1", "Pod", true)]
        [TestCase("apps/v1", "apps", "v1", "Deployment", true)]
        [TestCase("apps/v1", "apps", "v1beta1", "Deployment", false)]
        [TestCase("apps/*", "apps", "v1beta2", "Deployment", true)]
        [TestCase("rbac.authorization.k8s.io/v1/ClusterRole", "rbac.authorization.k8s.io", "v1", "ClusterRole", true)]
        [TestCase("rbac.authorization.k8s.io/v1/ClusterRole", "rbac.authorization.k8s.io", "v1", "Role", false)]
        [TestCase("v1", "apps", "v1", "Deployment", false)]
        public void EntriesMatchKinds(string entry, string group, string version, string kind, bool matches) =>
            Assert.That(Selection.Matches(entry, new GroupVersionKind(group, version, kind)), Is.EqualTo(matches));

        [Test]
        public void SeveralDocumentsMergeAndADuplicateDefinitionIsReported()
        {
            string schema = File.ReadAllText(TestPaths.CertificatesSchema);
            var (result, output, diagnostics) = GeneratorHarness.Run(
                new GeneratorHarness.InMemoryText("/a/certificates.json", schema),
                new GeneratorHarness.InMemoryText("/b/copy.json", schema));

            Assert.That(result.Results.Single().GeneratedSources, Has.Length.EqualTo(9));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            Diagnostic[] duplicates = diagnostics.Where(d => d.Id == "KSN103").ToArray();
            Assert.That(duplicates, Has.Length.EqualTo(11), "every definition of the second file");
            Assert.That(duplicates.All(d => d.Location.GetLineSpan().Path == "/b/copy.json" && d.Location.GetLineSpan().StartLinePosition.Line > 0), Is.True);
        }
    }
}
