using System;
using System.IO;
using System.Linq;
using Kubesonnet.Generator.Emitting;
using Kubesonnet.Generator.Planning;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// k8s-libsonnet's helpers (Emitting/Helpers.cs) are emitted only where the plan has what they call: a document that
    /// defines Kubernetes' ids with fewer fields compiles, and simply lacks the helpers it cannot hold.
    /// </summary>
    public class HelperSelectionTests
    {
        /// <summary>Kubernetes' ids, reduced: ContainerPort without <c>name</c>, Container without <c>image</c>, a Deployment
        /// without <c>spec.replicas</c>, a DaemonSet without <c>spec.selector</c>, no Volume at all.</summary>
        private const string Reduced = """
            {
              "swagger": "2.0",
              "info": { "title": "Kubernetes", "version": "v1.21.2" },
              "paths": {},
              "definitions": {
                "io.k8s.api.core.v1.ContainerPort": {
                  "type": "object",
                  "properties": {
                    "containerPort": { "type": "integer", "format": "int32" },
                    "protocol": { "type": "string" }
                  }
                },
                "io.k8s.api.core.v1.ResourceRequirements": {
                  "type": "object",
                  "properties": {
                    "limits": { "type": "object", "additionalProperties": { "type": "string" } },
                    "requests": { "type": "object", "additionalProperties": { "type": "string" } }
                  }
                },
                "io.k8s.api.core.v1.Container": {
                  "type": "object",
                  "properties": {
                    "name": { "type": "string" },
                    "ports": { "type": "array", "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort" } },
                    "resources": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements" }
                  }
                },
                "io.k8s.api.core.v1.PodSpec": {
                  "type": "object",
                  "properties": {
                    "containers": { "type": "array", "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Container" } },
                    "initContainers": { "type": "array", "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Container" } }
                  }
                },
                "io.k8s.api.core.v1.PodTemplateSpec": {
                  "type": "object",
                  "properties": {
                    "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" },
                    "spec": { "$ref": "#/definitions/io.k8s.api.core.v1.PodSpec" }
                  }
                },
                "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": {
                  "type": "object",
                  "properties": {
                    "matchLabels": { "type": "object", "additionalProperties": { "type": "string" } }
                  }
                },
                "io.k8s.api.apps.v1.DeploymentSpec": {
                  "type": "object",
                  "properties": {
                    "selector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" },
                    "template": { "$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec" }
                  }
                },
                "io.k8s.api.apps.v1.Deployment": {
                  "type": "object",
                  "properties": {
                    "apiVersion": { "type": "string" },
                    "kind": { "type": "string" },
                    "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" },
                    "spec": { "$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentSpec" }
                  },
                  "x-kubernetes-group-version-kind": [ { "group": "apps", "kind": "Deployment", "version": "v1" } ]
                },
                "io.k8s.api.apps.v1.DaemonSetSpec": {
                  "type": "object",
                  "properties": {
                    "template": { "$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec" }
                  }
                },
                "io.k8s.api.apps.v1.DaemonSet": {
                  "type": "object",
                  "properties": {
                    "apiVersion": { "type": "string" },
                    "kind": { "type": "string" },
                    "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" },
                    "spec": { "$ref": "#/definitions/io.k8s.api.apps.v1.DaemonSetSpec" }
                  },
                  "x-kubernetes-group-version-kind": [ { "group": "apps", "kind": "DaemonSet", "version": "v1" } ]
                }
              }
            }
            """;

        [Test]
        public void AReducedDocumentCompilesAndLacksOnlyTheHelpersItCannotHold()
        {
            var (result, output, diagnostics) = GeneratorHarness.Run(new GeneratorHarness.InMemoryText("/schema/core.json", Reduced));
            GeneratorRunResult run = result.Results.Single();
            string[] hints = run.GeneratedSources.Select(s => s.HintName).ToArray();

            Assert.That(run.Exception, Is.Null);
            Assert.That(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty, "what is emitted compiles");

            // ContainerPort: every one of its helpers calls WithName, which it lacks: no helpers' file.
            Assert.That(hints, Does.Contain("Core.V1.ContainerPort.g.cs"));
            Assert.That(hints, Does.Not.Contain("Core.V1.ContainerPort.Helpers.g.cs"));
            Assert.That(Methods(output, "Kubesonnet.Api.Core.V1.ContainerPort", "NewNamed"), Is.Empty);

            // Container: WithResourcesRequests/Limits stay; New(name, image) and WithEnvMap (no image, no env) are left out.
            Assert.That(Methods(output, "Kubesonnet.Api.Core.V1.Container", "WithResourcesRequests"), Has.Length.EqualTo(1));
            Assert.That(Methods(output, "Kubesonnet.Api.Core.V1.Container", "New"), Is.Empty);
            Assert.That(Methods(output, "Kubesonnet.Api.Core.V1.Container", "WithEnvMap"), Is.Empty);

            // Deployment: MapContainers stays; the helper New(name, replicas, containers, podLabels) (no spec.replicas) and the
            // volume mounts (no Volume) are left out; the generated New(name) stays.
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.Deployment", "MapContainers"), Has.Length.EqualTo(1));
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.Deployment", "MapContainersWithName"), Has.Length.EqualTo(2));
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.Deployment", "New").Select(m => m.Parameters.Length), Is.EqualTo(new[] { 1 }));
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.Deployment", "ConfigVolumeMount"), Is.Empty);

            // DaemonSet: its helper New would replace the generated one; without spec.selector it is left out, and the
            // generated New(name) is emitted in its place.
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.DaemonSet", "New").Select(m => m.Parameters.Length), Is.EqualTo(new[] { 1 }));
            Assert.That(Methods(output, "Kubesonnet.Api.Apps.V1.DaemonSet", "MapContainers"), Has.Length.EqualTo(1));
        }

        [Test]
        public void KubernetesOwnDocumentGetsEveryHelperOfTheTable()
        {
            Kubesonnet.Testing.SharedData.RequireFile(TestPaths.KubernetesOpenApi, "Kubernetes' OpenAPI document");
            var document = new GeneratorHarness.InMemoryText(TestPaths.KubernetesOpenApi, File.ReadAllText(TestPaths.KubernetesOpenApi));
            var (result, _, _) = GeneratorHarness.Run(document);
            TypeSpec[] types = result.Results.Single().TrackedSteps[KubesonnetGenerator.TrackingNames.Types]
                .SelectMany(s => s.Outputs).Select(o => (TypeSpec)o.Value).ToArray();

            var withHelpers = types.Where(t => Helpers.NamesFor(t.DefinitionId).Count > 0).ToArray();
            Assert.That(withHelpers.Select(t => t.DefinitionId).Distinct().Count(), Is.EqualTo(22), "every kind of the table but autoscaling/v2 (not in v1.21.2)");
            Assert.That(withHelpers.Where(t => !t.Helpers.SequenceEqual(Helpers.NamesFor(t.DefinitionId))).Select(t => t.DefinitionId), Is.Empty);
        }

        private static IMethodSymbol[] Methods(Compilation output, string type, string name) =>
            (output.GetTypeByMetadataName(type) ?? throw new AssertionException(type + " is not generated"))
                .GetMembers(name).OfType<IMethodSymbol>().ToArray();
    }
}
