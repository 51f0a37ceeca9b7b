using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kubesonnet.Schema.Tests;

/// <summary>Small helpers over a swagger 2.0 document held as a <see cref="JsonNode"/>.</summary>
internal static class SchemaDocument
{
    public const string DefinitionsPrefix = "#/definitions/";

    public static JsonObject Load(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject()
        ?? throw new InvalidDataException($"{path} holds no JSON object.");

    public static JsonObject Definitions(JsonObject document) =>
        document["definitions"]?.AsObject() ?? throw new InvalidDataException("The document has no definitions.");

    public static JsonObject Properties(JsonObject definition) =>
        definition["properties"]?.AsObject() ?? new JsonObject();

    /// <summary>The definition a <c>$ref</c> names, or null if it points elsewhere or nowhere.</summary>
    public static string? RefTarget(JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(DefinitionsPrefix, StringComparison.Ordinal)
            ? reference[DefinitionsPrefix.Length..]
            : null;

    /// <summary>Every <c>$ref</c> value under <paramref name="node"/>, with its JSON path.</summary>
    public static IEnumerable<(string Path, string Reference)> AllRefs(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    if (member.Key == "$ref")
                    {
                        yield return (obj.GetPath(), member.Value?.GetValue<string>() ?? "<null>");
                    }
                    else
                    {
                        foreach ((string Path, string Reference) found in AllRefs(member.Value))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach ((string Path, string Reference) found in array.SelectMany(AllRefs))
                {
                    yield return found;
                }

                break;
        }
    }

    /// <summary>A copy of <paramref name="node"/> with every <c>description</c> removed, for comparing structure only.</summary>
    public static JsonNode? WithoutDescriptions(JsonNode? node)
    {
        JsonNode? copy = node?.DeepClone();
        RemoveDescriptions(copy);
        return copy;
    }

    private static void RemoveDescriptions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("description");
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    RemoveDescriptions(member.Value);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    RemoveDescriptions(item);
                }

                break;
        }
    }
}
