using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kubesonnet.Internal;

/// <summary>Values copied from System.Text.Json's trees (JsonNode, JsonElement).</summary>
internal static partial class JsonInput
{
    /// <summary>Copies a <see cref="JsonNode"/> tree (<see langword="null"/> is JSON null).</summary>
    public static object FromJsonNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return LiteralNode.Null;
            case JsonObject obj:
                var fields = new Field[obj.Count];
                int count = 0;
                foreach (KeyValuePair<string, JsonNode?> pair in obj)
                {
                    fields[count++] = new Field(pair.Key, FromJsonNode(pair.Value), merge: false);
                }

                string? duplicate = KeyOrder.SortAndFindDuplicate(fields, count);
                if (duplicate is not null)
                {
                    throw new ArgumentException($"The JSON object has the key \"{duplicate}\" twice.");
                }

                return fields;
            case JsonArray array:
                var items = new object[array.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = FromJsonNode(array[i]);
                }

                return items;
            default:
                return FromJsonValue((JsonValue)node);
        }
    }

    private static object FromJsonValue(JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            return FromJsonElement(element);
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String when value.TryGetValue(out string? text):
                return text;
            case JsonValueKind.Number:
                return NumberNode.FromText(value.ToJsonString());
            case JsonValueKind.True:
                return LiteralNode.True;
            case JsonValueKind.False:
                return LiteralNode.False;
            case JsonValueKind.Null:
                return LiteralNode.Null;
            default:
                // A value of some other CLR type (DateTime, Guid, …): its JSON is the truth.
                return ParseValue(value.ToJsonString());
        }
    }

    /// <summary>Copies a <see cref="JsonElement"/> tree.</summary>
    public static object FromJsonElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var fields = new List<Field>();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    fields.Add(new Field(property.Name, FromJsonElement(property.Value), merge: false));
                }

                Field[] array = fields.ToArray();
                string? duplicate = KeyOrder.SortAndFindDuplicate(array, array.Length);
                if (duplicate is not null)
                {
                    throw new ArgumentException($"The JSON object has the key \"{duplicate}\" twice.");
                }

                return array;
            case JsonValueKind.Array:
                var items = new object[element.GetArrayLength()];
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    items[i++] = FromJsonElement(item);
                }

                return items;
            case JsonValueKind.String:
                return element.GetString()!;
            case JsonValueKind.Number:
                return NumberNode.FromElement(element);
            case JsonValueKind.True:
                return LiteralNode.True;
            case JsonValueKind.False:
                return LiteralNode.False;
            default:
                return LiteralNode.Null;
        }
    }
}
