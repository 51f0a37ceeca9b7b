using System;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kubesonnet.Internal;

namespace Kubesonnet;

/// <summary>
/// What the generated k8s-libsonnet helpers (<c>RoleBinding.BindRole</c>, <c>Deployment.ConfigMapVolumeMount</c>,
/// <c>Deployment.MapContainersWithName</c>, …) read from the objects they are given: strings at a path, and jsonnet's
/// <c>std.md5(std.toString(x))</c>. Public so that generated code can call it; not meant to be called directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LibsonnetFunctions
{
    /// <summary>The string at <paramref name="path"/> in the object (<c>metadata</c>, <c>name</c>), or <see langword="null"/>
    /// when a field on the way is absent or not an object, or the value is not a string.</summary>
    /// <param name="value">The object: a generated type or a patch.</param>
    /// <param name="path">The field names from the root.</param>
    /// <returns>The string, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? GetString(IPatch value, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(path);
        object current = (value.Patch ?? Patch.Empty).Fields;
        foreach (string name in path)
        {
            if (!Values.IsObject(current))
            {
                return null;
            }

            Field[] fields = Values.Fields(current);
            int index = KeyOrder.Find(fields, name);
            if (index < 0)
            {
                return null;
            }

            current = fields[index].Value;
        }

        return Values.Kind(current) == NodeKind.String ? Values.Text(current) : null;
    }

    /// <summary>The string at <paramref name="path"/>, or an <see cref="ArgumentException"/> naming what is missing
    /// (jsonnet fails there too: <c>role.metadata.name</c> of an object without one).</summary>
    /// <param name="value">The object.</param>
    /// <param name="argumentName">The helper's parameter, named in the exception.</param>
    /// <param name="path">The field names from the root.</param>
    /// <returns>The string.</returns>
    /// <exception cref="ArgumentException">There is no string at the path.</exception>
    public static string RequireString(IPatch value, string argumentName, params string[] path) =>
        GetString(value, path) ?? throw new ArgumentException($"{argumentName} has no string at {string.Join(".", path)}.", argumentName);

    /// <summary>jsonnet's <c>std.md5(text)</c>: the MD5 of the UTF-8 text, as 32 lowercase hexadecimal digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Md5(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
#pragma warning disable CA5351 // jsonnet's std.md5: a content hash for an annotation, not security
        byte[] hash = MD5.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5351
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>
    /// jsonnet's <c>std.md5(std.toString(value))</c> for an object: <c>std.toString</c> writes it as JSON on one line with
    /// <c>", "</c> and <c>": "</c> between items, keys sorted, <c>{ }</c> and <c>[ ]</c> for empty ones. Numbers that are not
    /// integers are written as jsonnet writes doubles (17 significant digits).
    /// </summary>
    /// <param name="value">The object: a generated type or a patch.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Md5OfToString(IPatch value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        AppendToString(text, (value.Patch ?? Patch.Empty).Fields);
        return Md5(text.ToString());
    }

    /// <summary>jsonnet's <c>std.toString</c> of a value (see <see cref="Md5OfToString"/>); for tests.</summary>
    internal static string ToJsonnetString(Patch patch)
    {
        var text = new StringBuilder();
        AppendToString(text, patch.Fields);
        return text.ToString();
    }

    private static void AppendToString(StringBuilder text, object value)
    {
        switch (Values.Kind(value))
        {
            case NodeKind.Object:
                Field[] fields = Values.Fields(value);
                if (fields.Length == 0)
                {
                    text.Append("{ }");
                    return;
                }

                text.Append('{');
                for (int i = 0; i < fields.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    PathText.AppendQuoted(text, fields[i].Name, shortEscapes: true);
                    text.Append(": ");
                    AppendToString(text, fields[i].Value);
                }

                text.Append('}');
                return;
            case NodeKind.Array:
                ReadOnlySpan<object> items = Values.Items(value);
                if (items.IsEmpty)
                {
                    text.Append("[ ]");
                    return;
                }

                text.Append('[');
                for (int i = 0; i < items.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    AppendToString(text, items[i]);
                }

                text.Append(']');
                return;
            case NodeKind.String:
                PathText.AppendQuoted(text, Values.Text(value), shortEscapes: true);
                return;
            case NodeKind.Number:
                string number = ((NumberNode)value).Text;
                if (!long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                {
                    number = Math.Floor(d) == d && Math.Abs(d) < 1e17 ? d.ToString("F0", CultureInfo.InvariantCulture) : d.ToString("G17", CultureInfo.InvariantCulture);
                }

                text.Append(number);
                return;
            case NodeKind.True:
                text.Append("true");
                return;
            case NodeKind.False:
                text.Append("false");
                return;
            default:
                text.Append("null");
                return;
        }
    }
}
