using System;

namespace Kubesonnet.Tests;

/// <summary>
/// Allocation budgets of the hot path (building a manifest and writing it), measured exactly with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>: unlike timings they do not depend on the machine, and a
/// design change that makes every <c>+</c> copy more shows up here.
/// </summary>
public class AllocationTests
{
    private static long AllocatedPerCall(Action action, int calls = 200)
    {
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            action();
        }

        long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
        TestContext.Out.WriteLine($"{perCall} bytes per call");
        return perCall;
    }

    [Test]
    public void ComposingTheTenCallManifestStaysWithinItsBudget()
    {
        // Ten setters onto New: each + copies the root's and one group's small field arrays along the setter's path.
        Csr[] setters =
        {
            Csr.Metadata.WithNamespace("ns"), Csr.Metadata.WithName("n"), Csr.Metadata.WithGeneration(1),
            Csr.Metadata.WithFinalizers("f"), Csr.Metadata.WithFinalizersMixin("g"), Csr.Spec.WithSignerName("s"),
            Csr.Spec.WithUsages("u"), Csr.Spec.WithUsagesMixin("v"), Csr.Spec.WithGroups("g"), Csr.Spec.WithUsername("u"),
        };
        long perBuild = AllocatedPerCall(() =>
        {
            Csr csr = Csr.New("x");
            foreach (Csr setter in setters)
            {
                csr += setter;
            }
        });
        Assert.That(perBuild, Is.LessThan(3 * 1024), $"{perBuild} bytes per manifest");
    }

    [Test]
    public void ASetterIsOneSmallObject()
    {
        long perSetter = AllocatedPerCall(() => Csr.Spec.WithSignerName("signer"));
        Assert.That(perSetter, Is.LessThanOrEqualTo(64), $"{perSetter} bytes per setter");
    }

    [Test]
    public void ToJsonAllocatesLittleMoreThanItsResult()
    {
        Patch patch = Samples.TenCalls().Untyped;
        int resultBytes = 22 + (2 * patch.ToJson().Length);
        long compact = AllocatedPerCall(() => patch.ToJson());
        long indented = AllocatedPerCall(() => patch.ToJson(indented: true));
        int indentedBytes = 22 + (2 * patch.ToJson(indented: true).Length);
        Assert.Multiple(() =>
        {
            Assert.That(compact, Is.LessThanOrEqualTo(resultBytes + 64), "compact");
            Assert.That(indented, Is.LessThanOrEqualTo(indentedBytes + 64), "indented");
        });
    }

    [Test]
    public void ToYamlAllocatesLittleMoreThanItsResult()
    {
        Patch patch = Samples.TenCalls().Untyped;
        int resultBytes = 22 + (2 * patch.ToYaml().Length);
        long yaml = AllocatedPerCall(() => patch.ToYaml());
        Assert.That(yaml, Is.LessThanOrEqualTo(resultBytes + 64));
    }
}
