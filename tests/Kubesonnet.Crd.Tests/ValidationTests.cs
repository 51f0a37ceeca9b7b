using System.Linq;
using Kubesonnet.Api.Stable.V1;
using NUnit.Framework;

namespace Kubesonnet.Crd.Tests
{
    /// <summary><c>Validate()</c> and the enum constants of a custom resource (crontab.yaml).</summary>
    public class ValidationTests
    {
        [Test]
        public void EnumValuesAreConstantsBesideTheirSetter()
        {
            Assert.Multiple(() =>
            {
                Assert.That(CronTab.Spec.ConcurrencyPolicyValues.Allow, Is.EqualTo("Allow"));
                Assert.That(CronTab.Spec.ConcurrencyPolicyValues.Forbid, Is.EqualTo("Forbid"));
                Assert.That(CronTab.Spec.ConcurrencyPolicyValues.Replace, Is.EqualTo("Replace"));
                Assert.That(Port.ProtocolValues.SCTP, Is.EqualTo("SCTP"));
            });
        }

        [Test]
        public void AValidCronTabHasNoProblem()
        {
            CronTab cronTab = CronTab.New("nightly")
                + CronTab.Spec.WithCronSpec("0 3 * * *")
                + CronTab.Spec.WithImage("report:1.4")
                + CronTab.Spec.WithConcurrencyPolicy(CronTab.Spec.ConcurrencyPolicyValues.Forbid)
                + CronTab.Spec.WithPorts(Port.WithContainerPort(8080), Port.WithContainerPort(9090));
            Assert.That(cronTab.Validate(), Is.Empty);
        }

        [Test]
        public void EachBrokenRuleIsReportedWithItsPath()
        {
            CronTab cronTab = CronTab.New("nightly")
                + CronTab.Spec.WithCronSpec("every night")
                + CronTab.Spec.WithReplicas(0)
                + CronTab.Spec.WithConcurrencyPolicy("forbid")
                + CronTab.Spec.WithPorts(Port.WithContainerPort(8080), Port.WithContainerPort(8080));
            Assert.That(cronTab.Validate().Select(p => p.Path + " " + p.Rule), Is.EqualTo(new[]
            {
                "spec.image required",
                "spec.concurrencyPolicy enum",
                "spec.cronSpec pattern",
                "spec.ports x-kubernetes-list-type",
                "spec.replicas minimum",
            }));
            Assert.That(cronTab.Validate()[1].Message, Is.EqualTo("must be one of \"Allow\", \"Forbid\", \"Replace\""));
        }
    }
}
