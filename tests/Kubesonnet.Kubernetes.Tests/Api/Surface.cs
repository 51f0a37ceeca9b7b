using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// The names a generated type or group offers, in jsonnet's terms: its groups (nested classes, inherited from the
    /// definition's shared <c>Setters</c> class) and its setters, to compare with <c>std.objectFields</c> of the library.
    /// </summary>
    internal static class Surface
    {
        private static readonly HashSet<string> Plumbing = new(StringComparer.Ordinal) { "At", "Setters", "Setters`2" };

        /// <summary>Group class names and <c>With…</c> method names of <paramref name="type"/>, sorted by code point.</summary>
        public static string[] Of(Type type)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (Type nested in t.GetNestedTypes(BindingFlags.Public))
                {
                    if (!Plumbing.Contains(nested.Name))
                    {
                        names.Add(nested.Name);
                    }
                }
            }

            // Kubesonnet's additions to k8s-libsonnet's surface are left out: a group's whole-builder setters
            // (WithSpec(DeploymentSpec) beside the group Spec) and merges by key (WithContainersMerge).
            var groups = new HashSet<string>(names, StringComparer.Ordinal);
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy))
            {
                string name = method.Name;
                bool addition = name.EndsWith("Merge", StringComparison.Ordinal)
                    || (name.StartsWith("With", StringComparison.Ordinal) && (groups.Contains(name[4..]) || (name.EndsWith("Mixin", StringComparison.Ordinal) && groups.Contains(name[4..^5]))));
                if (name.StartsWith("With", StringComparison.Ordinal) && !addition)
                {
                    names.Add(method.Name);
                }
            }

            return names.ToArray();
        }

        /// <summary>
        /// The library's field names as C# names: <c>withX</c> → <c>WithX</c>, a group <c>x</c> → <c>X</c>;
        /// <c>new</c> and <c>mixin</c> (a method and a jsonnet idiom) are left out.
        /// </summary>
        public static string[] FromJsonnet(JsonNode? fields) =>
            fields!.AsArray().Select(n => n!.GetValue<string>())
                .Where(n => n is not ("new" or "mixin" or "#mixin"))
                .Select(n => char.ToUpperInvariant(n[0]) + n[1..])
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
    }
}
