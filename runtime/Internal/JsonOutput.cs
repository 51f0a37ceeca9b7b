using System.Text.Json;

namespace Kubesonnet.Internal;

/// <summary>
/// Writes values to a caller's <see cref="Utf8JsonWriter"/> (<see cref="Patch.WriteTo(Utf8JsonWriter)"/>), with that
/// writer's own options: its indentation and its encoder. Kubesonnet's own text goes through <see cref="JsonText"/>.
/// </summary>
internal static class JsonOutput
{
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
            case NodeKind.String when value is Base64Node base64:
                writer.WriteBase64StringValue(base64.Bytes);
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
                WriteFields(writer, Values.Fields(value));
                break;
        }
    }
}
