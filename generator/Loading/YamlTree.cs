using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kubesonnet.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>Small helpers over SharpYaml's tree, bounded so that a hostile document cannot make them run away.</summary>
    internal static class YamlTree
    {
        [ThreadStatic]
        private static YamlScalarNode? t_probe;

        private static readonly Regex s_jsonNumber = new Regex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// The value of <paramref name="key"/>, by a hashed lookup: locating each of 40,000 properties by a scan took
        /// 24 s. Keys are untagged scalars in every tree Kubesonnet builds (<see cref="JsonTree"/>,
        /// <see cref="YamlReading"/>), and an untagged scalar equals another of the same value whatever its style.
        /// </summary>
        /// <remarks>
        /// The key is looked up through one scalar node per thread whose value is set for each lookup: a new node per
        /// lookup was most of what mapping a document allocated (a dozen lookups per schema).
        /// </remarks>
        public static YamlNode? Get(YamlMappingNode mapping, string key)
        {
            YamlScalarNode probe = t_probe ??= new YamlScalarNode();
            probe.Value = key;
            return mapping.Children.TryGetValue(probe, out YamlNode? value) ? value : null;
        }

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

        /// <summary>True for a scalar written plain and untagged: one that YAML's core schema types by its text.</summary>
        public static bool IsPlain(YamlScalarNode scalar) =>
            (scalar.Style == ScalarStyle.Plain || scalar.Style == ScalarStyle.Any) && string.IsNullOrEmpty(scalar.Tag);

        /// <summary>True for a number as JSON writes it (no hex, no leading zeros, no <c>.5</c>).</summary>
        public static bool IsJsonNumber(string text) => s_jsonNumber.IsMatch(text);

        /// <summary>
        /// A scalar as a JSON literal: a plain <c>true</c>, <c>false</c>, <c>null</c> or JSON number as written (with
        /// <paramref name="finiteNumbers"/>, not one beyond a double's range, such as <c>1e999</c>), a plain empty
        /// value or <c>~</c> as <c>null</c>, anything else as a JSON string.
        /// </summary>
        public static void AppendJson(StringBuilder b, YamlScalarNode scalar, bool finiteNumbers)
        {
            string value = scalar.Value ?? string.Empty;
            bool plain = IsPlain(scalar);
            if (plain && (value is "true" or "false" or "null" || (IsJsonNumber(value) && (!finiteNumbers || IsFinite(value)))))
            {
                b.Append(value);
            }
            else if (plain && (value.Length == 0 || value == "~"))
            {
                b.Append("null");
            }
            else
            {
                ConstraintText.String(b, value);
            }
        }

        private static bool IsFinite(string number) =>
            double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && !double.IsInfinity(d);
    }
}
