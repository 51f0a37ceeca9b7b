using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kubesonnet.Suites.Tests;

/// <summary>A valid case Kubesonnet reads differently from the core schema, on purpose (docs/reading-yaml.md).</summary>
internal sealed record Deviation(string Rule, Func<List<JsonNode?>?, KubesonnetReadException?, bool> Check);

/// <summary>
/// The valid yaml-test-suite cases where Kubesonnet's documented rules differ from the YAML 1.2 core schema, each
/// with what Kubesonnet does instead (checked: a deviation that stops holding fails its case).
/// </summary>
internal static class YamlDeviations
{
    public static readonly Dictionary<string, Deviation> Known = new(StringComparer.Ordinal)
    {
        // Custom tags: a manifest is plain data (kubectl sends JSON), so a tag other than the core schema's would be
        // dropped silently by kubectl's reader; Kubesonnet refuses it, naming the tag, line and column.
        ["5TYM"] = CustomTag("local tags !m!light (a %TAG handle to a local prefix)"),
        ["6CK3"] = CustomTag("local tags !local, !!str via a verbatim tag"),
        ["6WLZ"] = CustomTag("local tag !foo, then a %TAG-declared global tag"),
        ["7FWL"] = CustomTag("verbatim local tag !<!bar>"),
        ["9WXW"] = CustomTag("local tag !foo, then %TAG ! to a global prefix"),
        ["C4HZ"] = CustomTag("the spec's global tags tag:clarkevans.com,2002:circle and others"),
        ["CC74"] = CustomTag("a %TAG-declared global tag !e!foo"),
        ["CUP7"] = CustomTag("local tags !local on a scalar"),
        ["M5C3"] = CustomTag("local tags !foo on block scalars"),
        ["P76L"] = CustomTag("%TAG !! redefined to an application prefix, so !!int is not the core integer"),
        ["UGM3"] = CustomTag("the global tag tag:clarkevans.com,2002:invoice"),
        ["Z67P"] = CustomTag("local tags !foo on block scalars"),
        ["Z9M4"] = CustomTag("a %TAG-declared global tag !e!foo"),
    };

    private static Deviation CustomTag(string which) =>
        RefusedWith("custom tags are refused: " + which, "is not supported (manifests use the standard tags only)");

    private static Deviation RefusedWith(string rule, string message) =>
        new(rule, (_, error) => error is not null && error.Message.Contains(message, StringComparison.Ordinal));
}
