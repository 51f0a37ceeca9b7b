using System;
using System.Collections.Generic;
using System.Text;
using Kubesonnet.Generator.Model;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>The JSON text of a table: types, literal values, and the small readers Write uses.</summary>
    internal sealed partial class ConstraintTables
    {
        private static bool HasOwnConstraints(YamlMappingNode schema)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> entry in schema.Children)
            {
                switch ((entry.Key as YamlScalarNode)?.Value)
                {
                    case "description":
                    case "allOf":
                    case "default":
                    case "example":
                    case "title":
                    case "x-kubernetes-patch-strategy":
                    case "x-kubernetes-patch-merge-key":
                        continue;
                    default:
                        return true;
                }
            }

            return false;
        }

        private static void WriteType(StringBuilder b, YamlNode value)
        {
            if (value is YamlScalarNode { Value: { } single })
            {
                if (s_types.Contains(single))
                {
                    String(Key(b, "type"), single).Append(',');
                }

                return;
            }

            if (value is YamlSequenceNode list)
            {
                var names = new List<string>();
                foreach (YamlNode item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } name } && s_types.Contains(name))
                    {
                        names.Add(name);
                    }
                }

                if (names.Count > 0)
                {
                    Key(b, "type").Append('[');
                    foreach (string name in names)
                    {
                        String(b, name).Append(',');
                    }

                    TrimComma(b).Append("],");
                }
            }
        }

        /// <summary>A YAML value as JSON: plain scalars by YAML 1.2's core schema (numbers, true, false, null), others as strings.</summary>
        private static void Json(YamlNode node, StringBuilder b, int depth)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    YamlTree.AppendJson(b, scalar, finiteNumbers: true);
                    break;
                case YamlSequenceNode sequence when depth < DepthBound:
                    b.Append('[');
                    foreach (YamlNode item in sequence.Children)
                    {
                        Json(item, b, depth + 1);
                        b.Append(',');
                    }

                    TrimComma(b).Append(']');
                    break;
                case YamlMappingNode mapping when depth < DepthBound:
                    b.Append('{');
                    foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                    {
                        string key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;

                        // A value's own "$ref" is written escaped, so that no scan takes the value for a reference.
                        (key == "$ref" ? b.Append("\"\\u0024ref\"") : String(b, key)).Append(':');
                        Json(entry.Value, b, depth + 1);
                        b.Append(',');
                    }

                    TrimComma(b).Append('}');
                    break;
                default:
                    b.Append("null");
                    break;
            }
        }

        private static bool IsPlain(YamlScalarNode scalar) => YamlTree.IsPlain(scalar);

        private static bool IsTrue(YamlNode value) =>
            value is YamlScalarNode { Value: { } text } && string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);

        private static YamlNode? Get(YamlMappingNode mapping, string key) => YamlTree.Get(mapping, key);

        private static string? Scalar(YamlMappingNode mapping, string key) => (Get(mapping, key) as YamlScalarNode)?.Value;

        private static StringBuilder Key(StringBuilder b, string key) => String(b, key).Append(':');

        private static StringBuilder TrimComma(StringBuilder b)
        {
            if (b.Length > 0 && b[b.Length - 1] == ',')
            {
                b.Length--;
            }

            return b;
        }

        private static StringBuilder String(StringBuilder b, string value) => ConstraintText.String(b, value);

        // JSON Pointer escapes in a $ref: ~1 is '/', ~0 is '~'.
        private static string Unescape(string id) => id.Replace("~1", "/").Replace("~0", "~");
    }
}
