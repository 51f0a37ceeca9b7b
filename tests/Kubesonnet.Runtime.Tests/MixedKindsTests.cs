using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Kubesonnet.Tests;

/// <summary>The <see cref="Manifests"/> writers take generated types of different kinds, and patches, as they are.</summary>
public class MixedKindsTests
{
    private static readonly Csr Request = Csr.New("alice") + Csr.Spec.WithSignerName("example.com/s");
    private static readonly OwnerReference Owner = OwnerReference.WithName("owner");
    private static readonly Patch Untyped = Patch.FromJson("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}""");

    private static List<Patch> Patches() => new() { Request.Untyped, ((IPatch)Owner).Patch, Untyped };

    [Test]
    public void ParamsOfDifferentKindsWriteWhatTheirPatchesWrite()
    {
        Assert.That(Manifests.ToYamlStream(Request, Owner, Untyped), Is.EqualTo(Manifests.ToYamlStream(Patches())));
        Assert.That(Manifests.ToJsonList(Request, Owner, Untyped), Is.EqualTo(Manifests.ToJsonList(Patches())));
        Assert.That(Manifests.ToYamlStream(Request), Is.EqualTo(Request.ToYaml()));
    }

    [Test]
    public void SequencesOfDifferentKindsGoToEveryWriter()
    {
        IPatch[] items = { Request, Owner, Untyped, default(Csr) };
        List<Patch> patches = Patches();
        patches.Add(Patch.Empty);
        Assert.That(Manifests.ToJsonList(items, indented: true), Is.EqualTo(Manifests.ToJsonList(patches, indented: true)));

        using var stream = new MemoryStream();
        Manifests.WriteYamlStream(items, stream);
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(Manifests.ToYamlStream(patches)));

        var buffer = new ArrayBufferWriter<byte>();
        Manifests.WriteJsonList(items, buffer);
        Assert.That(Encoding.UTF8.GetString(buffer.WrittenSpan), Is.EqualTo(Manifests.ToJsonList(patches)));
    }

    [Test]
    public async Task AsyncWritersTakeThemToo()
    {
        IPatch[] items = { Request, Untyped };
        using var stream = new MemoryStream();
        await Manifests.WriteYamlStreamAsync(items, stream);
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(Manifests.ToYamlStream(Request.Untyped, Untyped)));
    }

    [Test]
    public void ANullItemIsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => Manifests.ToYamlStream(Request, null!, Untyped))!;
        Assert.That(e.Message, Does.Contain("items[1] is null"));
        Assert.Throws<ArgumentNullException>(() => Manifests.ToYamlStream((IEnumerable<IPatch>)null!));
    }
}
