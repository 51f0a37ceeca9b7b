using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Kubesonnet.Internal;

/// <summary>
/// Writes nodes as JSON with <see cref="Utf8JsonWriter"/>. One buffer and two writers per thread are reused,
/// so rendering a manifest allocates only its result string.
/// </summary>
internal static class JsonOutput
{
    // A buffer that grew past this (a huge manifest) is dropped instead of being kept for the thread's lifetime.
    private const int MaxCachedBufferBytes = 1 << 20;

    [ThreadStatic]
    private static Cache? t_cache;

    public static string Write(Field[] fields, bool indented) => Write(fields, null, indented);

    public static string Write(Node node, bool indented) => Write(null, node, indented);

    private static string Write(Field[]? fields, Node? node, bool indented)
    {
        Cache cache = t_cache ?? new Cache();
        t_cache = null; // not reentrant: a nested call (there is none today) would get its own cache
        Utf8JsonWriter writer = indented ? cache.Indented : cache.Compact;
        cache.Buffer.ResetWrittenCount();
        writer.Reset(cache.Buffer);
        if (fields is not null)
        {
            WriteFields(writer, fields);
        }
        else
        {
            WriteNode(writer, node!);
        }

        writer.Flush();
        string text = Encoding.UTF8.GetString(cache.Buffer.WrittenSpan);
        if (cache.Buffer.Capacity <= MaxCachedBufferBytes)
        {
            t_cache = cache;
        }

        // Utf8JsonWriter indents with Environment.NewLine before .NET 9; manifests use "\n" everywhere.
        // JSON strings never hold a raw CR or LF, so this touches only the writer's own line breaks.
        if (indented && Environment.NewLine != "\n")
        {
            text = text.Replace(Environment.NewLine, "\n");
        }

        return text;
    }

    public static void WriteFields(Utf8JsonWriter writer, Field[] fields)
    {
        writer.WriteStartObject();
        foreach (Field field in fields)
        {
            writer.WritePropertyName(field.Name);
            WriteNode(writer, field.Value);
        }

        writer.WriteEndObject();
    }

    public static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.Null:
                writer.WriteNullValue();
                break;
            case NodeKind.False:
                writer.WriteBooleanValue(false);
                break;
            case NodeKind.True:
                writer.WriteBooleanValue(true);
                break;
            case NodeKind.String:
                writer.WriteStringValue(((StringNode)node).Value);
                break;
            case NodeKind.Number:
                ((NumberNode)node).WriteTo(writer);
                break;
            case NodeKind.Array:
                writer.WriteStartArray();
                foreach (Node item in ((ArrayNode)node).Items)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteFields(writer, ((ObjectNode)node).Fields);
                break;
        }
    }

    private sealed class Cache
    {
        public readonly ArrayBufferWriter<byte> Buffer = new(1024);
        public readonly Utf8JsonWriter Compact;
        public readonly Utf8JsonWriter Indented;

        public Cache()
        {
            Compact = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance, SkipValidation = true });
            Indented = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = MinimalJsonEncoder.Instance, SkipValidation = true, Indented = true });
        }
    }
}
