using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Kubesonnet.Internal;

/// <summary>
/// Writes values as JSON with <see cref="Utf8JsonWriter"/>. One buffer and two writers per thread are reused,
/// so rendering a manifest allocates only its result string.
/// </summary>
internal static class JsonOutput
{
    // A buffer that grew past this (a huge manifest) is dropped instead of being kept for the thread's lifetime.
    private const int MaxCachedBufferBytes = 1 << 20;

    [ThreadStatic]
    private static Cache? t_cache;

    public static string Write(Field[] fields, bool indented) => Write(fields, null, indented);

    public static string Write(object value, bool indented) => Write(null, value, indented);

    private static string Write(Field[]? fields, object? value, bool indented)
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
            WriteValue(writer, value!);
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
            WriteValue(writer, field.Value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (Values.Kind(value))
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
                writer.WriteStringValue((string)value);
                break;
            case NodeKind.Number:
                ((NumberNode)value).WriteTo(writer);
                break;
            case NodeKind.Array:
                writer.WriteStartArray();
                foreach (object item in Values.Items(value))
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteFields(writer, (Field[])value);
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
