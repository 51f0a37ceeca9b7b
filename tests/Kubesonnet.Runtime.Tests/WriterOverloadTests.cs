using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Kubesonnet.Tests;

/// <summary>The byte overloads write exactly the UTF-8 of the string writers, in pieces for large documents.</summary>
public class WriterOverloadTests
{
    private static Patch Large()
    {
        // Long strings with astral characters across the writers' 4,096-char pieces, and many fields.
        string astral = string.Concat(Enumerable.Repeat("a😀é日", 3000));
        Patch patch = Samples.TenCalls().Untyped + Patch.Set(new PatchPath("data", "astral"), PatchValue.String(astral));
        for (int i = 0; i < 2000; i++)
        {
            patch += Patch.Mixin(new PatchPath("metadata", "finalizers"), PatchValue.Strings(new[] { "f" + i + "\u2028\"\\" }));
        }

        return patch;
    }

    public static IEnumerable<Patch> Patches()
    {
        yield return Patch.Empty;
        yield return Samples.TenCalls().Untyped;
        yield return Patch.Set(new PatchPath("s"), PatchValue.String("lone \uD800 and \uDC00"));
        yield return Large();
    }

    [TestCaseSource(nameof(Patches))]
    public void StreamAndBufferGetTheUtf8OfTheText(Patch patch)
    {
        foreach (bool indented in new[] { false, true })
        {
            byte[] expected = Encoding.UTF8.GetBytes(patch.ToJson(indented));
            var stream = new MemoryStream();
            patch.WriteJson(stream, indented);
            var buffer = new ArrayBufferWriter<byte>();
            patch.WriteJson(buffer, indented);
            Assert.That(stream.ToArray(), Is.EqualTo(expected));
            Assert.That(buffer.WrittenSpan.ToArray(), Is.EqualTo(expected));
        }

        byte[] yaml = Encoding.UTF8.GetBytes(patch.ToYaml());
        var yamlStream = new MemoryStream();
        patch.WriteYaml(yamlStream);
        var yamlBuffer = new ArrayBufferWriter<byte>();
        patch.WriteYaml(yamlBuffer);
        Assert.Multiple(() =>
        {
            Assert.That(yamlStream.ToArray(), Is.EqualTo(yaml));
            Assert.That(yamlBuffer.WrittenSpan.ToArray(), Is.EqualTo(yaml));
        });
    }

    [Test]
    public void ManifestsWriteListsAndStreamsToBytes()
    {
        Patch[] items = { Samples.TenCalls().Untyped, Patch.Kind("v1", "ConfigMap", "x"), Large() };
        var stream = new MemoryStream();
        Manifests.WriteJsonList(items, stream, indented: true);
        var buffer = new ArrayBufferWriter<byte>();
        Manifests.WriteJsonList(items, buffer);
        var yamlStream = new MemoryStream();
        Manifests.WriteYamlStream(items, yamlStream);
        var yamlBuffer = new ArrayBufferWriter<byte>();
        Manifests.WriteYamlStream(items, yamlBuffer);
        var jsonBuffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(jsonBuffer))
        {
            Manifests.WriteJsonList(items, writer);
        }

        Assert.Multiple(() =>
        {
            Assert.That(stream.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToJsonList(items, indented: true))));
            Assert.That(buffer.WrittenSpan.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToJsonList(items))));
            Assert.That(yamlStream.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToYamlStream(items))));
            Assert.That(yamlBuffer.WrittenSpan.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToYamlStream(items))));
            Assert.That(Manifests.Read(new MemoryStream(jsonBuffer.WrittenSpan.ToArray())), Is.EqualTo(Manifests.Read(Manifests.ToJsonList(items))));
            Assert.That(() => Manifests.WriteJsonList(items, (Stream)null!), Throws.ArgumentNullException);
            Assert.That(() => Patch.Empty.WriteJson((Stream)null!), Throws.ArgumentNullException);
        });
    }

    [Test]
    public void KeysAreSortedByCodePointAtEveryLevel()
    {
        // U+E000 sorts below U+1F600 by code point, above it in UTF-16 order.
        Patch patch = Patch.FromJson("{\"b\":{\"\uD83D\uDE00\":1,\"\uE000\":2,\"Z\":3,\"a\":4,\"\":5},\"a\":[{\"y\":1,\"x\":2}]}");
        Assert.That(patch.ToJson(), Is.EqualTo("{\"a\":[{\"x\":2,\"y\":1}],\"b\":{\"\":5,\"Z\":3,\"a\":4,\"\uE000\":2,\"\uD83D\uDE00\":1}}"));
    }
}

/// <summary>Bytes are kept and encoded as base64 when written; they are the same value as the base64 string.</summary>
public class BytesValueTests
{
    [Test]
    public void BytesEqualTheirBase64StringEverywhere()
    {
        byte[] bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();
        string base64 = Convert.ToBase64String(bytes);
        PatchValue fromBytes = PatchValue.Bytes(bytes);
        bytes[0] ^= 0xFF; // the value was copied
        var path = new PatchPath("spec", "request");
        Patch a = Patch.Set(path, fromBytes);
        Patch b = Patch.Set(path, PatchValue.String(base64));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            a.WriteTo(writer);
        }

        Assert.Multiple(() =>
        {
            Assert.That(fromBytes, Is.EqualTo(PatchValue.String(base64)));
            Assert.That(fromBytes.GetHashCode(), Is.EqualTo(PatchValue.String(base64).GetHashCode()));
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.ToJson(), Is.EqualTo(b.ToJson()));
            Assert.That(a.ToJson(indented: true), Is.EqualTo(b.ToJson(indented: true)));
            Assert.That(a.ToYaml(), Is.EqualTo(b.ToYaml()));
            Assert.That(Encoding.UTF8.GetString(buffer.WrittenSpan), Is.EqualTo(b.ToJson()));
            Assert.That(PatchValue.Bytes(Array.Empty<byte>()), Is.EqualTo(PatchValue.String(string.Empty)));
        });
    }
}
