using System;
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
            var (result, output, _) = GeneratorHarness.Run(
                new[] { GeneratorHarness.SchemaFile() },
                fileOptions: GeneratorHarness.Metadata("KubesonnetInclude", include, TestPaths.CertificatesSchema));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            return GeneratorHarness.Sources(result).Keys.OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
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
        public void SeveralDocumentsMergeAndIdenticalDefinitionsMergeSilently()
        {
            // Issue 12: identical definitions in two files are one definition (per-group OpenAPI v3 documents each
            // repeat the meta definitions); before, every one was a KSN103 nobody could fix.
            string schema = File.ReadAllText(TestPaths.CertificatesSchema);
            var (result, output, diagnostics) = GeneratorHarness.Run(
                new GeneratorHarness.InMemoryText("/a/certificates.json", schema),
                new GeneratorHarness.InMemoryText("/b/copy.json", schema));

            Assert.That(result.Results.Single().GeneratedSources, Has.Length.EqualTo(9));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
            Assert.That(diagnostics, Is.Empty);
        }

        [Test]
        public void TwoPerGroupOpenApiV3DocumentsShareTheirMetaDefinitionsAndOnlyADifferentOneWarns()
        {
            const string Meta = "\"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta\": { \"type\": \"object\", \"description\": \"Standard object's metadata.\", \"properties\": { \"name\": { \"type\": \"string\", \"description\": \"Name must be unique.\" }, \"labels\": { \"type\": \"object\", \"additionalProperties\": { \"type\": \"string\" } } } }";
            static string Document(string group, string kind, string extra) =>
                "{\n  \"openapi\": \"3.0.0\",\n  \"info\": { \"title\": \"Kubernetes\", \"version\": \"v1.35.0\" },\n  \"paths\": {},\n  \"components\": { \"schemas\": {\n    " + Meta + ",\n    "
                + "\"io.k8s.api." + group + ".v1." + kind + "\": { \"type\": \"object\", \"description\": \"A " + kind + ".\", \"properties\": { \"apiVersion\": { \"type\": \"string\" }, \"kind\": { \"type\": \"string\" }, \"metadata\": { \"$ref\": \"#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta\" }, \"spec\": { \"type\": \"object\", \"properties\": { \"size\": { \"type\": \"integer\" } } } }, "
                + "\"x-kubernetes-group-version-kind\": [ { \"group\": \"" + group + ".k8s.io\", \"version\": \"v1\", \"kind\": \"" + kind + "\" } ] }" + extra + "\n  } }\n}\n";

            var (result, output, diagnostics) = GeneratorHarness.Run(
                new GeneratorHarness.InMemoryText("/openapi/v3/apis/first.k8s.io/v1.json", Document("first", "Apple", string.Empty)),
                new GeneratorHarness.InMemoryText("/openapi/v3/apis/second.k8s.io/v1.json", Document("second", "Pear", string.Empty)));

            Assert.That(diagnostics, Is.Empty, "identical definitions merge silently");
            Assert.That(result.Results.Single().GeneratedSources.Select(s => s.HintName), Does.Contain("First.V1.Apple.g.cs").And.Contain("Second.V1.Pear.g.cs").And.Contain("Meta.V1.ObjectMeta.g.cs"));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);

            // A definition that differs (here its description) is reported once, naming both files; the first file's is used.
            string differing = Document("second", "Pear", string.Empty).Replace("Name must be unique.", "Name must be unique within a namespace.", StringComparison.Ordinal);
            var (_, _, warned) = GeneratorHarness.Run(
                new GeneratorHarness.InMemoryText("/openapi/v3/apis/first.k8s.io/v1.json", Document("first", "Apple", string.Empty)),
                new GeneratorHarness.InMemoryText("/openapi/v3/apis/second.k8s.io/v1.json", differing));

            Diagnostic duplicate = warned.Single();
            Assert.That(duplicate.Id, Is.EqualTo("KSN103"));
            Assert.That(duplicate.GetMessage(), Does.Contain("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta").And.Contain("/openapi/v3/apis/first.k8s.io/v1.json").And.Contain("/openapi/v3/apis/second.k8s.io/v1.json"));
        }
    }
}
