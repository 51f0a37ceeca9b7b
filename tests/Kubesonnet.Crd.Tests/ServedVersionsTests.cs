// stable.example.com/v1beta1 is a deprecated version: its kind is [Obsolete], and these tests use it on purpose.
#pragma warning disable CS0618

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NUnit.Framework;
using Backup = Kubesonnet.Api.Ops.V1.Backup;
using BackupTarget = Kubesonnet.Api.Ops.V1.Target;
using CronTabV1beta1 = Kubesonnet.Api.Stable.V1beta1.CronTab;
using GadgetV1 = Kubesonnet.Api.Acme.V1.Gadget;
using GadgetV2 = Kubesonnet.Api.Acme.V2.Gadget;
using Part = Kubesonnet.Api.Acme.V1alpha1.Part;
using PortV1beta1 = Kubesonnet.Api.Stable.V1beta1.Port;
using Restore = Kubesonnet.Api.Ops.V1.Restore;
using Widget = Kubesonnet.Api.Acme.V1alpha1.Widget;

namespace Kubesonnet.Crd.Tests
{
    /// <summary>
    /// Every served version of every CRD of the three files (a YAML CRD with three versions, a JSON <c>kind: List</c>
    /// of two CRDs, a YAML stream with other manifests between its CRDs) builds its own custom resource.
    /// </summary>
    public class ServedVersionsTests
    {
        [Test]
        public void CronTabV1beta1IsAKindOfItsOwnWithItsOwnSchema()
        {
            CronTabV1beta1 cronTab = CronTabV1beta1.New("legacy")
                + CronTabV1beta1.Spec.WithCronSpec("*/5 * * * *")
                + CronTabV1beta1.Spec.WithReplicas(1)
                + CronTabV1beta1.Spec.WithPorts(PortV1beta1.WithContainerPort(80));

            Assert.That(cronTab.ToJson(), Is.EqualTo(
                """{"apiVersion":"stable.example.com/v1beta1","kind":"CronTab","metadata":{"name":"legacy"},"spec":{"cronSpec":"*/5 * * * *","ports":[{"containerPort":80}],"replicas":1}}"""));
        }

        [Test]
        public void TheKindOfADeprecatedVersionIsObsoleteWithItsDeprecationWarning()
        {
            ObsoleteAttribute? obsolete = typeof(CronTabV1beta1).GetCustomAttribute<ObsoleteAttribute>();

            Assert.That(obsolete, Is.Not.Null);
            Assert.That(obsolete!.Message, Is.EqualTo("stable.example.com/v1beta1 CronTab is deprecated; use stable.example.com/v1 CronTab"));
            Assert.That(obsolete.IsError, Is.False);
            Assert.That(typeof(Kubesonnet.Api.Stable.V1.CronTab).GetCustomAttribute<ObsoleteAttribute>(), Is.Null);
        }

        [Test]
        public void AVersionThatIsNotServedIsNotGenerated()
        {
            Assert.That(typeof(CronTabV1beta1).Assembly.GetType("Kubesonnet.Api.Stable.V1alpha1.CronTab"), Is.Null);
            Assert.That(typeof(CronTabV1beta1).Assembly.GetTypes().Where(t => t.Namespace == "Kubesonnet.Api.Stable.V1alpha1"), Is.Empty);
        }

        [Test]
        public void WidgetOfAJsonListIsAClusterScopedKindWithAnItemType()
        {
            Widget widget = Widget.New("w1")
                + Widget.Spec.WithSize("L")
                + Widget.Spec.WithWeightKg(1.5)
                + Widget.Spec.WithLabels(new Dictionary<string, string> { ["line"] = "a" })
                + Widget.Spec.WithParts(Part.WithName("bolt") + Part.WithCount(4) + Part.Material.WithKind("steel") + Part.Material.WithGrade(8.8))
                + Widget.Spec.WithPartsMixin(Part.WithName("nut"));

            Assert.That(widget.ToJson(), Is.EqualTo(Manifest.Compact(
                """
                    {"apiVersion":"acme.io/v1alpha1","kind":"Widget","metadata":{"name":"w1"},"spec":{"labels":{"line":"a"},
                    "parts":[{"count":4,"material":{"grade":8.8,"kind":"steel"},"name":"bolt"},{"name":"nut"}],"size":"L","weightKg":1.5}}
                """)));
        }

        [Test]
        public void GadgetV1AndV2AreDifferentKindsOfOneCrd()
        {
            GadgetV1 v1 = GadgetV1.New("g") + GadgetV1.Spec.WithPower(1500) + GadgetV1.Spec.WithMode("eco");
            GadgetV2 v2 = GadgetV2.New("g")
                + GadgetV2.Spec.WithPower(9_000_000_000)
                + GadgetV2.Spec.WithModes("eco", "turbo")
                + GadgetV2.Spec.Battery.WithCapacityMah(5000)
                + GadgetV2.Spec.Battery.WithRechargeable(true);

            Assert.That(v1.ToJson(), Is.EqualTo("""{"apiVersion":"acme.io/v1","kind":"Gadget","metadata":{"name":"g"},"spec":{"mode":"eco","power":1500}}"""));
            Assert.That(v2.ToJson(), Is.EqualTo(
                """{"apiVersion":"acme.io/v2","kind":"Gadget","metadata":{"name":"g"},"spec":{"battery":{"capacityMah":5000,"rechargeable":true},"modes":["eco","turbo"],"power":9000000000}}"""));
            Assert.That(CronTabTests.ApiVersionOf<GadgetV1>() + " " + CronTabTests.ApiVersionOf<GadgetV2>(), Is.EqualTo("acme.io/v1 acme.io/v2"));
        }

        [Test]
        public void BackupOfAYamlStreamHasAnItemTypeWhoseKindFieldHasASetter()
        {
            Backup backup = Backup.New("daily")
                + Backup.Metadata.WithNamespace("ops-system")
                + Backup.Spec.WithSchedule("0 1 * * *")
                + Backup.Spec.Retention.WithKeepLast(14)
                + Backup.Spec.WithTargets(BackupTarget.WithKind("PersistentVolumeClaim") + BackupTarget.WithName("data"));

            Assert.That(backup.ToJson(), Is.EqualTo(
                """{"apiVersion":"ops.example.org/v1","kind":"Backup","metadata":{"name":"daily","namespace":"ops-system"},"spec":{"retention":{"keepLast":14},"schedule":"0 1 * * *","targets":[{"kind":"PersistentVolumeClaim","name":"data"}]}}"""));
        }

        [Test]
        public void RestoreOfTheSameStream()
        {
            Restore restore = Restore.New("r")
                + Restore.Spec.WithBackupName("daily")
                + Restore.Spec.WithInclude("pvc/data")
                + Restore.Spec.WithIncludeMixin("secret/creds")
                + Restore.Spec.WithOverwrite(true);

            Assert.That(restore.ToJson(indented: true), Is.EqualTo(
                "{\n  \"apiVersion\": \"ops.example.org/v1\",\n  \"kind\": \"Restore\",\n  \"metadata\": {\n    \"name\": \"r\"\n  },\n  \"spec\": {\n"
                + "    \"backupName\": \"daily\",\n    \"include\": [\n      \"pvc/data\",\n      \"secret/creds\"\n    ],\n    \"overwrite\": true\n  }\n}"));
        }

        [Test]
        public void NoOtherDocumentOfTheStreamIsGenerated()
        {
#if MORE_CRDS
            Assert.Ignore("KUBESONNET_MORE_CRDS adds other operators' namespaces to this client: the list below is not checked.");
#endif
            // The real operators' CRDs this project also holds when ../shared/crds is there (RealCrdManifestTests), and the
            // CRDs of clashing-names.yaml (ClashingNamesTests), are left out.
            string[] shared = { "Kubesonnet.Api.Argoproj.", "Kubesonnet.Api.CertManager.", "Kubesonnet.Api.Monitoring.", "Kubesonnet.Api.Acme.V1.Challenge", "Kubesonnet.Api.Names." };
            string[] namespaces = typeof(Backup).Assembly.GetTypes()
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Kubesonnet.Api.", System.StringComparison.Ordinal))
                .Where(t => !shared.Any(s => (t.FullName ?? string.Empty).StartsWith(s, System.StringComparison.Ordinal)))
                .Where(t => t.Namespace != "Kubesonnet.Api.Acme.V1" || (t.FullName ?? string.Empty).StartsWith("Kubesonnet.Api.Acme.V1.Gadget", System.StringComparison.Ordinal))
                .Select(t => t.Namespace!)
                .Distinct()
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToArray();

            Assert.That(namespaces, Is.EqualTo(new[]
            {
                "Kubesonnet.Api.Acme.V1",
                "Kubesonnet.Api.Acme.V1alpha1",
                "Kubesonnet.Api.Acme.V2",
                "Kubesonnet.Api.Meta.V1",
                "Kubesonnet.Api.Ops.V1",
                "Kubesonnet.Api.Stable.V1",
                "Kubesonnet.Api.Stable.V1beta1",
            }));
        }
    }
}
