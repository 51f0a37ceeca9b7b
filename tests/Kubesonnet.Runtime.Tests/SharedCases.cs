using System.IO;
using System.Text.Json.Nodes;
using Kubesonnet.Testing;

namespace Kubesonnet.Tests;

/// <summary>
/// The shared conformance corpus (<c>conformance/cases</c> of the shared folder): what real jsonnet printed for each
/// case, read where it lies. A test that compares with it is skipped, with the shared-inputs message, when it is absent.
/// </summary>
internal static class SharedCases
{
    private const string What = "the shared conformance corpus";

    public static string Folder => SharedData.PathOf("conformance", "cases");

    /// <summary>Skips the test when the corpus is absent (before an <c>Assert.Multiple</c>, where no skip may happen).</summary>
    public static void Require() => SharedData.RequireDirectory(Folder, What);

    /// <summary>What jsonnet printed for case <paramref name="name"/> (<c>NAME.json</c>).</summary>
    public static JsonNode Output(string name) =>
        JsonNode.Parse(File.ReadAllText(SharedData.RequireFile(Path.Combine(Folder, name + ".json"), What)))
            ?? throw new InvalidDataException(name + ".json is null");

    /// <summary>The error jsonnet printed where it refused case <paramref name="name"/> (<c>NAME.error.txt</c>).</summary>
    public static string Error(string name) => File.ReadAllText(SharedData.RequireFile(Path.Combine(Folder, name + ".error.txt"), What));

    /// <summary>
    /// <paramref name="actualJson"/> is what jsonnet printed for <paramref name="name"/> (or for its member
    /// <paramref name="member"/>, for a case that prints an object of named results): the same values, in the same key
    /// order (jsonnet sorts keys by code point, and so does Kubesonnet), whatever the whitespace.
    /// </summary>
    public static void AssertCase(string name, string actualJson, string? member = null)
    {
        JsonNode output = Output(name);
        JsonNode? expected = member == null ? output : output[member];
        Assert.That(member == null || output.AsObject().ContainsKey(member), Is.True, name + ".json has no member " + member);
        Assert.That(Compact(JsonNode.Parse(actualJson)), Is.EqualTo(Compact(expected)), "case " + name + (member == null ? string.Empty : "." + member));
    }

    /// <summary>The compact text of a parsed value (numbers keep the text they were read with).</summary>
    public static string Compact(JsonNode? node) => node?.ToJsonString() ?? "null";
}
