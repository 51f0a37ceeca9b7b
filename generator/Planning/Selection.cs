using System;
using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>
    /// Which definitions to generate. By default all of them; a schema file's <c>KubesonnetInclude</c> item metadata
    /// narrows its kinds to a list of entries separated by <c>;</c> or <c>,</c>:
    /// <c>v1</c> (the core group's v1), <c>v1/Pod</c>, <c>apps/v1</c>, <c>apps/v1/Deployment</c>, <c>apps/*</c>
    /// (every version of a group). Every definition a chosen kind needs (its fields' types, transitively) is
    /// generated too; kinds left out and not needed are not.
    /// </summary>
    internal static class Selection
    {
        /// <summary>True when <paramref name="kind"/> is chosen by <paramref name="entry"/>.</summary>
        public static bool Matches(string entry, GroupVersionKind kind)
        {
            string[] parts = entry.Split('/');
            switch (parts.Length)
            {
                case 1:
                    return kind.Group.Length == 0 && kind.Version == parts[0];
                case 2 when parts[1] == "*":
                    return kind.Group == NormalizeGroup(parts[0]);
                case 2 when parts[1].Length > 0 && char.IsUpper(parts[1][0]):
                    return kind.Group.Length == 0 && kind.Version == parts[0] && kind.Kind == parts[1];
                case 2:
                    return kind.Group == NormalizeGroup(parts[0]) && kind.Version == parts[1];
                case 3:
                    return kind.Group == NormalizeGroup(parts[0]) && kind.Version == parts[1] && kind.Kind == parts[2];
                default:
                    return false;
            }
        }

        /// <summary>
        /// The ids of the definitions to generate: every one where no file narrows the choice; else the kinds the
        /// entries choose (of files that narrow), every definition of files that do not narrow, and all they need.
        /// </summary>
        public static HashSet<string> Select(IEnumerable<DocumentModel> documents, IReadOnlyDictionary<string, DefinitionModel> definitions)
        {
            var roots = new List<string>();
            bool narrowed = false;
            foreach (DocumentModel document in documents)
            {
                if (document.Include.Count == 0)
                {
                    roots.AddRange(document.Definitions.Select(d => d.Id));
                    continue;
                }

                narrowed = true;
                foreach (DefinitionModel definition in document.Definitions)
                {
                    if (definition.Kinds.Any(k => document.Include.Any(e => Matches(e, k))))
                    {
                        roots.Add(definition.Id);
                    }
                }
            }

            if (!narrowed)
            {
                return new HashSet<string>(definitions.Keys, StringComparer.Ordinal);
            }

            var chosen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(roots);
            while (pending.Count > 0)
            {
                string id = pending.Pop();
                if (!chosen.Add(id) || !definitions.TryGetValue(id, out DefinitionModel? definition))
                {
                    continue;
                }

                foreach (string reference in References(definition.Type, 0))
                {
                    pending.Push(reference);
                }
            }

            return chosen;
        }

        /// <summary>The definitions <paramref name="type"/> refers to: its own reference, its items', values' and properties'.</summary>
        internal static IEnumerable<string> References(FieldType type, int depth)
        {
            if (depth > Limits.MaxSchemaDepth)
            {
                yield break;
            }

            if (type.Kind == ValueKind.Reference && type.Reference != null)
            {
                yield return type.Reference;
            }

            if (type.Element != null)
            {
                foreach (string reference in References(type.Element, depth + 1))
                {
                    yield return reference;
                }
            }

            foreach (PropertyModel property in type.Properties)
            {
                foreach (string reference in References(property.Type, depth + 1))
                {
                    yield return reference;
                }
            }
        }

        private static string NormalizeGroup(string group) => group == "core" ? string.Empty : group;
    }
}
