using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Schema.Tests;

/// <summary>
/// Our hand-written schema against Kubernetes' own 1.21.2 document: every definition we hold has the same
/// shape there (properties, types, formats, refs, items, maps, required, x-kubernetes-* extensions).
/// Descriptions are not compared: ours are the seed's or our own words by design.
/// </summary>
[TestFixture]
public sealed class UpstreamStructureTests
{
    [Test]
    public void DefinitionsMatchKubernetes1212()
    {
        string upstreamPath = Kubesonnet.Testing.SharedData.RequireFile(TestPaths.UpstreamOpenApiFile, "Kubernetes' OpenAPI document");

        JsonObject ours = SchemaDocument.Definitions(SchemaDocument.Load(TestPaths.SchemaFile));
        JsonObject upstream = SchemaDocument.Definitions(SchemaDocument.Load(upstreamPath));

        List<string> mismatches = new();
        foreach ((string name, JsonNode? ourDefinition) in ours)
        {
            if (upstream[name] is not JsonObject upstreamDefinition)
            {
                mismatches.Add($"{name}: not in Kubernetes' document");
                continue;
            }

            CompareDefinition(name, ourDefinition!.AsObject(), upstreamDefinition, mismatches);
        }

        Assert.That(mismatches, Is.Empty,
            () => $"{mismatches.Count} structural mismatch(es) with {upstreamPath}:\n  " + string.Join("\n  ", mismatches));
    }

    private static void CompareDefinition(string name, JsonObject ours, JsonObject upstream, List<string> mismatches)
    {
        // Definition-level keys: type, format, required, x-kubernetes-group-version-kind, x-kubernetes-map-type, ...
        CompareMembers(name, ours, upstream, ["description", "properties"], mismatches);

        JsonObject ourProperties = SchemaDocument.Properties(ours);
        JsonObject upstreamProperties = SchemaDocument.Properties(upstream);
        foreach (string missing in upstreamProperties.Select(p => p.Key).Except(ourProperties.Select(p => p.Key), StringComparer.Ordinal))
        {
            mismatches.Add($"{name}.{missing}: property missing (Kubernetes has it)");
        }

        foreach ((string property, JsonNode? ourSchema) in ourProperties)
        {
            if (upstreamProperties[property] is not JsonObject upstreamSchema)
            {
                mismatches.Add($"{name}.{property}: property not in Kubernetes' document");
                continue;
            }

            CompareMembers($"{name}.{property}", ourSchema!.AsObject(), upstreamSchema, ["description"], mismatches);
        }
    }

    // Compares every member but the ignored ones, deeply and without descriptions (items and additionalProperties
    // are compared whole: type, format, $ref, nested items).
    private static void CompareMembers(string path, JsonObject ours, JsonObject upstream, string[] ignored, List<string> mismatches)
    {
        IEnumerable<string> keys = ours.Select(m => m.Key)
            .Union(upstream.Select(m => m.Key), StringComparer.Ordinal)
            .Where(k => !ignored.Contains(k, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);

        foreach (string key in keys)
        {
            JsonNode? ourValue = SchemaDocument.WithoutDescriptions(ours[key]);
            JsonNode? upstreamValue = SchemaDocument.WithoutDescriptions(upstream[key]);
            bool ourHas = ours.ContainsKey(key);
            bool upstreamHas = upstream.ContainsKey(key);
            if (ourHas != upstreamHas || !JsonNode.DeepEquals(ourValue, upstreamValue))
            {
                mismatches.Add($"{path}: {key} is {Show(ourHas, ourValue)}, Kubernetes has {Show(upstreamHas, upstreamValue)}");
            }
        }
    }

    private static string Show(bool present, JsonNode? value) =>
        !present ? "absent" : value?.ToJsonString() ?? "null";
}
