using System;
using NUnit.Framework;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kubesonnet.Generator.Tests.Validation
{
    /// <summary>
    /// Makes manifests from a Kubernetes schema (as the file writes it): valid ones, by the schema's rules, and from
    /// each of them manifests broken one rule at a time (a required field removed, a value of another type, null, a
    /// value outside its enum, pattern, bounds, lengths or format, too few or too many items or properties, a
    /// duplicate item or list key). Deterministic for a seed.
    /// </summary>
    internal sealed class ManifestMaker
    {
        private const int MaxDepth = 7;

        private static readonly string[] s_candidates =
        {
            "a", "abc", "example", "example-name", "1", "10", "1Gi", "500m", "10s", "1h", "5m", "a1", "A", "ABC",
            "example.com", "https://example.com", "http://example.com/path", "user@example.com", "10.0.0.1", "10.0.0.0/8",
            "2021-06-01T00:00:00Z", "v1", "true", "key=value", "a/b", "GET", "TCP", "ClusterIP", "*", "/", "/path",
            "00000000-0000-0000-0000-000000000000", "1.2.3", "x-y_z.w", "aGVsbG8=", "0 3 * * *", "example:1", "label",
        };

        private readonly JsonObject? _definitions;
        private readonly Random _random;

        public ManifestMaker(JsonObject? definitions, int seed)
        {
            _definitions = definitions;
            _random = new Random(seed);
        }

        /// <summary>
        /// A seed made of <paramref name="key"/>'s characters, the same in every run (a string's hash code is not: .NET
        /// randomizes it per process).
        /// </summary>
        public static int SeedOf(string key) => key.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0xFFFF;

        /// <summary>A rule broken on purpose: what it is, at which path, and the manifest.</summary>
        public sealed record Broken(string What, string Path, JsonObject Manifest);

        /// <summary>A manifest of a kind, by its schema, with the kind's apiVersion, kind and a metadata name.</summary>
        public JsonObject Valid(JsonObject schema, string apiVersion, string kind, bool optionalFields)
        {
            var manifest = (JsonObject?)Make(schema, 0, optionalFields, "") ?? new JsonObject();
            manifest["apiVersion"] = apiVersion;
            manifest["kind"] = kind;
            manifest["metadata"] = new JsonObject { ["name"] = "sample" };
            return manifest;
        }

        private JsonObject Resolve(JsonObject schema)
        {
            for (int i = 0; i < 8 && schema["$ref"] is JsonValue reference && _definitions != null; i++)
            {
                string id = ((string)reference!).Substring(((string)reference!).LastIndexOf('/') + 1);
                schema = _definitions[id]!.AsObject();
            }

            return schema;
        }

        private string? DefinitionId(JsonObject schema) =>
            schema["$ref"] is JsonValue reference ? ((string)reference!).Substring(((string)reference!).LastIndexOf('/') + 1) : null;

        private JsonNode? Make(JsonObject raw, int depth, bool optionalFields, string path)
        {
            string? id = DefinitionId(raw);
            if (id != null && id.EndsWith(".api.resource.Quantity", StringComparison.Ordinal))
            {
                return _random.Next(2) == 0 ? "500m" : "1Gi";
            }

            JsonObject schema = Resolve(raw);
            if (schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true || (string?)schema["format"] == "int-or-string")
            {
                return schema["pattern"] != null || _random.Next(2) == 0 ? JsonValue.Create(1) : JsonValue.Create("25%");
            }

            if (schema["enum"] is JsonArray values && values.Count > 0)
            {
                return values[_random.Next(values.Count)]!.DeepClone();
            }

            string? type = (string?)schema["type"];
            if (type == null)
            {
                type = schema["properties"] != null || schema["additionalProperties"] != null ? "object" : schema["items"] != null ? "array" : null;
            }

            switch (type)
            {
                case "string":
                    return MakeString(schema);
                case "integer":
                    return JsonValue.Create(Between(schema, 1));
                case "number":
                    return JsonValue.Create((double)Between(schema, 1));
                case "boolean":
                    return JsonValue.Create(_random.Next(2) == 0);
                case "array":
                    return MakeArray(schema, depth, optionalFields, path);
                case "object":
                    return MakeObject(schema, depth, optionalFields, path);
                default:
                    return schema["x-kubernetes-preserve-unknown-fields"] != null ? new JsonObject() : JsonValue.Create("free-form");
            }
        }

        private static long Between(JsonObject schema, long preferred)
        {
            long value = preferred;
            if (schema["minimum"] is JsonValue min)
            {
                long low = (long)Math.Ceiling((double)min);
                if (schema["exclusiveMinimum"]?.GetValue<bool>() == true && low == (double)min)
                {
                    low++;
                }

                value = Math.Max(value, low);
            }

            if (schema["maximum"] is JsonValue max)
            {
                long high = (long)Math.Floor((double)max);
                if (schema["exclusiveMaximum"]?.GetValue<bool>() == true && high == (double)max)
                {
                    high--;
                }

                value = Math.Min(value, high);
            }

            return value;
        }

        private JsonNode MakeString(JsonObject schema)
        {
            switch ((string?)schema["format"])
            {
                case "date-time":
                    return "2021-06-01T00:00:00Z";
                case "byte":
                    return "aGVsbG8=";
            }

            int min = (int?)schema["minLength"] ?? 0;
            int max = (int?)schema["maxLength"] ?? int.MaxValue;
            if (schema["pattern"] is JsonValue pattern)
            {
                var regex = new Regex((string)pattern!);
                foreach (string candidate in s_candidates.OrderBy(_ => _random.Next()))
                {
                    if (regex.IsMatch(candidate) && candidate.Length >= min && candidate.Length <= max)
                    {
                        return candidate;
                    }
                }
            }

            string text = "value";
            if (text.Length > max)
            {
                text = text.Substring(0, max);
            }

            while (text.Length < min)
            {
                text += "x";
            }

            return text;
        }

        private JsonNode MakeArray(JsonObject schema, int depth, bool optionalFields, string path)
        {
            var array = new JsonArray();
            int min = (int?)schema["minItems"] ?? 0;
            int max = (int?)schema["maxItems"] ?? 3;
            int count = Math.Min(Math.Max(min, depth < MaxDepth ? 1 + _random.Next(2) : 0), max);
            if (schema["items"] is not JsonObject items)
            {
                for (int i = 0; i < count; i++)
                {
                    array.Add("item" + i);
                }

                return array;
            }

            string? listType = (string?)schema["x-kubernetes-list-type"];
            bool unique = schema["uniqueItems"]?.GetValue<bool>() == true || listType == "set";
            for (int i = 0; i < count; i++)
            {
                JsonNode? item = Make(items, depth + 1, optionalFields, path + "[]");
                if (item == null)
                {
                    continue;
                }

                if (listType == "map" && schema["x-kubernetes-list-map-keys"] is JsonArray keys && item is JsonObject itemObject)
                {
                    // Distinct keys: the item's number in each key field that can hold it.
                    foreach (string key in keys.Select(k => (string)k!))
                    {
                        JsonObject keySchema = Resolve(Resolve(items)["properties"]?[key] as JsonObject ?? new JsonObject());
                        if ((string?)keySchema["type"] == "integer" && keySchema["enum"] == null)
                        {
                            itemObject[key] = i + 1;
                        }
                        else if ((string?)keySchema["type"] == "string" && keySchema["enum"] == null && keySchema["pattern"] == null && keySchema["format"] == null)
                        {
                            itemObject[key] = "key" + i;
                        }
                    }
                }
                else if (unique && item is JsonValue && array.Any(a => JsonNode.DeepEquals(a, item)))
                {
                    continue;
                }

                array.Add(item);
            }

            return array;
        }

        private JsonNode MakeObject(JsonObject schema, int depth, bool optionalFields, string path)
        {
            var result = new JsonObject();
            var required = new HashSet<string>((schema["required"] as JsonArray)?.Select(r => (string)r!) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            if (schema["properties"] is JsonObject properties)
            {
                foreach (KeyValuePair<string, JsonNode?> property in properties)
                {
                    bool take = required.Contains(property.Key) || (optionalFields && depth < MaxDepth && _random.Next(3) > 0);
                    if (!take || (depth == 0 && property.Key is "metadata" or "status" or "apiVersion" or "kind"))
                    {
                        continue;
                    }

                    JsonNode? value = Make(property.Value!.AsObject(), depth + 1, optionalFields, path + "." + property.Key);
                    if (value != null)
                    {
                        result[property.Key] = value;
                    }
                }
            }
            else if (schema["additionalProperties"] is JsonObject values && depth < MaxDepth)
            {
                JsonNode? value = Make(values, depth + 1, optionalFields, path + "[*]");
                if (value != null)
                {
                    result["key-one"] = value;
                }
            }

            int minProperties = (int?)schema["minProperties"] ?? 0;
            for (int i = 0; result.Count < minProperties && i < 8; i++)
            {
                result["extra" + i] = "x";
            }

            return result;
        }

        /// <summary>Every manifest made by breaking one rule of <paramref name="valid"/>, at each value it holds.</summary>
        public List<Broken> Break(JsonObject valid, JsonObject schema)
        {
            var result = new List<Broken>();
            Walk(valid, schema, new List<object>(), valid, result, 0);
            return result;
        }

        private void Walk(JsonNode? value, JsonObject raw, List<object> path, JsonObject root, List<Broken> result, int depth)
        {
            if (value == null || depth > 40)
            {
                return;
            }

            string? id = DefinitionId(raw);
            JsonObject schema = Resolve(raw);
            bool quantity = id != null && id.EndsWith(".api.resource.Quantity", StringComparison.Ordinal);
            bool intOrString = schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true || (string?)schema["format"] == "int-or-string";
            string? type = quantity ? null : intOrString ? null : (string?)schema["type"];

            void Add(string what, JsonNode? replacement) => result.Add(new Broken(what, Text(path), Replace(root, path, replacement)));

            // Another JSON type, and null (a document's types take null).
            if (type != null || intOrString)
            {
                Add("type", type switch
                {
                    "string" => JsonValue.Create(12345),
                    "integer" or "number" => JsonValue.Create("12345"),
                    "boolean" => JsonValue.Create("true"),
                    "array" => new JsonObject { ["a"] = 1 },
                    "object" => JsonValue.Create("text"),
                    _ => JsonValue.Create(true),
                });
                if (schema["nullable"]?.GetValue<bool>() != true)
                {
                    // Refused by a CRD's schema; taken by a document's (Go's decoder reads null as absent).
                    Add("null", null);
                }
            }

            if (quantity)
            {
                Add("quantity", JsonValue.Create("500 millicores"));
            }

            if (schema["enum"] is JsonArray)
            {
                Add("enum", JsonValue.Create("not-a-listed-value"));
            }

            if (value is JsonValue scalar && scalar.TryGetValue(out string? text))
            {
                if (schema["pattern"] is JsonValue pattern && !new Regex((string)pattern!).IsMatch("!! no match !!"))
                {
                    Add("pattern", JsonValue.Create("!! no match !!"));
                }

                if ((int?)schema["minLength"] is int minLength && minLength > 0)
                {
                    Add("minLength", JsonValue.Create(text!.Substring(0, Math.Min(text.Length, minLength - 1))));
                }

                if ((int?)schema["maxLength"] is int maxLength)
                {
                    Add("maxLength", JsonValue.Create(new string('x', maxLength + 1)));
                }

                switch ((string?)schema["format"])
                {
                    case "date-time":
                        Add("date-time", JsonValue.Create("2021-13-01T00:00:00Z"));
                        break;
                    case "byte":
                        Add("byte", JsonValue.Create("not base64!"));
                        break;
                }
            }

            if (value is JsonValue number && (type == "integer" || type == "number"))
            {
                if (schema["minimum"] is JsonValue min)
                {
                    Add("minimum", JsonValue.Create((double)min - (schema["exclusiveMinimum"]?.GetValue<bool>() == true ? 0 : 1)));
                }

                if (schema["maximum"] is JsonValue max)
                {
                    Add("maximum", JsonValue.Create((double)max + (schema["exclusiveMaximum"]?.GetValue<bool>() == true ? 0 : 1)));
                }

                switch ((string?)schema["format"])
                {
                    case "int32":
                        Add("int32", JsonValue.Create(2147483648L));
                        break;
                    case "int64":
                        Add("int64", JsonNode.Parse("9223372036854775808"));
                        break;
                }
            }

            if (value is JsonArray array)
            {
                if ((int?)schema["minItems"] is int minItems && minItems > 0)
                {
                    Add("minItems", new JsonArray(array.Take(minItems - 1).Select(i => i?.DeepClone()).ToArray()));
                }

                if ((int?)schema["maxItems"] is int maxItems && array.Count > 0)
                {
                    Add("maxItems", new JsonArray(Enumerable.Range(0, maxItems + 1).Select(i => array[i % array.Count]?.DeepClone()).ToArray()));
                }

                if (array.Count > 0 && (schema["uniqueItems"]?.GetValue<bool>() == true || (string?)schema["x-kubernetes-list-type"] is "set" or "map"))
                {
                    Add("duplicate item", new JsonArray(array.Select(i => i?.DeepClone()).Append(array[0]?.DeepClone()).ToArray()));
                }

                if (schema["items"] is JsonObject items)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        path.Add(i);
                        Walk(array[i], items, path, root, result, depth + 1);
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }

            if (value is JsonObject obj)
            {
                if (schema["required"] is JsonArray required)
                {
                    foreach (string name in required.Select(r => (string)r!).Where(obj.ContainsKey))
                    {
                        var without = obj.DeepClone().AsObject();
                        without.Remove(name);
                        Add("required " + name, without);
                    }
                }

                if ((int?)schema["maxProperties"] is int maxProperties)
                {
                    var wider = obj.DeepClone().AsObject();
                    for (int i = 0; wider.Count <= maxProperties; i++)
                    {
                        wider["wider" + i] = "x";
                    }

                    Add("maxProperties", wider);
                }

                if ((int?)schema["minProperties"] is int minProperties && minProperties > 0)
                {
                    Add("minProperties", new JsonObject());
                }

                foreach (KeyValuePair<string, JsonNode?> field in obj.ToList())
                {
                    JsonObject? fieldSchema = schema["properties"]?[field.Key] as JsonObject ?? schema["additionalProperties"] as JsonObject;
                    if (fieldSchema == null || (path.Count == 0 && field.Key is "metadata" or "apiVersion" or "kind"))
                    {
                        continue;
                    }

                    path.Add(field.Key);
                    Walk(field.Value, fieldSchema, path, root, result, depth + 1);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        private static string Text(List<object> path) => path.Count == 0 ? "" : Kubesonnet.Internal.PathText.Format(path.ToArray());

        private static JsonObject Replace(JsonObject root, List<object> path, JsonNode? replacement)
        {
            JsonObject copy = root.DeepClone().AsObject();
            if (path.Count == 0)
            {
                return replacement as JsonObject ?? copy;
            }

            JsonNode parent = copy;
            for (int i = 0; i < path.Count - 1; i++)
            {
                parent = path[i] is int index ? parent.AsArray()[index]! : parent.AsObject()[(string)path[i]]!;
            }

            if (path[^1] is int last)
            {
                parent.AsArray()[last] = replacement;
            }
            else
            {
                parent.AsObject()[(string)path[^1]] = replacement;
            }

            return copy;
        }
    }
}
