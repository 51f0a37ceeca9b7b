using System;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// kubectl-style block YAML: maps indented by two spaces, sequences indentless under their key, the first
/// field of a map in a sequence on the dash's line, <c>{}</c> and <c>[]</c> for empty collections. Keys are
/// written in the same order as JSON.
/// </summary>
internal static class YamlWriter
{
    // Implicit keys may be at most 1024 characters long; longer ones are written as explicit "? key" entries.
    private const int MaxImplicitKeyLength = 1000;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Write(Field[] root)
    {
        StringBuilder output = Rent();
        AppendDocument(output, root);
        return Return(output);
    }

    /// <summary>Writes a manifest's YAML as UTF-8 to a sink, and completes the sink.</summary>
    public static void Write(Field[] root, Utf8Sink sink)
    {
        StringBuilder output = Rent();
        AppendDocument(output, root);
        Send(output, sink);
    }

    /// <summary>Sends what was written to a sink, completes it, and keeps the builder for the next call.</summary>
    public static void Send(StringBuilder output, Utf8Sink sink)
    {
        Write(output, sink);
        sink.Complete();
        Keep(output);
    }

    /// <summary>One document of a YAML stream (with the <c>---</c> line before it unless it is the first) to a sink.</summary>
    public static void WriteStreamDocument(Field[] root, bool first, Utf8Sink sink)
    {
        StringBuilder output = Rent();
        AppendStreamDocument(output, root, first);
        Write(output, sink);
        Keep(output);
    }

    /// <summary>One document of a YAML stream: the <c>---</c> line before it unless it is the first, then the document.</summary>
    public static void AppendStreamDocument(StringBuilder output, Field[] root, bool first)
    {
        if (!first)
        {
            output.Append("---\n");
        }

        AppendDocument(output, root);
    }

    private static void Write(StringBuilder output, Utf8Sink sink)
    {
        foreach (ReadOnlyMemory<char> chunk in output.GetChunks())
        {
            sink.Write(chunk.Span);
        }
    }

    private static void Keep(StringBuilder output)
    {
        if (output.Capacity <= 1 << 20)
        {
            t_builder = output;
        }
    }

    public static StringBuilder Rent()
    {
        StringBuilder output = t_builder ?? new StringBuilder(1024);
        t_builder = null;
        output.Clear();
        return output;
    }

    public static string Return(StringBuilder output)
    {
        string text = output.ToString();
        Keep(output);
        return text;
    }

    public static void AppendDocument(StringBuilder output, Field[] root)
    {
        if (root.Length == 0)
        {
            output.Append("{}\n");
            return;
        }

        AppendMap(output, root, 0, firstOnCurrentLine: false);
    }

    // Keys at column `indent`; the first key continues the current line when it follows "- " or ": ".
    private static void AppendMap(StringBuilder output, Field[] fields, int indent, bool firstOnCurrentLine)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0 || !firstOnCurrentLine)
            {
                output.Append(' ', indent);
            }

            string key = YamlScalars.Sanitize(fields[i].Name);
            if (!TryAppendImplicitKey(output, key))
            {
                // "? key" then ": value", the value placed like a sequence item's.
                output.Append("? ");
                AppendScalar(output, key, indent + 2, isKey: true);
                output.Append('\n').Append(' ', indent).Append(": ");
                AppendInline(output, fields[i].Value, indent + 2);
                continue;
            }

            output.Append(':');
            AppendAfterKey(output, fields[i].Value, indent);
        }
    }

    private static bool TryAppendImplicitKey(StringBuilder output, string key)
    {
        if (key.Length * 6 + 2 <= MaxImplicitKeyLength)
        {
            AppendScalar(output, key, 0, isKey: true);
            return true;
        }

        int start = output.Length;
        AppendScalar(output, key, 0, isKey: true);
        if (output.Length - start <= MaxImplicitKeyLength)
        {
            return true;
        }

        output.Length = start;
        return false;
    }

    // After "key:" at column `indent`.
    private static void AppendAfterKey(StringBuilder output, object value, int indent)
    {
        switch (Values.Kind(value))
        {
            case NodeKind.Object when Values.Fields(value).Length > 0:
                output.Append('\n');
                AppendMap(output, Values.Fields(value), indent + 2, firstOnCurrentLine: false);
                break;
            case NodeKind.Array when !Values.Items(value).IsEmpty:
                output.Append('\n');
                AppendSequence(output, Values.Items(value), indent, firstOnCurrentLine: false);
                break;
            default:
                output.Append(' ');
                AppendLeaf(output, value, indent + 2);
                break;
        }
    }

    // Dashes at column `indent`.
    private static void AppendSequence(StringBuilder output, ReadOnlySpan<object> items, int indent, bool firstOnCurrentLine)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0 || !firstOnCurrentLine)
            {
                output.Append(' ', indent);
            }

            output.Append("- ");
            AppendInline(output, items[i], indent + 2);
        }
    }

    // A value that starts on the current line, right after "- " or "? key\n: ", its block content at `indent`.
    private static void AppendInline(StringBuilder output, object value, int indent)
    {
        switch (Values.Kind(value))
        {
            case NodeKind.Object when Values.Fields(value).Length > 0:
                AppendMap(output, Values.Fields(value), indent, firstOnCurrentLine: true);
                break;
            case NodeKind.Array when !Values.Items(value).IsEmpty:
                AppendSequence(output, Values.Items(value), indent, firstOnCurrentLine: true);
                break;
            default:
                AppendLeaf(output, value, indent);
                break;
        }
    }

    // A scalar or empty collection, then the line break; a literal block's lines go at `blockIndent`.
    private static void AppendLeaf(StringBuilder output, object value, int blockIndent)
    {
        switch (Values.Kind(value))
        {
            case NodeKind.Null:
                output.Append("null\n");
                break;
            case NodeKind.False:
                output.Append("false\n");
                break;
            case NodeKind.True:
                output.Append("true\n");
                break;
            case NodeKind.Number:
                AppendNumber(output, (NumberNode)value);
                output.Append('\n');
                break;
            case NodeKind.String:
                string text = YamlScalars.Sanitize(Values.Text(value));
                if (AppendScalar(output, text, blockIndent, isKey: false) != ScalarStyle.Literal)
                {
                    output.Append('\n');
                }

                break;
            case NodeKind.Array:
                output.Append("[]\n");
                break;
            default:
                output.Append("{}\n");
                break;
        }
    }

    // A number read from text is written as it was read (1E+20 stays 1E+20, as kubectl's reader reads it). One
    // made in code (PatchValue.Number(1e20)) is written for YAML 1.1 readers too (PyYAML), whose floats need a dot
    // and a signed exponent: 1.0E+20, which both read as the same number.
    private static void AppendNumber(StringBuilder output, NumberNode number)
    {
        string json = number.Text;
        int exponent = json.IndexOfAny(ExponentMarks);
        if (exponent < 0 || number.IsFromText)
        {
            output.Append(json);
            return;
        }

        output.Append(json, 0, exponent);
        if (json.IndexOf('.', 0, exponent) < 0)
        {
            output.Append(".0");
        }

        output.Append(json[exponent]);
        if (json[exponent + 1] is not ('+' or '-'))
        {
            output.Append('+');
        }

        output.Append(json, exponent + 1, json.Length - exponent - 1);
    }

    private static readonly char[] ExponentMarks = { 'e', 'E' };

    // A literal block writes its own final line break; every other style leaves the line open.
    private static ScalarStyle AppendScalar(StringBuilder output, string text, int blockIndent, bool isKey)
    {
        ScalarStyle style = YamlScalars.Choose(text, isKey);
        switch (style)
        {
            case ScalarStyle.Plain:
                output.Append(text);
                break;
            case ScalarStyle.SingleQuoted:
                YamlScalars.WriteSingleQuoted(output, text);
                break;
            case ScalarStyle.DoubleQuoted:
                YamlScalars.WriteDoubleQuoted(output, text);
                break;
            default:
                YamlScalars.WriteLiteral(output, text, blockIndent);
                break;
        }

        return style;
    }
}
