using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// Says whether Kubernetes' OpenAPI document was there at build time. Without it the project still builds, but the
    /// tests under <c>Api/</c> (every test that uses a generated type) cannot compile: each is replaced by a test skipped
    /// with the shared-inputs message (<see cref="ApiTestList"/>), and this test says where the document was looked for.
    /// </summary>
    public class DocumentTests
    {
        /// <summary>The path the project file looked at: <c>KUBESONNET_OPENAPI</c>, else <c>../shared/kubernetes/swagger-v1.21.2.json</c>.</summary>
        internal static string KubernetesOpenApi =>
            typeof(DocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "KubernetesOpenApi").Value!;

        [Test]
        public void KubernetesDocumentIsThere()
        {
            Kubesonnet.Testing.SharedData.RequireFile(KubernetesOpenApi, "Kubernetes' OpenAPI document");

            Assert.That(typeof(DocumentTests).Assembly.GetType("Kubesonnet.Api.Apps.V1.Deployment"), Is.Not.Null,
                "the document is at " + KubernetesOpenApi + " but nothing was generated from it");
        }
    }
}
