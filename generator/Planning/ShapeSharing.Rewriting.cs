using System;
using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>Rewriting: the definitions' fields and constraint tables once every shape that needs a type has one.</summary>
    internal sealed partial class ShapeSharing
    {
        /// <summary>
        /// Where the anonymous definitions' constraint tables go once their types are shared. A shared type whose
        /// anonymous definitions all had one table takes it, and the tables that referred to them refer to the shared
        /// type; where they had different tables (the same shape, other bounds or enums), or the shape is a named
        /// definition's (whose own table is its document's), each referring table takes the anonymous one's inline,
        /// so that a kind is checked against its own schema whatever was shared. Returns the shared types' tables.
        /// </summary>
        private Dictionary<string, string> ShareConstraints()
        {
            var byTarget = new Dictionary<string, List<DefinitionModel>>(StringComparer.Ordinal);
            foreach (DefinitionModel anonymous in _definitions.Values.Where(d => d.Anonymous && d.HasProperties).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                Shape shape = _shapes[ShapeIndex(anonymous.Type)];
                string? target = shape.Reuse ?? shape.Id;
                _anonymousTables[anonymous.Id] = anonymous.Constraints;
                if (target == null)
                {
                    continue;
                }

                if (!byTarget.TryGetValue(target, out List<DefinitionModel>? list))
                {
                    byTarget.Add(target, list = new List<DefinitionModel>());
                }

                list.Add(anonymous);
                if (shape.Reuse == null)
                {
                    _sharedAs[anonymous.Id] = target;
                }
            }

            foreach (KeyValuePair<string, List<DefinitionModel>> entry in byTarget)
            {
                if (entry.Value.Select(d => d.Constraints).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    foreach (DefinitionModel anonymous in entry.Value)
                    {
                        _sharedAs.Remove(anonymous.Id);
                    }
                }
            }

            var tables = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<DefinitionModel>> entry in byTarget)
            {
                if (_sharedAs.ContainsKey(entry.Value[0].Id))
                {
                    tables[entry.Key] = RewriteTable(entry.Value[0].Constraints, 0);
                }
            }

            return tables;
        }

        /// <summary>A constraint table with its references to anonymous definitions redirected (see <see cref="ShareConstraints"/>).</summary>
        private string RewriteTable(string table, int depth) =>
            ConstraintText.ReplaceReferences(table, id =>
                _sharedAs.TryGetValue(id, out string? shared) ? ConstraintText.Reference(shared)
                : _anonymousTables.TryGetValue(id, out string? own) ? (depth < Limits.MaxConstraintInlining && own.Length > 0 ? RewriteTable(own, depth + 1) : "{}")
                : null);

        private EquatableArray<PropertyModel> RewriteProperties(EquatableArray<PropertyModel> properties) =>
            properties.Select(p => p with { Type = Rewrite(p.Type, 0) }).ToEquatableArray();

        private FieldType Rewrite(FieldType type, int depth)
        {
            if (depth > Limits.MaxSchemaDepth)
            {
                return type;
            }

            switch (type.Kind)
            {
                case ValueKind.InlineObject when type.Properties.Count > 0:
                {
                    Shape shape = _shapes[ShapeIndex(type)];
                    if (NeedsType(shape))
                    {
                        return FieldType.ReferenceTo(shape.Reuse ?? shape.Id!);
                    }

                    return FieldType.Inline(RewriteProperties(type.Properties));
                }

                case ValueKind.Reference when _definitions.TryGetValue(type.Reference!, out DefinitionModel? target) && target.Anonymous && target.HasProperties:
                {
                    Shape shape = _shapes[ShapeIndex(target.Type)];
                    return FieldType.ReferenceTo(shape.Reuse ?? shape.Id!);
                }

                case ValueKind.Array:
                case ValueKind.Map:
                    // Everything else the field type says (an array's merge keys) stays as it is.
                    return type with { Element = Rewrite(type.Element!, depth + 1) };
                default:
                    return type;
            }
        }
    }
}
