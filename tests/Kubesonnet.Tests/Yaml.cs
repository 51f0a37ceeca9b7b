using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kubesonnet.Tests
{
    /// <summary>Reads YAML (one document) into JSON with YamlDotNet, resolving plain scalars by YAML 1.2's core schema.</summary>
    internal static class Yaml
    {
        public static JsonNode ToJsonNode(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return Convert(stream.Documents.Single().RootNode)!;
        }

        private static JsonNode? Convert(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Children)
                    {
                        obj[((YamlScalarNode)entry.Key).Value!] = Convert(entry.Value);
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray(sequence.Children.Select(Convert).ToArray());
                case YamlScalarNode scalar:
                    string value = scalar.Value ?? string.Empty;
                    if (scalar.Style != ScalarStyle.Plain)
                    {
                        return JsonValue.Create(value);
                    }

                    if (value is "null" or "~" or "")
                    {
                        return null;
                    }

                    if (value is "true" or "false")
                    {
                        return JsonValue.Create(value == "true");
                    }

                    if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                    {
                        return JsonValue.Create(integer);
                    }

                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                    {
                        return JsonValue.Create(number);
                    }

                    return JsonValue.Create(value);
                default:
                    throw new InvalidDataException("Unexpected YAML node " + node.NodeType);
            }
        }
    }
}
