using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Where <c>WithXMerge</c> and <c>MapX</c> come from (issue 13): merge keys read from an OpenAPI document and from a
    /// CustomResourceDefinition, list-map keys before the patch merge key, and no merge where the schema names no key.
    /// </summary>
    public class MergeKeyTests
    {
        private const string Item =
            "\"io.example.api.demo.v1.Port\": { \"type\": \"object\", \"properties\": { \"port\": { \"type\": \"integer\" }, \"protocol\": { \"type\": \"string\" }, \"name\": { \"type\": \"string\" } } }";

        private static string Holder(string extensions) =>
            "\"io.example.api.demo.v1.Holder\": { \"type\": \"object\", \"properties\": {"
            + " \"ports\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Port\" }" + extensions + " },"
            + " \"plain\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Port\" } },"
            + " \"names\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"x-kubernetes-patch-merge-key\": \"name\" } } }";

        private static string HolderSource(string extensions)
        {
            HostileHarness.Outcome outcome = HostileHarness.Run("/schemas/holder.json", HostileHarness.Swagger(Item + ",\n" + Holder(extensions)));
            Assert.That(outcome.CompilerProblems, Is.Empty);
            return outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Holder.g.cs").SourceText.ToString();
        }

        [Test]
        public void ThePatchMergeKeyGivesAMergeByIt()
        {
            string source = HolderSource(", \"x-kubernetes-patch-merge-key\": \"name\", \"x-kubernetes-patch-strategy\": \"merge\"");
            Assert.That(source, Does.Contain("public static Holder WithPortsMerge(params global::Kubesonnet.Api.Demo.V1.Port[] ports) =>"));
            Assert.That(source, Does.Contain("Ks::Patch.MergeByKey(s_WithPorts, new string[] { \"name\" }, Ks::PatchValue.Objects(ports))"));
            Assert.That(source, Does.Contain("public static Holder MapPorts(global::System.Func<global::Kubesonnet.Api.Demo.V1.Port, global::Kubesonnet.Api.Demo.V1.Port> map) =>"));
            Assert.That(source, Does.Not.Contain("WithPlainMerge"), "no keys, no merge");
            Assert.That(source, Does.Contain("MapPlain("), "but a map of builders");
            Assert.That(source, Does.Not.Contain("WithNamesMerge").And.Not.Contain("MapNames"), "strings are not builders");
        }

        [Test]
        public void ListMapKeysComeBeforeThePatchMergeKey()
        {
            string source = HolderSource(", \"x-kubernetes-list-type\": \"map\", \"x-kubernetes-list-map-keys\": [ \"port\", \"protocol\" ], \"x-kubernetes-patch-merge-key\": \"port\"");
            Assert.That(source, Does.Contain("new string[] { \"port\", \"protocol\" }"));

            // list-map-keys without list-type map (or empty) is not a merge key; the patch merge key still is.
            Assert.That(HolderSource(", \"x-kubernetes-list-map-keys\": [ \"port\" ]"), Does.Not.Contain("WithPortsMerge"));
            Assert.That(HolderSource(", \"x-kubernetes-list-type\": \"map\", \"x-kubernetes-list-map-keys\": [], \"x-kubernetes-patch-merge-key\": \"name\""),
                Does.Contain("new string[] { \"name\" }"));
        }

        [Test]
        public void ACrdsListMapKeysGiveAMerge()
        {
            const string Crd = """
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: routes.demo.example.io
spec:
  group: demo.example.io
  names: { kind: Route, plural: routes }
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            properties:
              backends:
                type: array
                x-kubernetes-list-type: map
                x-kubernetes-list-map-keys: [host, port]
                items:
                  type: object
                  properties:
                    host: { type: string }
                    port: { type: integer }
""";
            HostileHarness.Outcome outcome = HostileHarness.Run("/crds/route.yaml", Crd);
            Assert.That(outcome.CompilerProblems, Is.Empty);
            string source = string.Concat(outcome.Run.GeneratedSources.Select(s => s.SourceText.ToString()));
            Assert.That(source, Does.Contain("WithBackendsMerge(params global::Kubesonnet.Api.Demo.V1.Backend[] backends)"));
            Assert.That(source, Does.Contain("new string[] { \"host\", \"port\" }"));
            Assert.That(source, Does.Contain("MapBackends("));
        }
    }
}
