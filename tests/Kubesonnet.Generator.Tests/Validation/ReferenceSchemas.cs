using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests.Validation
{
    /// <summary>
    /// A Kubernetes schema (OpenAPI 2/3.0, as a document or a CRD writes it) said in JSON Schema 2020-12 for
    /// JsonSchema.Net, written here independently of the generator and the runtime: <c>nullable</c> as a
    /// <c>"null"</c> type (and, for a document's types, every type: Go's decoder takes <c>null</c> anywhere),
    /// boolean <c>exclusiveMinimum</c> as the number, <c>x-kubernetes-int-or-string</c> and
    /// <c>format: int-or-string</c> as integer-or-string, <c>resource.Quantity</c> as a number or Kubernetes' quantity
    /// pattern, <c>x-kubernetes-list-type: set</c> as <c>uniqueItems</c>, and the checks JSON Schema has no keyword
    /// for (<c>int32</c>, <c>int64</c>, <c>byte</c>, unique <c>map</c> keys) as formats registered below. Keywords
    /// neither side checks (descriptions, CEL rules, other formats) are left out.
    /// </summary>
    internal static class ReferenceSchemas
    {
        public const string Base = "https://kubesonnet.test/";

        // Kubernetes' own quantity pattern (the one CRD generators write for resource.Quantity).
        private const string QuantityPattern = @"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$";

        private static readonly ConcurrentDictionary<string, bool> s_registered = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public static readonly EvaluationOptions Options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

        static ReferenceSchemas()
        {
            FormatRegistry.Global.Register(new PredicateFormat("k8s-int32", e => e.ValueKind != JsonValueKind.Number || (decimal.TryParse(e.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal d) && d >= int.MinValue && d <= int.MaxValue)));
            FormatRegistry.Global.Register(new PredicateFormat("k8s-int64", e => e.ValueKind != JsonValueKind.Number || (decimal.TryParse(e.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal d) && d >= long.MinValue && d <= long.MaxValue)));
            FormatRegistry.Global.Register(new PredicateFormat("k8s-byte", e => e.ValueKind != JsonValueKind.String || IsBase64(e.GetString()!)));
        }

        private static bool IsBase64(string text)
        {
            try
            {
                return text.Length % 4 == 0 && text.IndexOfAny(new[] { '\n', '\r', ' ', '\t' }) < 0 && System.Convert.FromBase64String(text) != null;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        /// <summary>The registered format for unique keys of an <c>x-kubernetes-list-type: map</c> list.</summary>
        private static string ListMapFormat(IReadOnlyList<string> keys)
        {
            string name = "k8s-list-map:" + string.Join("\u0001", keys);
            s_registered.GetOrAdd(name, _ =>
            {
                string[] names = keys.ToArray();
                FormatRegistry.Global.Register(new PredicateFormat(name, e =>
                {
                    if (e.ValueKind != JsonValueKind.Array)
                    {
                        return true;
                    }

                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (JsonElement item in e.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.Object)
                        {
                            continue;
                        }

                        string key = string.Join("\u0002", names.Select(n => item.TryGetProperty(n, out JsonElement v) ? v.GetRawText() : "\u0003"));
                        if (!seen.Add(key))
                        {
                            return false;
                        }
                    }

                    return true;
                }));
                return true;
            });
            return name;
        }

        /// <summary>A document's definitions, converted, as one schema registered under <see cref="Base"/><c>k8s</c>.</summary>
        public static BuildOptions RegisterDefinitions(JsonObject definitions)
        {
            var defs = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> entry in definitions)
            {
                defs[entry.Key] = Convert(entry.Key, entry.Value!.AsObject(), nulls: true);
            }

            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = Base + "k8s",
                ["$defs"] = defs,
            };
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            JsonSchema all = JsonSchema.FromText(root.ToJsonString(), options);
            options.SchemaRegistry.Register(new Uri(Base + "k8s"), all);
            return options;
        }

        public static JsonSchema ForDefinition(string id, BuildOptions options) =>
            JsonSchema.FromText("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":" + JsonValue.Create(Base + "k8s#/$defs/" + id)!.ToJsonString() + "}", options);

        public static JsonSchema ForCrd(JsonObject schema)
        {
            var converted = Convert(null, schema, nulls: false);
            converted["$schema"] = "https://json-schema.org/draft/2020-12/schema";
            return JsonSchema.FromText(converted.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }

        public static JsonObject Convert(string? definitionId, JsonObject schema, bool nulls)
        {
            if (definitionId != null && definitionId.EndsWith(".api.resource.Quantity", StringComparison.Ordinal))
            {
                var types = new JsonArray("number", "string");
                return new JsonObject
                {
                    ["type"] = nulls ? new JsonArray("number", "string", "null") : types,
                    ["pattern"] = QuantityPattern,
                };
            }

            return ConvertNode(schema, nulls);
        }

        private static JsonObject ConvertNode(JsonObject schema, bool nulls)
        {
            var result = new JsonObject();
            bool nullable = nulls || schema["nullable"]?.GetValue<bool>() == true;
            bool intOrString = schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true || (string?)schema["format"] == "int-or-string";
            var allOf = new JsonArray();
            foreach (KeyValuePair<string, JsonNode?> entry in schema)
            {
                JsonNode? value = entry.Value;
                switch (entry.Key)
                {
                    case "$ref":
                        string reference = (string)value!;
                        result["$ref"] = Base + "k8s#/$defs/" + reference.Substring(reference.LastIndexOf('/') + 1);
                        break;
                    case "type":
                        if (!intOrString)
                        {
                            var types = new JsonArray(JsonValue.Create((string)value!));
                            if (nullable)
                            {
                                types.Add("null");
                            }

                            result["type"] = types;
                        }

                        break;
                    case "format":
                        switch ((string?)value)
                        {
                            case "int32":
                                result["format"] = "k8s-int32";
                                break;
                            case "int64":
                                result["format"] = "k8s-int64";
                                break;
                            case "byte":
                                result["format"] = "k8s-byte";
                                break;
                            case "date-time":
                                result["format"] = "date-time";
                                break;
                        }

                        break;
                    case "enum":
                    case "pattern":
                    case "minLength":
                    case "maxLength":
                    case "minItems":
                    case "maxItems":
                    case "uniqueItems":
                    case "minProperties":
                    case "maxProperties":
                    case "required":
                    case "multipleOf":
                        result[entry.Key] = value!.DeepClone();
                        break;
                    case "minimum":
                    case "maximum":
                        bool exclusive = schema["exclusive" + char.ToUpperInvariant(entry.Key[0]) + entry.Key.Substring(1)]?.GetValue<bool>() == true;
                        result[exclusive ? "exclusive" + char.ToUpperInvariant(entry.Key[0]) + entry.Key.Substring(1) : entry.Key] = value!.DeepClone();
                        break;
                    case "properties":
                        var properties = new JsonObject();
                        foreach (KeyValuePair<string, JsonNode?> property in value!.AsObject())
                        {
                            properties[property.Key] = ConvertNode(property.Value!.AsObject(), nulls);
                        }

                        result["properties"] = properties;
                        break;
                    case "additionalProperties":
                        result["additionalProperties"] = value is JsonObject additional ? ConvertNode(additional, nulls) : value!.DeepClone();
                        break;
                    case "items":
                    case "not":
                        result[entry.Key] = ConvertNode(value!.AsObject(), nulls);
                        break;
                    case "allOf":
                    case "anyOf":
                    case "oneOf":
                        // A branch says nothing about null: the schema holding it does.
                        result[entry.Key] = new JsonArray(value!.AsArray().Select(b => (JsonNode)ConvertNode(b!.AsObject(), nulls: false)).ToArray());
                        break;
                    case "x-kubernetes-list-type":
                        if ((string?)value == "set")
                        {
                            result["uniqueItems"] = true;
                        }
                        else if ((string?)value == "map" && schema["x-kubernetes-list-map-keys"] is JsonArray keys && keys.Count > 0)
                        {
                            allOf.Add(new JsonObject { ["format"] = ListMapFormat(keys.Select(k => (string)k!).ToList()) });
                        }

                        break;
                }
            }

            if (intOrString)
            {
                result["type"] = nullable ? new JsonArray("integer", "string", "null") : new JsonArray("integer", "string");
            }

            if (!nulls && schema["nullable"]?.GetValue<bool>() == true)
            {
                // Kubernetes' validator lets null through a nullable schema before any other keyword (an enum
                // without null included): if null, then anything, else the schema.
                if (result["type"] is JsonArray withNull)
                {
                    result["type"] = new JsonArray(withNull.Where(t => (string?)t != "null").Select(t => (JsonNode)JsonValue.Create((string)t!)!).ToArray());
                }

                if (allOf.Count > 0)
                {
                    result["allOf"] = result["allOf"] is JsonArray present ? new JsonArray(present.Concat(allOf).Select(n => n!.DeepClone()).ToArray()) : allOf;
                }

                return new JsonObject
                {
                    ["if"] = new JsonObject { ["type"] = "null" },
                    ["then"] = true,
                    ["else"] = result,
                };
            }

            if (allOf.Count > 0)
            {
                if (result["allOf"] is JsonArray existing)
                {
                    foreach (JsonNode? node in allOf)
                    {
                        existing.Add(node!.DeepClone());
                    }
                }
                else
                {
                    result["allOf"] = allOf;
                }
            }

            return result;
        }
    }
}
