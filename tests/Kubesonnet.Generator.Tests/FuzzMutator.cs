using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>One mutated document: its text, the file name it is given (.json or .yaml), and what was done to it.</summary>
    internal sealed record FuzzDocument(string Path, string Text, string Mutations);

    /// <summary>
    /// Makes documents from a seed document by structural mutations on its JSON tree (delete, duplicate, swap and rename
    /// keys, change the type of values, wrap them in arrays, insert hostile strings and references, nest deeply, widen,
    /// copy subtrees), written as JSON or as YAML (with anchors, aliases, duplicate and complex keys), and sometimes
    /// damaged as text (truncated, a span cut out, characters inserted). Deterministic for a seed.
    /// </summary>
    internal sealed class FuzzMutator
    {
        /// <summary>Strings made to break out of wherever they are put: comments, XML, literals, lines, identifiers.</summary>
        private static readonly string[] s_hostile =
        {
            "*/", "</summary>", "<", "&", ">", "\n#error injected\n", "\u2028", "\u2029", "\u0085", "\0", "\"", "\\", "class",
            string.Empty, " ", "💥", "a b", "${x}", "#/definitions/", "#", "#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequest",
            "v1\n#error", "K; class X {}", "a\"b", "\u202Eevil", "New", "Setters", "At", "TOwner", "_", "**", "string", "object",
            "array", "integer", "int-or-string", "date-time", "byte", "x-kubernetes-int-or-string", "1x", "名前", "\t", "\r\n",
            "true", "null", "0", "-1", "1e999", "2020-01-01", "1.5", "CustomResourceDefinition", "apiextensions.k8s.io/v1",
        };

        /// <summary>Keys a schema gives meaning to: renaming a key to one of these moves a value to where it matters.</summary>
        private static readonly string[] s_keywords =
        {
            "type", "format", "description", "properties", "items", "additionalProperties", "$ref", "allOf", "anyOf", "oneOf",
            "not", "required", "enum", "default", "maxLength", "minimum", "maximum", "readOnly", "uniqueItems", "pattern",
            "x-kubernetes-group-version-kind", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-list-type", "definitions", "swagger", "openapi", "components", "schemas", "paths", "info",
            "group", "version", "kind", "metadata", "spec", "status", "name", "at", "tOwner", "tAt", "new", "toJson",
        };

        private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions { MaxDepth = 4096 };
        private static readonly JsonSerializerOptions s_jsonIndented = new JsonSerializerOptions { MaxDepth = 4096, WriteIndented = true };
        private static readonly JsonSerializerOptions s_jsonRaw = new JsonSerializerOptions { MaxDepth = 4096, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        private readonly Random _random;
        private readonly JsonNode _seed;

        public FuzzMutator(int seed, string document)
        {
            _random = new Random(seed);
            _seed = JsonNode.Parse(document)!;
        }

        public FuzzDocument Next()
        {
            JsonNode root = _seed.DeepClone();
            var done = new List<string>();
            int mutations = 1 + _random.Next(4);
            for (int i = 0; i < mutations; i++)
            {
                done.Add(Mutate(root));
            }

            bool yaml = _random.Next(10) < 3;
            string text = yaml ? new YamlWriter(_random).Write(root) : Json(root);
            if (_random.Next(100) < 15)
            {
                (text, string damage) = Damage(text);
                done.Add(damage);
            }

            return new FuzzDocument(yaml ? "/fuzz/document.yaml" : "/fuzz/document.json", text, string.Join("; ", done));
        }

        private string Json(JsonNode root)
        {
            switch (_random.Next(3))
            {
                case 0:
                    return root.ToJsonString(s_json);
                case 1:
                    return root.ToJsonString(s_jsonIndented);
                default:
                    return root.ToJsonString(s_jsonRaw);
            }
        }

        /// <summary>A place in the tree: a value and where it stands (an object and a key, or an array and an index).</summary>
        private readonly record struct Slot(JsonNode Parent, string? Key, int Index)
        {
            public JsonNode? Value => Key != null ? ((JsonObject)Parent)[Key] : ((JsonArray)Parent)[Index];

            public void Set(JsonNode? value)
            {
                if (Key != null)
                {
                    ((JsonObject)Parent)[Key] = value;
                }
                else
                {
                    ((JsonArray)Parent)[Index] = value;
                }
            }
        }

        private List<Slot> Slots(JsonNode root)
        {
            var slots = new List<Slot>();
            var pending = new Stack<JsonNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                JsonNode node = pending.Pop();
                if (node is JsonObject obj)
                {
                    foreach (KeyValuePair<string, JsonNode?> entry in obj)
                    {
                        slots.Add(new Slot(obj, entry.Key, -1));
                        if (entry.Value != null)
                        {
                            pending.Push(entry.Value);
                        }
                    }
                }
                else if (node is JsonArray array)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        slots.Add(new Slot(array, null, i));
                        if (array[i] != null)
                        {
                            pending.Push(array[i]!);
                        }
                    }
                }
            }

            return slots;
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private string Mutate(JsonNode root)
        {
            List<Slot> slots = Slots(root);
            if (slots.Count == 0)
            {
                return "nothing to mutate";
            }

            Slot slot = Pick(slots);
            List<Slot> inObjects = slots.Where(s => s.Key != null).ToList();
            switch (_random.Next(14))
            {
                case 0:
                {
                    Slot member = Pick(inObjects);
                    ((JsonObject)member.Parent).Remove(member.Key!);
                    return "delete " + member.Key;
                }

                case 1:
                {
                    // A copy beside it, under a name that differs in case or by a character (Foo and FOO, a and a-).
                    Slot member = Pick(inObjects);
                    var parent = (JsonObject)member.Parent;
                    string name = Variant(member.Key!);
                    parent[name] = member.Value?.DeepClone();
                    return "duplicate " + member.Key + " as " + name;
                }

                case 2:
                {
                    Slot a = Pick(inObjects);
                    var parent = (JsonObject)a.Parent;
                    string other = Pick(parent.Select(e => e.Key).ToList());
                    JsonNode? first = parent[a.Key!];
                    JsonNode? second = parent[other];
                    parent[a.Key!] = null;
                    parent[other] = null;
                    parent[a.Key!] = second;
                    parent[other] = first;
                    return "swap " + a.Key + " and " + other;
                }

                case 3:
                {
                    Slot member = Pick(inObjects);
                    var parent = (JsonObject)member.Parent;
                    string name = _random.Next(2) == 0 ? Pick(s_keywords) : Pick(s_hostile);
                    JsonNode? value = member.Value;
                    parent.Remove(member.Key!);
                    parent[name] = value;
                    return "rename " + member.Key + " to " + Show(name);
                }

                case 4:
                    slot.Set(RandomValue(slot.Value));
                    return "change the type at " + Where(slot);
                case 5:
                {
                    JsonNode? value = slot.Value;
                    slot.Set(null);
                    slot.Set(new JsonArray(value));
                    return "wrap in an array at " + Where(slot);
                }

                case 6:
                    slot.Set(JsonValue.Create(Pick(s_hostile)));
                    return "hostile string at " + Where(slot);
                case 7:
                {
                    // Deep nesting: arrays, objects, or schemas in schemas.
                    int depth = 1 + _random.Next(_random.Next(2) == 0 ? 40 : 400);
                    JsonNode? value = slot.Value;
                    slot.Set(null);
                    slot.Set(Nest(value, depth));
                    return "nest " + depth + " deep at " + Where(slot);
                }

                case 8:
                {
                    Slot target = Pick(slots);
                    JsonNode? copy = slot.Value?.DeepClone();
                    target.Set(copy);
                    return "copy " + Where(slot) + " to " + Where(target);
                }

                case 9:
                {
                    JsonObject? schema = slot.Value as JsonObject ?? slot.Parent as JsonObject;
                    if (schema == null)
                    {
                        return "no object for a $ref";
                    }

                    string[] references =
                    {
                        "#/definitions/io.k8s.api.certificates.v1.CertificateSigningRequestSpec", "#/definitions/io.k8s.Missing", "#",
                        "#/definitions/", "#/parameters/x", "other.json#/definitions/X", "#/definitions/a#b", "#/components/schemas/X",
                        "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
                    };
                    schema["$ref"] = _random.Next(5) == 0 ? RandomValue(null) : JsonValue.Create(Pick(references));
                    return "set a $ref";
                }

                case 10:
                {
                    // A description or a name made of hostile text, long or repeated.
                    string text = string.Concat(Enumerable.Range(0, 1 + _random.Next(50)).Select(_ => Pick(s_hostile)));
                    if (_random.Next(10) == 0)
                    {
                        text = string.Concat(Enumerable.Repeat(text, 1 + _random.Next(2000)));
                    }

                    Slot member = Pick(inObjects);
                    ((JsonObject)member.Parent)[_random.Next(2) == 0 ? "description" : text] = JsonValue.Create(text);
                    return "hostile text in " + member.Key;
                }

                case 11:
                {
                    // A kind with hostile group, version or kind.
                    JsonObject? schema = slot.Value as JsonObject ?? slot.Parent as JsonObject;
                    if (schema == null)
                    {
                        return "no object for a kind";
                    }

                    schema["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject
                    {
                        ["group"] = _random.Next(2) == 0 ? Pick(s_hostile) : "certificates.k8s.io",
                        ["version"] = _random.Next(2) == 0 ? Pick(s_hostile) : "v1",
                        ["kind"] = _random.Next(2) == 0 ? Pick(s_hostile) : "Thing",
                    });
                    return "set a kind";
                }

                case 12:
                {
                    // Wide: many siblings (copies under numbered names), where a scan per entry would be quadratic. At most
                    // a megabyte more: the generator takes time in proportion to its input (25 MB, 16,000 types: 10 s).
                    Slot member = Pick(inObjects);
                    var parent = (JsonObject)member.Parent;
                    int size = (member.Value?.ToJsonString(s_json).Length ?? 4) + member.Key!.Length + 8;
                    int count = Math.Min(1 + _random.Next(_random.Next(10) == 0 ? 20_000 : 200), 1_000_000 / size);
                    for (int i = 0; i < count; i++)
                    {
                        parent[member.Key + "-" + i.ToString(CultureInfo.InvariantCulture)] = member.Value?.DeepClone();
                    }

                    return "widen " + member.Key + " by " + count;
                }

                default:
                {
                    // A new property: a hostile name, and an object schema so that it becomes a group.
                    List<JsonObject> all = slots.Where(s => s.Key == "properties" && s.Value is JsonObject).Select(s => (JsonObject)s.Value!).ToList();
                    if (all.Count == 0)
                    {
                        return "no properties";
                    }

                    JsonObject properties = Pick(all);

                    string name = _random.Next(2) == 0 ? Pick(s_keywords) : Pick(s_hostile);
                    properties[name] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [Pick(s_keywords)] = new JsonObject { ["type"] = "string" } } };
                    return "add property " + Show(name);
                }
            }
        }

        private string Variant(string key)
        {
            switch (_random.Next(4))
            {
                case 0:
                    return key.ToUpperInvariant();
                case 1:
                    return key.ToLowerInvariant();
                case 2:
                    return key + "-";
                default:
                    return key.Length > 0 ? char.ToUpperInvariant(key[0]) + key.Substring(1) : "_";
            }
        }

        private JsonNode? RandomValue(JsonNode? current)
        {
            switch (_random.Next(12))
            {
                case 0:
                    return JsonValue.Create(_random.Next(-5, 1000));
                case 1:
                    return JsonValue.Create(1e300 * (_random.NextDouble() - 0.5));
                case 2:
                    return JsonValue.Create(decimal.MaxValue);
                case 3:
                    return JsonValue.Create(_random.Next(2) == 0);
                case 4:
                    return null;
                case 5:
                    return new JsonArray();
                case 6:
                    return new JsonObject();
                case 7:
                    return JsonValue.Create(Pick(s_hostile));
                case 8:
                    return new JsonArray(current?.DeepClone(), JsonValue.Create(1));
                case 9:
                    return new JsonObject { ["k"] = current?.DeepClone() };
                case 10:
                    return JsonValue.Create(Pick(s_keywords));
                default:
                    return JsonValue.Create(1.5);
            }
        }

        private JsonNode? Nest(JsonNode? value, int depth)
        {
            int shape = _random.Next(3);
            for (int i = 0; i < depth; i++)
            {
                value = shape switch
                {
                    0 => new JsonArray(value),
                    1 => new JsonObject { ["a"] = value },
                    _ => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["p"] = value } },
                };
            }

            return value;
        }

        private (string Text, string Damage) Damage(string text)
        {
            int at = _random.Next(text.Length + 1);
            switch (_random.Next(4))
            {
                case 0:
                    return (text.Substring(0, at), "truncate at " + at);
                case 1:
                {
                    int length = Math.Min(text.Length - at, _random.Next(200));
                    return (text.Remove(at, length), "cut " + length + " at " + at);
                }

                case 2:
                {
                    string[] garbage = { "{", "}", "[", "]", "\"", ",", ":", "\\", "\\ud800", "\\u", "\0", "\t", "\n", "&a ", "*a ", "? ", "- ", "---\n", "%YAML 1.1\n", "!!binary ", "'", "#" };
                    string inserted = Pick(garbage);
                    return (text.Insert(at, inserted), "insert " + Show(inserted) + " at " + at);
                }

                default:
                {
                    // An exact duplicate key: a parser must take one of them (or say why not).
                    int properties = text.IndexOf("\"properties\":", _random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
                    int open = properties < 0 ? -1 : text.IndexOf('{', properties);
                    return open < 0
                        ? (text, "no properties to duplicate")
                        : (text.Insert(open + 1, "\"dup\": {\"type\": \"string\"}, \"dup\": {\"type\": \"integer\"},"), "duplicate key at " + open);
                }
            }
        }

        private static string Where(Slot slot) => slot.Key != null ? Show(slot.Key) : "[" + slot.Index.ToString(CultureInfo.InvariantCulture) + "]";

        private static string Show(string text) => JsonSerializer.Serialize(text.Length > 40 ? text.Substring(0, 40) + "…" : text);

        /// <summary>
        /// Writes a JSON tree as block YAML: keys and strings double-quoted as JSON writes them (YAML reads those the
        /// same), anchors on a few collections and aliases to them later (sometimes inside them), a few keys twice,
        /// and now and then a key that is an array.
        /// </summary>
        private sealed class YamlWriter
        {
            private readonly Random _random;
            private readonly StringBuilder _text = new StringBuilder();
            private readonly List<string> _anchors = new List<string>();

            public YamlWriter(Random random)
            {
                _random = random;
            }

            public string Write(JsonNode root)
            {
                if (_random.Next(4) == 0)
                {
                    // Flow YAML: JSON behind a comment, so that it is read as YAML.
                    return "# flow\n" + root.ToJsonString(s_json);
                }

                Block(root, 0);
                return _text.ToString();
            }

            private void Block(JsonNode? node, int indent)
            {
                string pad = new string(' ', indent);
                if (node is JsonObject obj && obj.Count > 0)
                {
                    foreach (KeyValuePair<string, JsonNode?> entry in obj)
                    {
                        string key = JsonSerializer.Serialize(entry.Key);
                        int times = _random.Next(200) == 0 ? 2 : 1;
                        for (int t = 0; t < times; t++)
                        {
                            if (_random.Next(500) == 0)
                            {
                                _text.Append(pad).Append("? [ ").Append(key).Append(", 1 ]\n").Append(pad).Append(':');
                            }
                            else
                            {
                                _text.Append(pad).Append(key).Append(':');
                            }

                            Value(entry.Value, indent);
                        }
                    }
                }
                else if (node is JsonArray array && array.Count > 0)
                {
                    foreach (JsonNode? item in array)
                    {
                        _text.Append(pad).Append('-');
                        Value(item, indent);
                    }
                }
                else
                {
                    _text.Append(pad).Append(Scalar(node)).Append('\n');
                }
            }

            private void Value(JsonNode? value, int indent)
            {
                if (_anchors.Count > 0 && _random.Next(60) == 0)
                {
                    _text.Append(" *").Append(_anchors[_random.Next(_anchors.Count)]).Append('\n');
                    return;
                }

                if ((value is JsonObject { Count: > 0 }) || (value is JsonArray { Count: > 0 }))
                {
                    if (_random.Next(30) == 0)
                    {
                        string anchor = "a" + _anchors.Count.ToString(CultureInfo.InvariantCulture);
                        _anchors.Add(anchor);
                        _text.Append(" &").Append(anchor);
                    }

                    _text.Append('\n');
                    Block(value, indent + 2);
                    return;
                }

                _text.Append(' ').Append(Scalar(value)).Append('\n');
            }

            private static string Scalar(JsonNode? node) => node switch
            {
                null => "null",
                JsonObject _ => "{}",
                JsonArray _ => "[]",
                _ => node.ToJsonString(s_json),
            };
        }
    }
}
