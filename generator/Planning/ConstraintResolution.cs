using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>
    /// Turns a definition's constraint table into the one its type carries: a reference to a definition that has a
    /// generated type becomes <c>{"$ref":n}</c>, the n-th of the type's references (that type's table, parsed when
    /// first needed); a reference to a definition without one (Quantity, Time, IntOrString) is replaced by that
    /// definition's table; a reference to nothing known accepts anything (<c>{}</c>). A kind's table also names its
    /// <c>apiVersion</c> and <c>kind</c>, for <c>Manifests.Validate</c>.
    /// </summary>
    internal static class ConstraintResolution
    {

        public static (string Table, EquatableArray<string> References) Resolve(
            DefinitionModel definition,
            GroupVersionKind? kind,
            IReadOnlyDictionary<string, DefinitionModel> definitions,
            Func<string, string?> typeOf)
        {
            // typeOf: the generated type of a definition id; empty for one that has a type not generated here; null for none.
            var references = new List<string>();
            var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
            string table = Inline(definition.Constraints, definitions, typeOf, references, indexes, 0);
            if (kind != null && table.StartsWith("{", StringComparison.Ordinal))
            {
                var head = new StringBuilder("{\"x-kubesonnet-kind\":[");
                JsonString(head, kind.ApiVersion).Append(',');
                JsonString(head, kind.Kind).Append(']');
                table = head.Append(table.Length > 2 ? "," : string.Empty).Append(table, 1, table.Length - 1).ToString();
            }

            return (table, references.ToEquatableArray());
        }

        private static string Inline(
            string table,
            IReadOnlyDictionary<string, DefinitionModel> definitions,
            Func<string, string?> typeOf,
            List<string> references,
            Dictionary<string, int> indexes,
            int depth)
        {
            if (table.Length == 0)
            {
                return "{}";
            }

            return ConstraintText.ReplaceReferences(table, id =>
            {
                string? type = typeOf(id);
                if (type is { Length: 0 })
                {
                    // A type that exists but is not generated here (not chosen by KubesonnetInclude): not checked.
                    return "{}";
                }

                if (type != null)
                {
                    if (!indexes.TryGetValue(type, out int index))
                    {
                        index = references.Count;
                        indexes.Add(type, index);
                        references.Add(type);
                    }

                    return "{\"$ref\":" + index.ToString(CultureInfo.InvariantCulture) + "}";
                }

                return depth < Limits.MaxConstraintInlining && definitions.TryGetValue(id, out DefinitionModel? target) && target.Constraints.Length > 0
                    ? Inline(target.Constraints, definitions, typeOf, references, indexes, depth + 1)
                    : "{}";
            });
        }

        private static StringBuilder JsonString(StringBuilder b, string value) => ConstraintText.String(b, value);
    }
}
