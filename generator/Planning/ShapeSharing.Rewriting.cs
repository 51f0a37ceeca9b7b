using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>Rewriting: the definitions' fields and constraint tables once every shape that needs a type has one.</summary>
    internal sealed partial class ShapeSharing
    {
        /// <summary>
        /// Where the anonymous definitions' constraint tables go once their types are shared. An object field's table
        /// counts as an anonymous one of its own first (<see cref="Extract"/>). A shared type whose occurrences all
        /// have one table (compared as they are rewritten: a reference to a shared type stands for that type's table)
        /// takes it, and the tables that referred to them refer to the shared type; where they have different tables
        /// (the same shape, other bounds or enums), or the shape is a named definition's (whose own table is its
        /// document's), each referring table takes the anonymous one's inline, so that a kind is checked against its
        /// own schema whatever was shared. Returns the shared types' tables.
        /// </summary>
        private Dictionary<string, string> ShareConstraints()
        {
            var occurrences = new List<(string Id, FieldType Type)>();
            foreach (DefinitionModel definition in _definitions.Values.Where(d => d.FromCrd && d.HasProperties).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                string table = Extract(definition.Constraints, definition.Type, definition.Id, 0, occurrences);
                if (definition.Anonymous)
                {
                    _anonymousTables[definition.Id] = table;
                    occurrences.Add((definition.Id, definition.Type));
                }
                else
                {
                    _ownTables[definition.Id] = table;
                }
            }

            var byTarget = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach ((string id, FieldType type) in occurrences.OrderBy(o => o.Id, StringComparer.Ordinal))
            {
                Shape shape = _shapes[ShapeIndex(type)];
                if (!NeedsType(shape) || shape.Reuse != null || shape.Id == null)
                {
                    continue;
                }

                if (!byTarget.TryGetValue(shape.Id, out List<string>? list))
                {
                    byTarget.Add(shape.Id, list = new List<string>());
                }

                list.Add(id);
                _sharedAs[id] = shape.Id;
            }

            // Unsharing one type changes the tables that referred to it: until no more differ.
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (KeyValuePair<string, List<string>> entry in byTarget.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (_sharedAs.ContainsKey(entry.Value[0])
                        && entry.Value.Select(id => RewriteTable(_anonymousTables[id], 0)).Distinct(StringComparer.Ordinal).Skip(1).Any())
                    {
                        foreach (string id in entry.Value)
                        {
                            _sharedAs.Remove(id);
                        }

                        changed = true;
                    }
                }
            }

            var tables = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<string>> entry in byTarget)
            {
                if (_sharedAs.ContainsKey(entry.Value[0]))
                {
                    tables[entry.Key] = RewriteTable(_anonymousTables[entry.Value[0]], 0);
                }
            }

            return tables;
        }

        /// <summary>
        /// <paramref name="table"/> (of an object of type <paramref name="type"/>) with the table of each field that is
        /// an inline object replaced by a reference to an anonymous table of its own (<c>id/length:field</c>), added to
        /// <paramref name="occurrences"/>: so that where the field's type is shared, the table can refer to that type's.
        /// Inlined again unchanged where it is not (<see cref="RewriteTable"/>).
        /// </summary>
        private string Extract(string table, FieldType type, string id, int depth, List<(string Id, FieldType Type)> occurrences)
        {
            if (depth > Limits.MaxSchemaDepth || type.Kind != ValueKind.InlineObject || type.Properties.Count == 0)
            {
                return table;
            }

            (string Key, int Start, int End) properties = ConstraintText.Members(table, 0).FirstOrDefault(m => m.Key == "properties");
            if (properties.Key == null)
            {
                return table;
            }

            var result = new StringBuilder(table.Length);
            int position = 0;
            foreach ((string name, int start, int end) in ConstraintText.Members(table, properties.Start))
            {
                PropertyModel? property = type.Properties.FirstOrDefault(p => p.Name == name);
                if (property == null || property.Type.Kind != ValueKind.InlineObject || property.Type.Properties.Count == 0
                    || table[start] != '{' || string.CompareOrdinal(table, start, ConstraintText.ReferencePrefix, 0, ConstraintText.ReferencePrefix.Length) == 0)
                {
                    continue;
                }

                // Length-prefixed: a field name may hold any character, and no two paths may give one id.
                string field = id + "/" + name.Length.ToString(CultureInfo.InvariantCulture) + ":" + name;
                _anonymousTables[field] = Extract(table.Substring(start, end - start), property.Type, field, depth + 1, occurrences);
                _extracted.Add(field);
                occurrences.Add((field, property.Type));
                result.Append(table, position, start - position).Append(ConstraintText.Reference(field));
                position = end;
            }

            return position == 0 ? table : result.Append(table, position, table.Length - position).ToString();
        }

        /// <summary>A definition's constraint table with its references to anonymous tables redirected (see <see cref="ShareConstraints"/>).</summary>
        private string RewriteOwnTable(DefinitionModel definition) =>
            RewriteTable(_ownTables.TryGetValue(definition.Id, out string? own) ? own : definition.Constraints, 0);

        /// <summary>A constraint table with its references to anonymous definitions redirected (see <see cref="ShareConstraints"/>).</summary>
        private string RewriteTable(string table, int depth) =>
            ConstraintText.ReplaceReferences(table, id =>
                _sharedAs.TryGetValue(id, out string? shared) ? ConstraintText.Reference(shared)
                : _extracted.Contains(id) ? RewriteTable(_anonymousTables[id], depth)
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
