using System.Linq;

namespace Kubesonnet.Tests;

/// <summary>How numbers are written: negative zero keeps its sign, and a number read from text keeps its exponent.</summary>
public class NumberTextTests
{
    private static readonly PatchPath Value = new("spec", "value");

    [Test]
    public void NegativeZeroKeepsItsSignInJsonAndYaml()
    {
        Patch patch = Patch.Set(Value, PatchValue.Number(-0.0));
        Assert.Multiple(() =>
        {
            Assert.That(patch.ToJson(), Is.EqualTo("{\"spec\":{\"value\":-0.0}}"));
            Assert.That(patch.ToYaml(), Is.EqualTo("spec:\n  value: -0.0\n"));
            Assert.That(Patch.Set(Value, PatchValue.Number(0.0)).ToJson(), Is.EqualTo("{\"spec\":{\"value\":0}}"));
        });
    }

    [TestCase("1E+20")]
    [TestCase("1e3")]
    [TestCase("2.5E-300")]
    [TestCase("-1.0e+10")]
    [TestCase("-0.0")]
    public void ExponentsReadFromTextAreWrittenAsRead(string number)
    {
        Patch fromJson = Patch.FromJson("{\"spec\":{\"value\":" + number + "}}");
        Patch fromYaml = Manifests.Read("apiVersion: v1\nkind: ConfigMap\nspec:\n  value: " + number + "\n").Single();
        Assert.Multiple(() =>
        {
            Assert.That(fromJson.ToYaml(), Is.EqualTo("spec:\n  value: " + number + "\n"));
            Assert.That(fromJson.ToJson(), Is.EqualTo("{\"spec\":{\"value\":" + number + "}}"));
            Assert.That(fromYaml.ToYaml(), Does.EndWith("spec:\n  value: " + number + "\n"));
            Assert.That(fromYaml.ToJson(), Does.EndWith("\"spec\":{\"value\":" + number + "}}"));
        });
    }

    [Test]
    public void ANumberMadeInCodeIsWrittenForYaml11Readers() =>
        Assert.That(Patch.Set(Value, PatchValue.Number(1e20)).ToYaml(), Is.EqualTo("spec:\n  value: 1.0E+20\n"));
}
