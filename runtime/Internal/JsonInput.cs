using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kubesonnet.Internal;

/// <summary>
/// Reads user data (JSON text, <see cref="JsonNode"/>, <see cref="JsonElement"/>) into values. Data is what a
/// hand-written jsonnet object is: every field a replace.
/// </summary>
internal static partial class JsonInput
{
    private const int MaxDepth = 512;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    /// <summary>Parses a JSON object; errors are <see cref="JsonException"/>s with a 1-based line and column.</summary>
    public static Field[] ParseObject(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            // The reader itself rejects empty input and anything after the root value (it reads a single value).
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(utf8, reader.TokenStartIndex, $"expected a JSON object at the root, found {Describe(reader.TokenType)}");
            }

            Field[] fields = ReadObjectBody(ref reader, utf8, null, 0);
            reader.Read();
            return fields;
        }
        catch (JsonException e) when (e.GetType() != typeof(JsonException))
        {
            // The reader's own errors carry 0-based positions in bytes; report 1-based lines and columns in chars.
            long line = e.LineNumber ?? 0;
            long bytePosition = e.BytePositionInLine ?? 0;
            long offset = OffsetOf(utf8, line, bytePosition);
            throw Error(utf8, offset, StripPosition(e.Message), e);
        }
    }

    /// <summary>Parses any JSON value (the JSON text of a <see cref="JsonValue"/> we cannot read directly).</summary>
    public static object ParseValue(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        reader.Read();
        return ReadValue(ref reader, utf8, null, 0);
    }

    /// <summary>
    /// Reads a stream of JSON values (objects, arrays, anything: the caller checks) one after another, separated
    /// by whitespace, as kubectl does; errors name the line, column, document and path.
    /// </summary>
    public static void ReadDocuments(byte[] utf8, ReadContext context) => ReadDocuments(utf8, context, single: false);

    /// <summary>
    /// Reads one JSON text (RFC 8259: a single value, whitespace around it) into <paramref name="context"/>; anything
    /// after the value is an error.
    /// </summary>
    public static void ReadText(byte[] utf8, ReadContext context)
    {
        int count = context.Documents.Count;
        ReadDocuments(utf8, context, single: true);
        if (context.Documents.Count == count)
        {
            throw context.Error(utf8.Length, "expected a JSON value, found the end of the input");
        }
    }

    private static void ReadDocuments(byte[] utf8, ReadContext context, bool single)
    {
        int offset = SkipWhitespace(utf8, utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0);
        while (offset < utf8.Length)
        {
            context.Document++;
            var reader = new Utf8JsonReader(utf8.AsSpan(offset), ReaderOptions);
            int depth = context.PathDepth;
            try
            {
                reader.Read();
                object root = ReadValue(ref reader, utf8, context, offset);
                context.Documents.Add(new ReadDocument(root, context.Document, offset));
            }
            catch (JsonException e) when (e.GetType() != typeof(JsonException))
            {
                long position = OffsetOf(utf8, offset, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                throw context.Error(position, StripPosition(e.Message), e);
            }
            catch (InvalidOperationException e)
            {
                throw context.Error(offset + reader.TokenStartIndex, StripPosition(e.Message), e);
            }

            context.TruncatePath(depth);
            offset = SkipWhitespace(utf8, offset + (int)reader.BytesConsumed);
            if (single && offset < utf8.Length)
            {
                throw context.Error(offset, "unexpected text after the JSON value");
            }
        }
    }

    private static int SkipWhitespace(byte[] utf8, int offset)
    {
        while (offset < utf8.Length && utf8[offset] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            offset++;
        }

        return offset;
    }

    // With a context (Manifests' readers), the path is kept for errors and manifest positions are recorded;
    // `origin` is where the reader's input starts in `utf8`.
    private static object ReadValue(ref Utf8JsonReader reader, byte[] utf8, ReadContext? context, long origin)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObjectBody(ref reader, utf8, context, origin);
            case JsonTokenType.StartArray:
                var items = new List<object>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    context?.Push(items.Count);
                    items.Add(ReadValue(ref reader, utf8, context, origin));
                    context?.Pop();
                }

                return items.Count == 0 ? Array.Empty<object>() : items.ToArray();
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                return NumberNode.FromText(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return LiteralNode.True;
            case JsonTokenType.False:
                return LiteralNode.False;
            default:
                return LiteralNode.Null;
        }
    }

    // Called with the reader on StartObject; leaves it on the matching EndObject.
    private static Field[] ReadObjectBody(ref Utf8JsonReader reader, byte[] utf8, ReadContext? context, long origin)
    {
        ObjectPositions? positions = context?.Begin(origin + reader.TokenStartIndex);
        var fields = new Field[4];
        var starts = new long[4];
        int count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            long start = origin + reader.TokenStartIndex;
            string name = ReadString(ref reader);
            reader.Read();
            context?.Push(name);
            ReadContext.Note(positions, name, origin + reader.TokenStartIndex);
            object value = ReadValue(ref reader, utf8, context, origin);
            context?.Pop();
            if (count == fields.Length)
            {
                Array.Resize(ref fields, count * 2);
                Array.Resize(ref starts, count * 2);
            }

            starts[count] = start;
            fields[count++] = new Field(name, value, merge: false);
        }

        // Sorting permutes the fields; keep the names in reading order to point at the duplicate.
        string[]? names = null;
        if (count > 1)
        {
            names = new string[count];
            for (int i = 0; i < count; i++)
            {
                names[i] = fields[i].Name;
            }
        }

        string? duplicate = KeyOrder.SortAndFindDuplicate(fields, count);
        if (duplicate is not null)
        {
            int second = Array.IndexOf(names!, duplicate, Array.IndexOf(names!, duplicate) + 1);
            if (context is not null)
            {
                throw context.Error(starts[second], $"duplicate key \"{duplicate}\"");
            }

            throw Error(utf8, starts[second], $"duplicate key \"{duplicate}\"");
        }

        Field[] result = count == 0 ? Values.EmptyObject : count == fields.Length ? fields : fields.AsSpan(0, count).ToArray();
        context?.Register(result, positions);
        return result;
    }

    // JSON may escape an unpaired surrogate ("\ud800"); System.Text.Json refuses to make a string of it, so such
    // strings are unescaped here, keeping the surrogate: a manifest read back is the manifest written.
    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        int i = 0;
        while (i < raw.Length)
        {
            int escape = raw.Slice(i).IndexOf((byte)'\\');
            if (escape < 0)
            {
                text.Append(Encoding.UTF8.GetString(raw.Slice(i)));
                break;
            }

            text.Append(Encoding.UTF8.GetString(raw.Slice(i, escape)));
            i += escape + 1;
            byte c = raw[i++];
            switch (c)
            {
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'n': text.Append('\n'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'u':
                    text.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: text.Append((char)c); break; // " \ /
            }
        }

        return text.ToString();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    // The byte offset of a 0-based (line, byte in line) position counted from `start`.
    private static long OffsetOf(byte[] utf8, long line, long bytePosition) => OffsetOf(utf8, 0, line, bytePosition);

    private static long OffsetOf(byte[] utf8, long start, long line, long bytePosition)
    {
        long offset = start;
        for (long l = 0; l < line; l++)
        {
            int next = Array.IndexOf(utf8, (byte)'\n', (int)offset);
            if (next < 0)
            {
                break;
            }

            offset = next + 1;
        }

        return Math.Min(offset + bytePosition, utf8.Length);
    }

    private static JsonException Error(byte[] utf8, long offset, string reason, Exception? inner = null)
    {
        int end = (int)Math.Clamp(offset, 0, utf8.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++)
        {
            if (utf8[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = Encoding.UTF8.GetCharCount(utf8, lineStart, end - lineStart) + 1;

        // Exactly JsonException: the reader's own errors are subclasses, which is how the catch above tells them apart.
        return new JsonException(
            $"Invalid patch JSON at line {line}, column {column}: {reason}.",
            null,
            line - 1,
            end - lineStart,
            inner);
    }

    private static string StripPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string reason = at >= 0 ? message.Substring(0, at) : message;
        return reason.TrimEnd().TrimEnd('.');
    }
}
