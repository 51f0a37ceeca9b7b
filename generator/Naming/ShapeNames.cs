using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kubesonnet.Generator.Naming
{
    /// <summary>
    /// How a type that a schema writes inline (an array's item, a map's value, an object that recurs) is named: for
    /// what it is, not for the path to it (README, "Custom resources: types and names").
    /// </summary>
    internal static class ShapeNames
    {
        // controller-gen writes a Go type's doc comment as the schema's description, and Go's comments start with the
        // type's name: "EnvVar represents an environment variable present in a Container."
        private static readonly Regex s_goTypeName = new Regex(
            @"^([A-Za-z][A-Za-z0-9]*) (is|are|represents|contains|describes|defines|holds|specifies|configures|allows|selects|references|attaches|enables|identifies|provides|stores|tracks|indicates|determines|controls|wraps|carries|lists|sets)\b",
            RegexOptions.CultureInvariant);

        private static readonly HashSet<string> s_notTypeNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "this", "that", "these", "those", "it", "its", "if", "when", "each", "which", "what", "there",
            "here", "only", "all", "any", "no", "none", "one", "some", "every", "default", "required", "optional", "deprecated",
        };

        /// <summary>
        /// The Go type name a controller-gen description starts with (<c>EnvVar represents…</c> → <c>EnvVar</c>), or
        /// null when the description does not start so.
        /// </summary>
        public static string? GoTypeName(string description)
        {
            Match match = s_goTypeName.Match(description);
            if (!match.Success || s_notTypeNames.Contains(match.Groups[1].Value))
            {
                return null;
            }

            string name = NameRules.Pascal(match.Groups[1].Value);
            return name.Length <= Limits.MaxTypeNameLength ? name : null;
        }

        /// <summary>
        /// The singular of a PascalCase field name, for the type of its items: <c>Containers</c> → <c>Container</c>,
        /// <c>Policies</c> → <c>Policy</c>, <c>Addresses</c> → <c>Address</c>; a name that is not an English plural
        /// stays as it is (<c>Data</c>, <c>Status</c>).
        /// </summary>
        public static string Singular(string name)
        {
            if (name.Length < 3)
            {
                return name;
            }

            if (name.EndsWith("ies", StringComparison.Ordinal) && name.Length > 4)
            {
                return name.Substring(0, name.Length - 3) + "y";
            }

            foreach (string ending in new[] { "sses", "xes", "ches", "shes", "zzes", "Aliases", "aliases" })
            {
                if (name.EndsWith(ending, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - 2);
                }
            }

            if (name.EndsWith("s", StringComparison.Ordinal)
                && !name.EndsWith("ss", StringComparison.Ordinal)
                && !name.EndsWith("us", StringComparison.Ordinal)
                && !name.EndsWith("is", StringComparison.Ordinal)
                && char.IsLower(name[name.Length - 2]))
            {
                return name.Substring(0, name.Length - 1);
            }

            return name;
        }

        /// <summary>
        /// <paramref name="qualifier"/> before <paramref name="name"/>, without repeating a word the qualifier ends with and
        /// the name starts with: <c>Spec</c> + <c>Selector</c> → <c>SpecSelector</c>, <c>Http</c> + <c>HttpGet</c> → <c>HttpGet</c>.
        /// </summary>
        public static string Qualify(string qualifier, string name)
        {
            if (qualifier.Length == 0)
            {
                return name;
            }

            if (name.StartsWith(qualifier, StringComparison.Ordinal))
            {
                return name;
            }

            return qualifier + name;
        }
    }
}
