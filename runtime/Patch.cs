using System;
using System.Collections.Generic;
using System.Threading;
using System.Text.Json;
using Kubesonnet.Internal;

namespace Kubesonnet;

/// <summary>
/// An immutable JSON object whose fields each remember how they were set: replaced (jsonnet <c>f: v</c>, a
/// <c>With…</c> setter) or merged (jsonnet <c>f+: v</c>, the parents of every setter and a <c>…Mixin</c> setter).
/// <c>left + right</c> is jsonnet's object composition, computed at once (a conflict throws from <c>+</c> itself):
/// <list type="bullet">
/// <item><description>a replaced field of <c>right</c> replaces whatever <c>left</c> had;</description></item>
/// <item><description>a merged field of <c>right</c> onto a field <c>left</c> lacks stays merged;</description></item>
/// <item><description>a merged field onto an existing field keeps that field's mode and merges the values: objects
/// field by field by these same rules, arrays by concatenation. Anything else throws
/// <see cref="KubesonnetMergeException"/>.</description></item>
/// </list>
/// Composition is associative, so a patch can be built alone and applied to any number of objects. Rendering
/// (<see cref="ToJson"/>, <see cref="ToYaml"/>) ignores the modes and writes keys sorted by code point, as jsonnet
/// does. Patches are immutable and safe to share between threads.
/// </summary>
public sealed partial class Patch : IEquatable<Patch>, IPatch
{
    private static readonly Patch EmptyPatch = new(Values.EmptyObject);

    // A patch is its fields, or (as made by Set and Mixin) a path and a leaf whose fields are built only when
    // someone asks: composing such a patch onto another walks the path instead, copying only the objects along it.
    // (Deferring whole chains of setters and building them at once was measured too: the bookkeeping cost more
    // than the copies it saved, for a CertificateSigningRequest's 8 setters and for a Deployment's 16.)
    private Field[]? _fields;
    private readonly string[]? _path;
    private readonly object? _leaf;
    private readonly bool _mergeLeaf;

    internal Patch(Field[] fields) => _fields = fields;

    /// <summary>A patch of fields already sorted (the empty patch for none).</summary>
    internal static Patch Of(Field[] fields) => fields.Length == 0 ? EmptyPatch : new Patch(fields);

    private Patch(string[] path, object leaf, bool mergeLeaf)
    {
        _path = path;
        _leaf = leaf;
        _mergeLeaf = mergeLeaf;
    }

    // A setter's fields, built once; concurrent callers build equal fields and one wins.
    internal Field[] Fields => Volatile.Read(ref _fields) ?? BuildPath();

    private Field[] BuildPath()
    {
        Field[] built = Composer.BuildPath(_path!, 0, _leaf!, _mergeLeaf);
        return Interlocked.CompareExchange(ref _fields, built, null) ?? built;
    }

    /// <summary>This patch itself (so that the <see cref="Manifests"/> writers take patches and generated types together).</summary>
    Patch IPatch.Patch => this;

    /// <summary>The empty patch <c>{}</c>: the identity of <c>+</c>.</summary>
    public static Patch Empty => EmptyPatch;

    /// <summary>Whether the patch has no fields.</summary>
    public bool IsEmpty => _path is null && _fields!.Length == 0;

    /// <summary>Composes two patches: jsonnet's <c>left + right</c> (see <see cref="Patch"/>).</summary>
    /// <param name="left">The patch applied first.</param>
    /// <param name="right">The patch applied on top of it.</param>
    /// <returns>The composed patch.</returns>
    /// <exception cref="ArgumentNullException">An operand is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetMergeException">A merged field meets a value it cannot merge with.</exception>
    public static Patch operator +(Patch left, Patch right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.IsEmpty)
        {
            return right;
        }

        // A setter is composed by walking its path, without building its fields.
        bool setter = right._path is not null;
        Field[] before = left.Fields;
        Field[]? after = setter
            ? Composer.TryApplyPath(before, right._path!, 0, right._leaf!, right._mergeLeaf)
            : Composer.TryCompose(before, right.Fields);
        if (after is null)
        {
            throw Composer.DescribeConflict(before, right.Fields);
        }

        return ReferenceEquals(after, before) ? left : ReferenceEquals(after, right._fields) ? right : new Patch(after);
    }

    /// <summary>Structural equality (see <see cref="Equals(Patch)"/>).</summary>
    /// <param name="left">A patch or <see langword="null"/>.</param>
    /// <param name="right">A patch or <see langword="null"/>.</param>
    /// <returns>Whether both are <see langword="null"/> or structurally equal.</returns>
    public static bool operator ==(Patch? left, Patch? right) =>
        ReferenceEquals(left, right) || (left is not null && left.Equals(right));

    /// <summary>Structural inequality.</summary>
    /// <param name="left">A patch or <see langword="null"/>.</param>
    /// <param name="right">A patch or <see langword="null"/>.</param>
    /// <returns>The negation of <c>==</c>.</returns>
    public static bool operator !=(Patch? left, Patch? right) => !(left == right);

    /// <summary>
    /// Whether both patches have the same keys, the same modes and the same values (numbers compared by their JSON
    /// text, so <c>1</c> equals <c>1.0</c> only when both are written the same way).
    /// </summary>
    /// <param name="other">The other patch.</param>
    /// <returns><see langword="true"/> when structurally equal.</returns>
    public bool Equals(Patch? other) => other is not null && Structural.Equal(Fields, other.Fields);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Patch);

    /// <summary>
    /// Whether both patches render the same manifest: the same keys and values, each field's mode (replace or
    /// merge) ignored. A manifest read from text (every field replaced) and the same manifest built with setters
    /// (parents merged) are different patches, since composing onto them differs, but the same manifest.
    /// </summary>
    /// <param name="other">The other patch.</param>
    /// <returns><see langword="true"/> when <see cref="ToJson"/> of both would be the same.</returns>
    public bool ManifestEquals(Patch? other) => other is not null && Structural.EqualIgnoringModes(Fields, other.Fields);

    /// <inheritdoc/>
    public override int GetHashCode() => Structural.Hash(Fields);

    /// <summary>
    /// A setter: <c>{ a+: { b+: { c: value } } }</c> for the path <c>a.b.c</c> (every parent merged, the field
    /// replaced); a one-segment path gives <c>{ c: value }</c>.
    /// </summary>
    /// <param name="path">The field's path.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The patch.</returns>
    public static Patch Set(PatchPath path, PatchValue value) => Build(path, value, mergeLeaf: false);

    /// <summary>
    /// A mixin: <c>{ a+: { b+: { c+: value } } }</c> for the path <c>a.b.c</c> (the field itself merged too: an
    /// array value is appended, an object value merged in); a one-segment path gives <c>{ c+: value }</c>.
    /// </summary>
    /// <param name="path">The field's path.</param>
    /// <param name="value">The value to merge in.</param>
    /// <returns>The patch.</returns>
    public static Patch Mixin(PatchPath path, PatchValue value) => Build(path, value, mergeLeaf: true);

    /// <summary>
    /// A merge by key at the array <paramref name="path"/> (kubectl's strategic merge of <c>containers</c>,
    /// <c>env</c>, <c>ports</c>, …): each item whose <paramref name="keys"/> equal an element's is composed onto that
    /// element with <c>+</c> (its replaced fields replace, its merged fields merge); the others are appended, in
    /// order. Keys are equal when, for every key, both have the field with the same value or both lack it, and
    /// at least one key is present. Like any patch, it composes with <c>+</c> associatively and acts on everything
    /// composed to its left, however the chain is grouped: onto a replaced array it applies at once; onto a merged
    /// one, or nothing, it waits, and written alone it gives its items.
    /// </summary>
    /// <param name="path">The array field's path (<c>spec.template.spec.containers</c>).</param>
    /// <param name="keys">The merge keys (<c>name</c>; <c>containerPort</c> and <c>protocol</c>).</param>
    /// <param name="items">An array of objects; two items with the same keys are composed in order.</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="keys"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No key is given, or <paramref name="items"/> is not an array of objects.</exception>
    /// <exception cref="KubesonnetMergeException">Two items have the same keys and cannot be composed.</exception>
    public static Patch MergeByKey(PatchPath path, IReadOnlyList<string> keys, PatchValue items)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("A merge by key needs at least one key.", nameof(keys));
        }

        string[] keyArray = new string[keys.Count];
        for (int i = 0; i < keyArray.Length; i++)
        {
            keyArray[i] = keys[i] ?? throw new ArgumentException($"keys[{i}] is null.", nameof(keys));
        }

        object value = items.Value;
        if (!Values.IsArray(value))
        {
            throw new ArgumentException($"The items of a merge by key are an array, not {Values.Describe(value)}.", nameof(items));
        }

        ReadOnlySpan<object> elements = Values.Items(value);
        for (int i = 0; i < elements.Length; i++)
        {
            if (!Values.IsObject(elements[i]))
            {
                throw new ArgumentException($"items[{i}] is {Values.Describe(elements[i])}; a merge by key merges objects.", nameof(items));
            }
        }

        ArrayOps? ops = ArrayOps.MergeByKey(keyArray, elements);
        if (ops is null)
        {
            throw new KubesonnetMergeException(
                $"{path}: two items with the same keys ({string.Join(", ", keyArray)}) cannot be merged",
                path.ToString(),
                path.SegmentArray);
        }

        return new Patch(path.SegmentArray, ops, mergeLeaf: true);
    }

    /// <summary>
    /// A map at the array <paramref name="path"/>: every element (an object) becomes <c>map(element)</c>, as jsonnet's
    /// <c>{ f: std.map(map, super.f) }</c> and k8s-libsonnet's <c>mapContainers</c> do. Like any patch, it composes with
    /// <c>+</c> associatively and acts on everything composed to its left, however the chain is grouped: onto a
    /// replaced array it applies at once (and the function runs then); onto a merged one, or nothing, it waits.
    /// Written alone it gives <c>[]</c> (jsonnet fails there: there is nothing to map).
    /// </summary>
    /// <param name="path">The array field's path.</param>
    /// <param name="map">The function; it gets each element as a patch whose fields are as they were set.</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>Composing it onto an array with an element that is not an object throws
    /// <see cref="KubesonnetMergeException"/>; what <paramref name="map"/> throws comes out of <c>+</c>. Two map
    /// patches are equal when they hold the same delegate.</remarks>
    public static Patch MapItems(PatchPath path, Func<Patch, Patch> map)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(map);
        return new Patch(path.SegmentArray, ArrayOps.Map(map, map), mergeLeaf: true);
    }

    /// <summary>
    /// A map at the array <paramref name="path"/> with a function of a generated type: see
    /// <see cref="MapItems(PatchPath, Func{Patch, Patch})"/>. Each element is typed as <typeparamref name="T"/>
    /// without a check.
    /// </summary>
    /// <typeparam name="T">The generated type of the items (<c>Container</c>).</typeparam>
    /// <param name="path">The array field's path.</param>
    /// <param name="map">The function.</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Patch MapItems<T>(PatchPath path, Func<T, T> map)
        where T : struct, IPatch<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(map);

        // Two map patches of one user delegate are equal, though each wraps it anew.
        return new Patch(path.SegmentArray, ArrayOps.Map(element => map(T.FromPatch(element)).Patch ?? Empty, map), mergeLeaf: true);
    }

    private static Patch Build(PatchPath path, PatchValue value, bool mergeLeaf)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Patch(path.SegmentArray, value.Value, mergeLeaf);
    }

    /// <summary>
    /// k8s-libsonnet's <c>new(name)</c>: <c>{ apiVersion: apiVersion, kind: kind } + metadata.withName(name)</c>.
    /// </summary>
    /// <param name="apiVersion">The API version, <c>group/version</c> (<c>v1</c> for the core group).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The object's <c>metadata.name</c>.</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Patch Kind(string apiVersion, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(apiVersion);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        return new Patch(new[]
        {
            new Field("apiVersion", apiVersion, merge: false),
            new Field("kind", kind, merge: false),
            new Field("metadata", new[] { new Field("name", name, merge: false) }, merge: true),
        });
    }

    /// <summary>Wraps this patch as a typed patch: <c>TSelf.FromPatch(this)</c>.</summary>
    /// <typeparam name="TSelf">The generated type.</typeparam>
    /// <returns>The typed patch.</returns>
    public TSelf As<TSelf>()
        where TSelf : struct, IPatch<TSelf> => TSelf.FromPatch(this);

    /// <summary>
    /// Whether the manifest is of <typeparamref name="T"/>'s kind: its <c>apiVersion</c> and <c>kind</c> are the
    /// type's. For sorting the manifests of a file read with <see cref="Manifests.Read(string)"/>.
    /// </summary>
    /// <typeparam name="T">A generated kind (<c>Deployment</c>).</typeparam>
    /// <returns><see langword="true"/> when both fields are strings equal to the type's.</returns>
    public bool Is<T>()
        where T : struct, IKubernetesObject<T> =>
        TopLevelString("apiVersion") == T.ApiVersion && TopLevelString("kind") == T.Kind;

    /// <summary>The manifest typed as <typeparamref name="T"/> when it is of that kind (see <see cref="Is{T}"/>).</summary>
    /// <typeparam name="T">A generated kind.</typeparam>
    /// <param name="value">The typed patch, or <see langword="default"/>.</param>
    /// <returns>Whether the manifest is of that kind.</returns>
    public bool TryAs<T>(out T value)
        where T : struct, IKubernetesObject<T>
    {
        if (Is<T>())
        {
            value = T.FromPatch(this);
            return true;
        }

        value = default;
        return false;
    }

    // A top-level field's string value, or null (absent, or not a string).
    internal string? TopLevelString(string name)
    {
        Field[] fields = Fields;
        int index = KeyOrder.Find(fields, name);
        return index >= 0 ? fields[index].Value as string : null;
    }

    /// <summary>
    /// Reads a JSON object as a patch whose fields are all replaced, like a hand-written jsonnet object: composing
    /// setters onto it keeps its unknown fields.
    /// </summary>
    /// <param name="json">A JSON object (RFC 8259; no comments, no trailing commas, no duplicate keys).</param>
    /// <returns>The patch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON, or its root is not an object; the message gives the
    /// 1-based line and column.</exception>
    public static Patch FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Field[] fields = JsonInput.ParseObject(json);
        return fields.Length == 0 ? EmptyPatch : new Patch(fields);
    }

    /// <summary>The patch as jsonnet source with its modes: <c>{apiVersion: "v1", metadata+: {name: "x"}}</c>.</summary>
    internal string ToModeText() => ModeText.Format(Fields);

    /// <summary>The same patch with its fields built (for tests: composition has faster paths for setters).</summary>
    internal Patch WithBuiltFields() => new(Fields);

    /// <summary>The compact JSON of the manifest (<see cref="ToJson"/>).</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => ToJson();
}
