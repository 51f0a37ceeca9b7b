using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Kubesonnet.Tests;

/// <summary>
/// The async stream overloads write and read exactly what the synchronous ones do, only through the stream's async
/// methods; the typed collection overloads write what the <see cref="Patch"/> ones write for the items' patches.
/// </summary>
public class AsyncAndTypedTests
{
    private static readonly Patch ConfigMap = Patch.Kind("v1", "ConfigMap", "cm") + Patch.Set(new PatchPath("data", "greeting"), PatchValue.String("grüße, 日本, 😀\nzweite Zeile\n"));

    // Over 16 KB of UTF-8 (the sync stream writer's pieces are 4,096 chars; the async buffer starts at 16 KB and
    // has to grow), with astral characters across the pieces' edges.
    private static Patch Large() =>
        Patch.Kind("v1", "ConfigMap", "large")
        + Patch.Set(new PatchPath("data", "big"), PatchValue.String(string.Concat(Enumerable.Repeat("a😀é日\"\\", 5000))));

    private static Patch[] Several() => new[] { Samples.TenCalls().Untyped, ConfigMap, Patch.Empty, Large() };

    public static IEnumerable<TestCaseData> Patches()
    {
        yield return new TestCaseData(Patch.Empty).SetArgDisplayNames("empty");
        yield return new TestCaseData(Samples.TenCalls().Untyped).SetArgDisplayNames("ten calls");
        yield return new TestCaseData(ConfigMap).SetArgDisplayNames("non-ASCII");
        yield return new TestCaseData(Patch.Set(new PatchPath("s"), PatchValue.String("lone \uD800 and \uDC00"))).SetArgDisplayNames("lone surrogates");
        yield return new TestCaseData(Large()).SetArgDisplayNames("over 16 KB");
    }

    [TestCaseSource(nameof(Patches))]
    public async Task PatchAsyncWritesTheSyncBytes(Patch patch)
    {
        Assert.That(Encoding.UTF8.GetByteCount(Large().ToJson()), Is.GreaterThan(3 * 16 * 1024), "the large case is large");
        foreach (bool indented in new[] { false, true })
        {
            byte[] expected = Sync(stream => patch.WriteJson(stream, indented));
            Assert.That(expected, Is.EqualTo(Encoding.UTF8.GetBytes(patch.ToJson(indented))), "the sync bytes are the text's");
            Assert.That(await Async(stream => patch.WriteJsonAsync(stream, indented)), Is.EqualTo(expected), $"JSON, indented: {indented}");
        }

        Assert.That(await Async(stream => patch.WriteYamlAsync(stream)), Is.EqualTo(Sync(patch.WriteYaml)), "YAML");
    }

    [Test]
    public async Task ManifestsAsyncWritesTheSyncBytes()
    {
        foreach (Patch[] items in new[] { Several(), new[] { ConfigMap }, Array.Empty<Patch>() })
        {
            foreach (bool indented in new[] { false, true })
            {
                byte[] expected = Sync(stream => Manifests.WriteJsonList(items, stream, indented));
                Assert.That(expected, Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToJsonList(items, indented))));
                Assert.That(await Async(stream => Manifests.WriteJsonListAsync(items, stream, indented)), Is.EqualTo(expected), $"List of {items.Length}, indented: {indented}");
            }

            byte[] yaml = Sync(stream => Manifests.WriteYamlStream(items, stream));
            Assert.That(yaml, Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToYamlStream(items))));
            Assert.That(await Async(stream => Manifests.WriteYamlStreamAsync(items, stream)), Is.EqualTo(yaml), $"YAML stream of {items.Length}");
        }
    }

    [Test]
    public async Task ManyManifestsAreWrittenAsTheyAreRenderedNotHeldWhole()
    {
        // 2,000 manifests of about 600 bytes: 1.2 MB in all, sent in pieces of 64 KB or a little more, never whole.
        Patch[] items = Enumerable.Range(0, 2000)
            .Select(i => Patch.Kind("v1", "ConfigMap", "cm-" + i) + Patch.Set(new PatchPath("data", "text"), PatchValue.String(new string((char)('a' + (i % 26)), 500) + "é\n" + i)))
            .ToArray();
        foreach (bool indented in new[] { false, true })
        {
            var json = new ObservedStream();
            await Manifests.WriteJsonListAsync(items, json, indented);
            Assert.That(json.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToJsonList(items, indented))), "JSON, indented: " + indented);
            Assert.That(json.AsyncWrites, Is.GreaterThan(json.Length / (128 * 1024)), "JSON written in pieces");
            Assert.That(json.LargestWrite, Is.LessThan(128 * 1024), "no piece near the whole");
        }

        var yaml = new ObservedStream();
        await Manifests.WriteYamlStreamAsync(items, yaml);
        Assert.That(yaml.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(Manifests.ToYamlStream(items))));
        Assert.That(yaml.AsyncWrites, Is.GreaterThan(yaml.Length / (128 * 1024)));
        Assert.That(yaml.LargestWrite, Is.LessThan(128 * 1024));

        // The synchronous stream writer sends YAML document by document too, in pieces of at most ~12 KB.
        var sync = new ObservedStream();
        Manifests.WriteYamlStream(items, sync);
        Assert.That(sync.ToArray(), Is.EqualTo(yaml.ToArray()));
        Assert.That(sync.LargestWrite, Is.LessThan(16 * 1024));
    }

    [Test]
    public async Task AsyncWritesAppendAtThePositionAndLeaveTheStreamOpen()
    {
        var stream = new ObservedStream();
        stream.Write(new byte[] { (byte)'#', (byte)'\n' });
        int syncWritesBefore = stream.SyncWrites;
        await ConfigMap.WriteYamlAsync(stream);
        await Manifests.WriteJsonListAsync(new[] { ConfigMap }, stream);
        Assert.Multiple(() =>
        {
            Assert.That(stream.ToArray(), Is.EqualTo(new byte[] { (byte)'#', (byte)'\n' }.Concat(Encoding.UTF8.GetBytes(ConfigMap.ToYaml() + Manifests.ToJsonList(new[] { ConfigMap })))));
            Assert.That(stream.SyncWrites, Is.EqualTo(syncWritesBefore));
            Assert.That(stream.Flushes, Is.Zero, "not flushed");
            Assert.That(stream.Disposed, Is.False, "not closed");
        });
    }

    [Test]
    public async Task AsyncWritersUseOnlyTheStreamsAsyncWrites()
    {
        Csr[] typed = { Samples.TenCalls(), Csr.New("b") };
        var writes = new (string Name, Func<Stream, CancellationToken, Task> Write)[]
        {
            ("Patch.WriteJsonAsync", (s, ct) => Large().WriteJsonAsync(s, indented: true, ct)),
            ("Patch.WriteYamlAsync", (s, ct) => Large().WriteYamlAsync(s, ct)),
            ("WriteJsonListAsync", (s, ct) => Manifests.WriteJsonListAsync(Several(), s, indented: false, ct)),
            ("WriteYamlStreamAsync", (s, ct) => Manifests.WriteYamlStreamAsync(Several(), s, ct)),
            ("WriteJsonListAsync<T>", (s, ct) => Manifests.WriteJsonListAsync(typed, s, indented: true, ct)),
            ("WriteYamlStreamAsync<T>", (s, ct) => Manifests.WriteYamlStreamAsync(typed, s, ct)),
        };

        using var source = new CancellationTokenSource();
        foreach ((string name, Func<Stream, CancellationToken, Task> write) in writes)
        {
            var stream = new ObservedStream();
            await write(stream, source.Token);
            Assert.Multiple(() =>
            {
                Assert.That(stream.SyncWrites, Is.Zero, name);
                Assert.That(stream.AsyncWrites, Is.Positive, name);
                Assert.That(stream.Length, Is.Positive, name);
                Assert.That(stream.Tokens, Has.All.EqualTo(source.Token), name + ": the caller's token reaches the stream");
                Assert.That(stream.Flushes, Is.Zero, name);
                Assert.That(stream.Disposed, Is.False, name);
            });
        }
    }

    [Test]
    public void AnAlreadyCancelledTokenWritesNothing()
    {
        var writes = new (string Name, Func<Stream, CancellationToken, Task> Write)[]
        {
            ("Patch.WriteJsonAsync", (s, ct) => ConfigMap.WriteJsonAsync(s, indented: false, ct)),
            ("Patch.WriteYamlAsync", (s, ct) => ConfigMap.WriteYamlAsync(s, ct)),
            ("WriteJsonListAsync", (s, ct) => Manifests.WriteJsonListAsync(Several(), s, indented: true, ct)),
            ("WriteYamlStreamAsync", (s, ct) => Manifests.WriteYamlStreamAsync(Several(), s, ct)),
            ("WriteJsonListAsync<T>", (s, ct) => Manifests.WriteJsonListAsync(new[] { Csr.New("a") }, s, indented: false, ct)),
            ("WriteYamlStreamAsync<T>", (s, ct) => Manifests.WriteYamlStreamAsync(new[] { Csr.New("a") }, s, ct)),
        };

        var cancelled = new CancellationToken(canceled: true);
        foreach ((string name, Func<Stream, CancellationToken, Task> write) in writes)
        {
            var stream = new ObservedStream();
            Task task = write(stream, cancelled);
            Assert.Multiple(() =>
            {
                Assert.That(task.IsCanceled, Is.True, name + ": a cancelled task, not an exception thrown at once");
                Assert.CatchAsync<OperationCanceledException>(() => task, name);
                Assert.That(stream.SyncWrites + stream.AsyncWrites, Is.Zero, name);
                Assert.That(stream.Length, Is.Zero, name);
            });
        }
    }

    [Test]
    public void AnAlreadyCancelledTokenReadsNothing()
    {
        var cancelled = new CancellationToken(canceled: true);
        var stream = new ObservedStream(Encoding.UTF8.GetBytes(ConfigMap.ToYaml()));
        Assert.CatchAsync<OperationCanceledException>(() => Manifests.ReadAsync(stream, cancelled));
        Assert.CatchAsync<OperationCanceledException>(() => Manifests.ReadAsync<Csr>(stream, cancelled));
        Assert.Multiple(() =>
        {
            Assert.That(stream.Position, Is.Zero);
            Assert.That(stream.SyncReads + stream.AsyncReads, Is.Zero);
        });
    }

    [Test]
    public void CancellingDuringTheReadStopsIt()
    {
        using var source = new CancellationTokenSource();
        var stream = new ObservedStream(Encoding.UTF8.GetBytes(ConfigMap.ToYaml())) { OnAsyncRead = source.Cancel };
        Assert.CatchAsync<OperationCanceledException>(() => Manifests.ReadAsync(stream, source.Token));
        Assert.That(stream.AsyncReads, Is.EqualTo(1));
    }

    public static IEnumerable<TestCaseData> Inputs()
    {
        string yaml = Manifests.ToYamlStream(Several()) + "---\n---\n# a comment only\n";
        yield return new TestCaseData(Encoding.UTF8.GetBytes(yaml)).SetArgDisplayNames("YAML stream");
        yield return new TestCaseData(Encoding.UTF8.GetBytes(Manifests.ToJsonList(Several(), indented: true))).SetArgDisplayNames("JSON List");
        yield return new TestCaseData(Encoding.UTF8.GetBytes("[" + ConfigMap.ToJson() + "," + Large().ToJson() + "]\n" + ConfigMap.ToJson())).SetArgDisplayNames("JSON array and value");
        yield return new TestCaseData(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("kind: Ä\nx: 1\n---\nkind: 😀\n")).ToArray()).SetArgDisplayNames("UTF-8 BOM YAML");
        yield return new TestCaseData(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(" \n" + ConfigMap.ToJson())).ToArray()).SetArgDisplayNames("UTF-8 BOM JSON");
        yield return new TestCaseData(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(yaml)).ToArray()).SetArgDisplayNames("UTF-16LE BOM YAML");
        yield return new TestCaseData(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Manifests.ToJsonList(Several()))).ToArray()).SetArgDisplayNames("UTF-16BE BOM JSON");
        yield return new TestCaseData(Array.Empty<byte>()).SetArgDisplayNames("empty");
    }

    [TestCaseSource(nameof(Inputs))]
    public async Task ReadAsyncReadsWhatReadReads(byte[] bytes)
    {
        IReadOnlyList<Patch> expected = Manifests.Read(new MemoryStream(bytes));
        var stream = new ObservedStream(bytes);
        IReadOnlyList<Patch> actual = await Manifests.ReadAsync(stream);
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(expected), "the same patches, modes included");
            Assert.That(actual.Select(p => p.ToJson()), Is.EqualTo(expected.Select(p => p.ToJson())));
            Assert.That(stream.SyncReads, Is.Zero, "read only asynchronously");
            Assert.That(stream.Position, Is.EqualTo(bytes.Length), "read to the end");
            Assert.That(stream.Disposed, Is.False, "not closed");
        });
        if (bytes.Length > 0)
        {
            Assert.That(actual, Is.Not.Empty);
        }
    }

    [Test]
    public async Task ReadAsyncOfAKindReadsWhatReadReads()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Manifests.ToYamlStream(new[] { Samples.TenCalls(), Csr.New("b") }));
        IReadOnlyList<Csr> expected = Manifests.Read<Csr>(new MemoryStream(bytes));
        IReadOnlyList<Csr> actual = await Manifests.ReadAsync<Csr>(new ObservedStream(bytes));
        Assert.That(actual.Select(c => c.Untyped), Is.EqualTo(expected.Select(c => c.Untyped)));
        Assert.That(actual, Has.Count.EqualTo(2));
        Assert.That(actual[0].Untyped.ManifestEquals(Samples.TenCalls().Untyped), Is.True);
    }

    [TestCase("apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\n---\napiVersion: v1\nkind: ConfigMap\n")]
    [TestCase("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[\n{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"Pod\"}]}")]
    [TestCase("metadata:\n  name: x\n")]
    [TestCase("a: [1\n")]
    public void ReadAsyncFailsAsReadFails(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        KubesonnetReadException expected = Assert.Throws<KubesonnetReadException>(() => Manifests.Read<Csr>(new MemoryStream(bytes)))!;
        KubesonnetReadException actual = Assert.ThrowsAsync<KubesonnetReadException>(() => Manifests.ReadAsync<Csr>(new ObservedStream(bytes)))!;
        Assert.Multiple(() =>
        {
            Assert.That(actual.GetType(), Is.EqualTo(expected.GetType()));
            Assert.That(actual.Message, Is.EqualTo(expected.Message));
            Assert.That((actual.Line, actual.Column, actual.Document, actual.Path), Is.EqualTo((expected.Line, expected.Column, expected.Document, expected.Path)));
        });
    }

    [Test]
    public void NullArgumentsThrowAtOnce()
    {
        var stream = new MemoryStream();
        Patch[] items = { ConfigMap };
        Csr[] typed = { Csr.New("a") };
        Assert.Multiple(() =>
        {
            // The delegates drop the task: only an exception thrown by the call itself is seen.
            Assert.That(() => { _ = ConfigMap.WriteJsonAsync(null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = ConfigMap.WriteYamlAsync(null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.WriteJsonListAsync(items, null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.WriteJsonListAsync((Patch[])null!, stream); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => { _ = Manifests.WriteYamlStreamAsync(items, null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.WriteYamlStreamAsync((Patch[])null!, stream); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => { _ = Manifests.WriteJsonListAsync(typed, null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.WriteJsonListAsync((Csr[])null!, stream); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => { _ = Manifests.WriteYamlStreamAsync(typed, null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.WriteYamlStreamAsync((Csr[])null!, stream); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => { _ = Manifests.ReadAsync(null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => { _ = Manifests.ReadAsync<Csr>(null!); }, Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));

            Assert.That(() => Manifests.ToJsonList((Csr[])null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => Manifests.ToYamlStream((Csr[])null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => Manifests.WriteJsonList(typed, (Stream)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => Manifests.WriteJsonList((Csr[])null!, stream), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("items"));
            Assert.That(() => Manifests.WriteJsonList(typed, (IBufferWriter<byte>)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("output"));
            Assert.That(() => Manifests.WriteJsonList(typed, (Utf8JsonWriter)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("writer"));
            Assert.That(() => Manifests.WriteYamlStream(typed, (Stream)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("stream"));
            Assert.That(() => Manifests.WriteYamlStream(typed, (IBufferWriter<byte>)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("output"));
            Assert.That(stream.Length, Is.Zero);
        });
    }

    [Test]
    public void ANullItemThrowsAsTheSyncWritersDo()
    {
        Patch[] items = { ConfigMap, null! };
        var stream = new ObservedStream();
        Assert.Multiple(() =>
        {
            Assert.That(() => { _ = Manifests.WriteJsonListAsync(items, stream); }, Throws.ArgumentException.With.Message.StartsWith("items[1] is null.").And.Property("ParamName").EqualTo("items"));
            Assert.That(() => { _ = Manifests.WriteYamlStreamAsync(items, stream); }, Throws.ArgumentException.With.Message.StartsWith("items[1] is null.").And.Property("ParamName").EqualTo("items"));
            Assert.That(stream.Length, Is.Zero);
        });
    }

    [Test]
    public void OverloadResolutionPicksTheUntypedOverloadForPatchesAndTheTypedOneForStructs()
    {
        Patch[] array = { ConfigMap };
        var list = new List<Patch> { ConfigMap };
        Csr[] typed = { Csr.New("a") };
        var stream = new MemoryStream();
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        CancellationToken none = CancellationToken.None;

        // Expression trees record the method the compiler bound (optional arguments must be given in them).
        Assert.Multiple(() =>
        {
            Assert.That(Bound(() => Manifests.ToJsonList(array, false)), Is.EqualTo("ToJsonList(IEnumerable<Patch>)"));
            Assert.That(Bound(() => Manifests.ToJsonList(list, false)), Is.EqualTo("ToJsonList(IEnumerable<Patch>)"));
            Assert.That(Bound(() => Manifests.ToJsonList(typed, false)), Is.EqualTo("ToJsonList<Csr>(IEnumerable<Csr>)"));
            Assert.That(Bound(() => Manifests.ToYamlStream(array)), Is.EqualTo("ToYamlStream(IEnumerable<Patch>)"));
            Assert.That(Bound(() => Manifests.ToYamlStream(list)), Is.EqualTo("ToYamlStream(IEnumerable<Patch>)"));
            Assert.That(Bound(() => Manifests.ToYamlStream(typed)), Is.EqualTo("ToYamlStream<Csr>(IEnumerable<Csr>)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(list, stream, false)), Is.EqualTo("WriteJsonList(IEnumerable<Patch>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(typed, stream, false)), Is.EqualTo("WriteJsonList<Csr>(IEnumerable<Csr>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(array, buffer, false)), Is.EqualTo("WriteJsonList(IEnumerable<Patch>, IBufferWriter<Byte>)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(typed, buffer, false)), Is.EqualTo("WriteJsonList<Csr>(IEnumerable<Csr>, IBufferWriter<Byte>)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(list, writer)), Is.EqualTo("WriteJsonList(IEnumerable<Patch>, Utf8JsonWriter)"));
            Assert.That(Bound(() => Manifests.WriteJsonList(typed, writer)), Is.EqualTo("WriteJsonList<Csr>(IEnumerable<Csr>, Utf8JsonWriter)"));
            Assert.That(Bound(() => Manifests.WriteYamlStream(array, stream)), Is.EqualTo("WriteYamlStream(IEnumerable<Patch>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteYamlStream(typed, buffer)), Is.EqualTo("WriteYamlStream<Csr>(IEnumerable<Csr>, IBufferWriter<Byte>)"));
            Assert.That(Bound(() => Manifests.WriteJsonListAsync(list, stream, false, none)), Is.EqualTo("WriteJsonListAsync(IEnumerable<Patch>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteJsonListAsync(typed, stream, false, none)), Is.EqualTo("WriteJsonListAsync<Csr>(IEnumerable<Csr>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteYamlStreamAsync(array, stream, none)), Is.EqualTo("WriteYamlStreamAsync(IEnumerable<Patch>, Stream)"));
            Assert.That(Bound(() => Manifests.WriteYamlStreamAsync(typed, stream, none)), Is.EqualTo("WriteYamlStreamAsync<Csr>(IEnumerable<Csr>, Stream)"));
        });
    }

    [Test]
    public async Task TypedOverloadsWriteWhatThePatchOverloadsWrite()
    {
        Csr[] typed = { Samples.TenCalls(), Csr.New("b") + Csr.Metadata.WithAnnotations(new Dictionary<string, string> { ["note"] = "ünïcödé 😀" }), default };
        Patch[] untyped = typed.Select(c => c.Untyped).ToArray();
        byte[] compactAsync = await Async(s => Manifests.WriteJsonListAsync(typed, s, indented: false));
        byte[] indentedAsync = await Async(s => Manifests.WriteJsonListAsync(typed, s, indented: true));
        byte[] yamlAsync = await Async(s => Manifests.WriteYamlStreamAsync(typed, s));
        Assert.Multiple(() =>
        {
            foreach (bool indented in new[] { false, true })
            {
                Assert.That(Manifests.ToJsonList(typed, indented), Is.EqualTo(Manifests.ToJsonList(untyped, indented)));
                Assert.That(Sync(s => Manifests.WriteJsonList(typed, s, indented)), Is.EqualTo(Sync(s => Manifests.WriteJsonList(untyped, s, indented))));
                Assert.That(Buffer(b => Manifests.WriteJsonList(typed, b, indented)), Is.EqualTo(Buffer(b => Manifests.WriteJsonList(untyped, b, indented))));
                Assert.That(indented ? indentedAsync : compactAsync, Is.EqualTo(Sync(s => Manifests.WriteJsonList(untyped, s, indented))));
            }

            Assert.That(Json(w => Manifests.WriteJsonList(typed, w)), Is.EqualTo(Json(w => Manifests.WriteJsonList(untyped, w))));
            Assert.That(Manifests.ToYamlStream(typed), Is.EqualTo(Manifests.ToYamlStream(untyped)));
            Assert.That(Sync(s => Manifests.WriteYamlStream(typed, s)), Is.EqualTo(Sync(s => Manifests.WriteYamlStream(untyped, s))));
            Assert.That(Buffer(b => Manifests.WriteYamlStream(typed, b)), Is.EqualTo(Buffer(b => Manifests.WriteYamlStream(untyped, b))));
            Assert.That(yamlAsync, Is.EqualTo(Sync(s => Manifests.WriteYamlStream(untyped, s))));
        });
    }

    [Test]
    public async Task DefaultItemsAreTheEmptyObject()
    {
        const string List = "{\"apiVersion\":\"v1\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm\"}},{}],\"kind\":\"List\"}";
        const string Yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n---\n{}\n";

        // A generated type's default gives Patch.Empty; an implementation whose default gives null is taken the same way.
        IPatch<Csr> csr = default(Csr);
        IPatch<Bare> bare = default(Bare);
        Assert.That(csr.Patch, Is.SameAs(Patch.Empty));
        Assert.That(bare.Patch, Is.Null);

        Csr[] csrs = { Csr.New("x") + Csr.Metadata.WithName("cm") + Csr.Metadata.WithNamespace("n"), default };
        Bare[] bares = { Patch.Kind("v1", "ConfigMap", "cm").As<Bare>(), default };
        string jsonAsync = Encoding.UTF8.GetString(await Async(s => Manifests.WriteJsonListAsync(bares, s)));
        string yamlAsync = Encoding.UTF8.GetString(await Async(s => Manifests.WriteYamlStreamAsync(bares, s)));
        Assert.Multiple(() =>
        {
            Assert.That(Manifests.ToJsonList(bares), Is.EqualTo(List));
            Assert.That(Manifests.ToYamlStream(bares), Is.EqualTo(Yaml));
            Assert.That(Encoding.UTF8.GetString(Sync(s => Manifests.WriteJsonList(bares, s))), Is.EqualTo(List));
            Assert.That(Encoding.UTF8.GetString(Buffer(b => Manifests.WriteYamlStream(bares, b))), Is.EqualTo(Yaml));
            Assert.That(Encoding.UTF8.GetString(Json(w => Manifests.WriteJsonList(bares, w))), Is.EqualTo(List));
            Assert.That(jsonAsync, Is.EqualTo(List));
            Assert.That(yamlAsync, Is.EqualTo(Yaml));
            Assert.That(Manifests.ToJsonList(csrs), Does.EndWith(",{}],\"kind\":\"List\"}"));
            Assert.That(Manifests.ToYamlStream(csrs), Does.EndWith("\n---\n{}\n"));

            // As a nested value, PatchValue.Object takes a default the same way.
            Assert.That(Patch.Set(new PatchPath("o"), PatchValue.Object(default(Bare))).ToJson(), Is.EqualTo("{\"o\":{}}"));
        });
    }

    [Test]
    public void TypedItemsAreProjectedLazilyAndEnumeratedOnce()
    {
        var items = new CountingSequence<Csr>(new[] { Csr.New("a"), Csr.New("b") });
        string json = Manifests.ToJsonList(items);
        string yaml = Manifests.ToYamlStream(items);
        Assert.Multiple(() =>
        {
            Assert.That(items.Enumerations, Is.EqualTo(2), "once per call");
            Assert.That(json, Is.EqualTo(Manifests.ToJsonList(new[] { Csr.New("a").Untyped, Csr.New("b").Untyped })));
            Assert.That(yaml, Is.EqualTo(Manifests.ToYamlStream(new[] { Csr.New("a").Untyped, Csr.New("b").Untyped })));
        });
    }

    private static string Bound(Expression<Action> call)
    {
        MethodInfo method = ((MethodCallExpression)call.Body).Method;
        string generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(Name)) + ">" : string.Empty;
        IEnumerable<string> parameters = method.GetParameters().Select(p => p.ParameterType).Where(t => t != typeof(bool) && t != typeof(CancellationToken)).Select(Name);
        return method.Name + generic + "(" + string.Join(", ", parameters) + ")";

        static string Name(Type type) =>
            type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : type.Name;
    }

    private static byte[] Sync(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static async Task<byte[]> Async(Func<Stream, Task> write)
    {
        var stream = new ObservedStream();
        await write(stream);
        Assert.That(stream.SyncWrites, Is.Zero);
        return stream.ToArray();
    }

    private static byte[] Buffer(Action<IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A typed patch whose default holds no patch and says so (generated types give <see cref="Patch.Empty"/>).</summary>
    private readonly struct Bare : IPatch<Bare>
    {
        private readonly Patch? _patch;

        private Bare(Patch patch) => _patch = patch;

        public Patch Patch => _patch!;

        static Bare IPatch<Bare>.FromPatch(Patch patch) => new(patch);
    }

    private sealed class CountingSequence<T> : IEnumerable<T>
    {
        private readonly T[] _items;

        public CountingSequence(T[] items) => _items = items;

        public int Enumerations { get; private set; }

        public IEnumerator<T> GetEnumerator()
        {
            Enumerations++;
            return ((IEnumerable<T>)_items).GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// A stream over memory that counts synchronous and asynchronous reads and writes, records the tokens given to
    /// the async ones, and completes them asynchronously (reading a few bytes at a time).
    /// </summary>
    private sealed class ObservedStream : Stream
    {
        private readonly MemoryStream _inner;

        public ObservedStream() => _inner = new MemoryStream();

        public ObservedStream(byte[] content) => _inner = new MemoryStream(content, writable: false);

        public int SyncWrites { get; private set; }

        public int AsyncWrites { get; private set; }

        public int LargestWrite { get; private set; }

        public int SyncReads { get; private set; }

        public int AsyncReads { get; private set; }

        public int Flushes { get; private set; }

        public bool Disposed { get; private set; }

        public List<CancellationToken> Tokens { get; } = new();

        public Action? OnAsyncRead { get; init; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public byte[] ToArray() => _inner.ToArray();

        public override void Flush() => Flushes++;

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            SyncReads++;
            return _inner.Read(buffer, offset, Math.Min(count, 7));
        }

        public override int Read(Span<byte> buffer)
        {
            SyncReads++;
            return _inner.Read(buffer[..Math.Min(buffer.Length, 7)]);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            AsyncReads++;
            Tokens.Add(cancellationToken);
            OnAsyncRead?.Invoke();
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return _inner.Read(buffer.Span[..Math.Min(buffer.Length, 7)]);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            SyncWrites++;
            LargestWrite = Math.Max(LargestWrite, count);
            _inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            SyncWrites++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _inner.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            SyncWrites++;
            _inner.WriteByte(value);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            AsyncWrites++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            Tokens.Add(cancellationToken);
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            _inner.Write(buffer.Span);
        }

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value) => _inner.SetLength(value);

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
