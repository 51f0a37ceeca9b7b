using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// A patch as jsonnet source, modes included: <c>{apiVersion: "v1", metadata+: {name: "x"}}</c>. For tests and
/// debugging; rendering (JSON, YAML) never shows modes.
/// </summary>
internal static class ModeText
{
    public static string Format(Field[] fields)
    {
        var text = new StringBuilder();
        AppendObject(text, fields);
        return text.ToString();
    }

    private static void AppendObject(StringBuilder text, Field[] fields)
    {
        text.Append('{');
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            string name = fields[i].Name;
            text.Append(IsIdentifier(name) ? name : JsonText.Write(name, indented: false));
            text.Append(fields[i].Merge ? "+: " : ": ");
            AppendValue(text, fields[i].Value);
        }

        text.Append('}');
    }

    private static void AppendValue(StringBuilder text, object value)
    {
        if (value is ArrayOps ops)
        {
            ops.AppendText(text, AppendValue);
            return;
        }

        switch (Values.Kind(value))
        {
            case NodeKind.Object:
                AppendObject(text, Values.Fields(value));
                break;
            case NodeKind.Array:
                text.Append('[');
                bool first = true;
                foreach (object item in Values.Items(value))
                {
                    text.Append(first ? string.Empty : ", ");
                    AppendValue(text, item);
                    first = false;
                }

                text.Append(']');
                break;
            default:
                text.Append(JsonText.Write(value, indented: false));
                break;
        }
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
