using System.Globalization;
using System.Text;

namespace Kubesonnet.Generator.Model
{
    /// <summary>
    /// The JSON text of constraint tables (<see cref="DefinitionModel.Constraints"/>), shared by Loading, which
    /// writes them, and Planning, which resolves their references.
    /// </summary>
    internal static class ConstraintText
    {
        /// <summary>How a reference to a definition starts: <c>{"$ref":"id"}</c>. Strings in a table escape every quote, so this is found only where a reference is.</summary>
        public const string ReferencePrefix = "{\"$ref\":\"";

        /// <summary>
        /// A JSON string. Quotes, backslashes and control characters are escaped; a lone surrogate (which no UTF-8
        /// reader takes) becomes U+FFFD. A whole table becomes a C# literal through the emitter's one escaping helper.
        /// </summary>
        public static StringBuilder String(StringBuilder b, string value)
        {
            b.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    b.Append('\\').Append(c);
                }
                else if (c < 0x20)
                {
                    b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    b.Append(c).Append(value[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    b.Append('\uFFFD');
                }
                else
                {
                    b.Append(c);
                }
            }

            return b.Append('"');
        }

        /// <summary><c>{"$ref":"id"}</c>.</summary>
        public static string Reference(string id) => String(new StringBuilder("{\"$ref\":"), id).Append('}').ToString();
    }
}
