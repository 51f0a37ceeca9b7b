using System;
using System.Collections.Generic;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>Small helpers over SharpYaml's tree, bounded so that a hostile document cannot make them run away.</summary>
    internal static class YamlTree
    {
        /// <summary>
        /// The value of <paramref name="key"/>, by a hashed lookup: locating each of 40,000 properties by a scan took
        /// 24 s. Keys are untagged scalars in every tree Kubesonnet builds (<see cref="JsonTree"/>,
        /// <see cref="YamlReading"/>), and an untagged scalar equals another of the same value whatever its style.
        /// </summary>
        public static YamlNode? Get(YamlMappingNode mapping, string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

        public static bool Remove(YamlMappingNode mapping, string key)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
            {
                if (entry.Key is YamlScalarNode scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
                {
                    return mapping.Children.Remove(entry.Key);
                }
            }

            return false;
        }

        /// <summary>Follows mapping keys from <paramref name="node"/>; null where a step is missing.</summary>
        public static YamlNode? Find(YamlNode? node, IReadOnlyList<string> path)
        {
            foreach (string segment in path)
            {
                if (node is not YamlMappingNode mapping)
                {
                    return null;
                }

                node = Get(mapping, segment);
            }

            return node;
        }
    }
}
