using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>
    /// One type per shape (issue 12). Objects that schemas write inline — an array's items, a map's values, an object
    /// field — are compared by shape: the same property names with the same types and item or value shapes,
    /// recursively; descriptions aside. Each shape that needs a type (an item or value, or an object that occurs in
    /// two places or more) gets one, shared by every place it occurs: within a CRD, across its versions and across the
    /// CRDs of a project. Where a named definition of a document (an OpenAPI document's <c>Container</c>) has exactly
    /// the same shape, that definition is used instead; never a definition with more fields, which the API server
    /// would prune. An object that occurs once stays a group written out where it is. Only definitions read from CRDs
    /// are rewritten (<see cref="DefinitionModel.FromCrd"/>); an OpenAPI document's own definitions stay as written.
    /// </summary>
    /// <remarks>
    /// A shared type is named for what it is (<see cref="ShapeNames"/>): the Go type name its description starts with,
    /// else its field's name (singular for items), qualified by its parents' names only where two different shapes of
    /// one namespace want the same name. Names are decided for all shapes at once, so that no shape's name depends on
    /// the order in which shapes are met.
    /// </remarks>
    internal sealed partial class ShapeSharing
    {
        private readonly Dictionary<string, DefinitionModel> _definitions;
        private readonly Dictionary<string, int> _interned = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<Shape> _shapes = new List<Shape>();
        private readonly Dictionary<FieldType, string> _keys = new Dictionary<FieldType, string>(ReferenceIdentity<FieldType>.Instance);
        private readonly Dictionary<string, string> _definitionKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _inProgress = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _namedShapes = new Dictionary<string, string>(StringComparer.Ordinal);

        // Anonymous definition id → the shared type whose table stands for its own; and every anonymous definition's table.
        private readonly Dictionary<string, string> _sharedAs = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _anonymousTables = new Dictionary<string, string>(StringComparer.Ordinal);

        // The object fields' tables among those (Extract), and the named definitions' tables with them taken out.
        private readonly HashSet<string> _extracted = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _ownTables = new Dictionary<string, string>(StringComparer.Ordinal);

        private ShapeSharing(Dictionary<string, DefinitionModel> definitions)
        {
            _definitions = definitions;
        }

        /// <summary>Rewrites <paramref name="definitions"/> in place: inline shapes that need a type become references to one.</summary>
        public static void Share(Dictionary<string, DefinitionModel> definitions, Planner planner, CancellationToken cancellationToken)
        {
            if (!definitions.Values.Any(d => d.FromCrd))
            {
                return;
            }

            var sharing = new ShapeSharing(definitions);
            List<DefinitionModel> roots = definitions.Values
                .Where(d => !d.Anonymous)
                .OrderBy(d => d.Kinds.Count > 0 ? 0 : 1)
                .ThenByDescending(d => VersionPriority(NameRules.GroupVersionOfId(d.Id).Version))
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();

            // The shapes of named definitions, to use where an inline object has exactly one of them.
            foreach (DefinitionModel definition in roots.Where(d => d.Kinds.Count == 0 && d.HasProperties).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                string key = sharing.DefinitionKey(definition.Id);
                if (!sharing._namedShapes.ContainsKey(key))
                {
                    sharing._namedShapes.Add(key, definition.Id);
                }
            }

            foreach (DefinitionModel root in roots)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (root.HasProperties && root.FromCrd)
                {
                    string home = Home(root.Id);
                    foreach (PropertyModel property in root.Type.Properties)
                    {
                        sharing.Walk(property.Type, "r:" + root.Id, property.Name, property.Name, false, property.Description, property.Location, home, -1, NameRules.TypeName(root.Id));
                    }
                }
            }

            sharing.Name(planner);

            // Rewritten first, while the anonymous definitions they refer to are still there to be looked up.
            Dictionary<string, string> sharedTables = sharing.ShareConstraints();
            var rewritten = new List<DefinitionModel>();
            foreach (DefinitionModel root in roots.Where(r => r.FromCrd))
            {
                rewritten.Add(root with
                {
                    Type = root.HasProperties ? FieldType.Inline(sharing.RewriteProperties(root.Type.Properties)) : root.Type,
                    Constraints = sharing.RewriteOwnTable(root),
                });
            }

            foreach (Shape shape in sharing._shapes.Where(s => s.Id != null && s.Reuse == null))
            {
                rewritten.Add(new DefinitionModel(
                    shape.Id!,
                    shape.Description,
                    FieldType.Inline(sharing.RewriteProperties(shape.Properties)),
                    EquatableArray<GroupVersionKind>.Empty,
                    shape.Location)
                {
                    Anonymous = true,
                    FromCrd = true,
                    Constraints = sharedTables.TryGetValue(shape.Id!, out string? table) ? table : string.Empty,
                });
            }

            foreach (DefinitionModel anonymous in definitions.Values.Where(d => d.Anonymous).ToList())
            {
                definitions.Remove(anonymous.Id);
            }

            foreach (DefinitionModel definition in rewritten)
            {
                definitions[definition.Id] = definition;
            }
        }

        /// <summary>The id prefix of a definition's namespace: <c>io.cert-manager.v1</c> of <c>io.cert-manager.v1.Certificate</c>.</summary>
        private static string Home(string id)
        {
            int dot = id.LastIndexOf('.');
            return dot < 0 ? string.Empty : id.Substring(0, dot);
        }

        /// <summary>Kubernetes' order of versions: GA before beta before alpha, higher numbers first; others last.</summary>
        internal static int VersionPriority(string version)
        {
            var match = System.Text.RegularExpressions.Regex.Match(version, "^v([0-9]+)(?:(alpha|beta)([0-9]+))?$");
            if (!match.Success)
            {
                return 0;
            }

            int major = Math.Min(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 999);
            int stage = match.Groups[2].Value switch { "alpha" => 1, "beta" => 2, _ => 3 };
            int minor = match.Groups[3].Success ? Math.Min(int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 999) : 999;
            return (stage * 1000 + major) * 1000 + minor + 1;
        }

        /// <summary>Records the inline objects of a field's type, and the fields within them.</summary>
        private void Walk(FieldType type, string parent, string slot, string fieldName, bool element, string description, SchemaLocation location, string home, int parentShape, string rootName)
        {
            switch (type.Kind)
            {
                case ValueKind.InlineObject when type.Properties.Count > 0:
                    Occur(type, parent, slot, fieldName, element, description, location, home, parentShape, rootName);
                    break;
                case ValueKind.Reference when _definitions.TryGetValue(type.Reference!, out DefinitionModel? target) && target.Anonymous && target.HasProperties:
                    Occur(target.Type, parent, slot, fieldName, true, target.Description, target.Location, home, parentShape, rootName);
                    break;
                case ValueKind.Array:
                    Walk(type.Element!, parent, slot + "[]", fieldName, true, string.Empty, location, home, parentShape, rootName);
                    break;
                case ValueKind.Map:
                    Walk(type.Element!, parent, slot + "{}", fieldName, true, string.Empty, location, home, parentShape, rootName);
                    break;
            }
        }

        private void Occur(FieldType type, string parent, string slot, string fieldName, bool element, string description, SchemaLocation location, string home, int parentShape, string rootName)
        {
            string key = Key(type, 0);
            int index = ShapeIndex(type);
            Shape shape = _shapes[index];
            if (shape.Places.Count == 0)
            {
                string field = NameRules.Pascal(fieldName);
                shape.Home = home;
                shape.Properties = type.Properties;
                shape.Description = description;
                shape.Location = location;
                shape.Parent = parentShape;
                shape.RootName = rootName;
                shape.FieldName = field == "_" ? "Item" : element ? ShapeNames.Singular(field) : field;
                _namedShapes.TryGetValue(key, out string? reuse);
                shape.Reuse = reuse;
            }

            shape.Places.Add(parent + "\n" + slot);
            shape.Element |= element;
            if (shape.GoName == null && description.Length > 0)
            {
                shape.GoName = ShapeNames.GoTypeName(description);
            }

            if (shape.Description.Length == 0 && description.Length > 0)
            {
                shape.Description = description;
            }

            if (shape.Visited)
            {
                return;
            }

            shape.Visited = true;
            foreach (PropertyModel property in type.Properties)
            {
                Walk(property.Type, "s:" + index.ToString(CultureInfo.InvariantCulture), property.Name, property.Name, false, property.Description, property.Location, home, index, rootName);
            }
        }

        /// <summary>
        /// The shape of a type as a short key: an object's key is its properties' names and their types' keys, interned
        /// to a number, so that a deep shape's key stays as short as its own list of fields.
        /// </summary>
        private string Key(FieldType type, int depth)
        {
            if (depth > Limits.MaxSchemaDepth)
            {
                return "json";
            }

            if (_keys.TryGetValue(type, out string? known))
            {
                return known;
            }

            string key;
            switch (type.Kind)
            {
                case ValueKind.InlineObject when type.Properties.Count > 0:
                    var builder = new StringBuilder("(");
                    foreach (PropertyModel property in type.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        builder.Append(property.Name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(property.Name).Append('=').Append(Key(property.Type, depth + 1)).Append(';');
                    }

                    string full = builder.Append(')').ToString();
                    if (!_interned.TryGetValue(full, out int index))
                    {
                        index = _shapes.Count;
                        _interned.Add(full, index);
                        _shapes.Add(new Shape());
                    }

                    key = "#" + index.ToString(CultureInfo.InvariantCulture);
                    break;
                case ValueKind.InlineObject:
                case ValueKind.Json:
                    key = type.IsObjectTyped ? "object" : "json";
                    break;
                case ValueKind.Array:
                    // Merge keys are part of the shape: they decide the array's WithXMerge.
                    key = "[" + Key(type.Element!, depth + 1) + "]"
                        + (type.MergeKeys.Count > 0 ? "k" + string.Join(",", type.MergeKeys.Select(k => k.Length.ToString(CultureInfo.InvariantCulture) + ":" + k)) : string.Empty);
                    break;
                case ValueKind.Map:
                    key = "{" + Key(type.Element!, depth + 1) + "}";
                    break;
                case ValueKind.Reference:
                    key = _definitions.ContainsKey(type.Reference!) ? DefinitionKey(type.Reference!) : "?" + type.Reference;
                    break;
                case ValueKind.Integer:
                    key = type.Format == "int32" ? "int32" : "int64";
                    break;
                case ValueKind.Quantity:
                case ValueKind.IntOrString:
                    // A quantity is written as an int or a string: the same values on the wire.
                    key = "int-or-string";
                    break;
                default:
                    key = type.Kind.ToString();
                    break;
            }

            _keys[type] = key;
            return key;
        }

        /// <summary>The number of an object's shape (its key is <c>#</c> and the number).</summary>
        private int ShapeIndex(FieldType type) => int.Parse(Key(type, 0).Substring(1), CultureInfo.InvariantCulture);

        /// <summary>The key of a definition's type; a definition that refers to itself keeps its id where it recurs.</summary>
        private string DefinitionKey(string id)
        {
            if (_definitionKeys.TryGetValue(id, out string? key))
            {
                return key;
            }

            if (!_inProgress.Add(id))
            {
                return "@" + id;
            }

            key = Key(_definitions[id].Type, 0);
            _inProgress.Remove(id);
            _definitionKeys[id] = key;
            return key;
        }

        /// <summary>True when the shape gets a type: an item or value, a recurring object, or one a named definition has.</summary>
        private static bool NeedsType(Shape shape) => shape.Element || shape.Places.Count > 1 || shape.Reuse != null;

        /// <summary>One shape and what its occurrences tell about it.</summary>
        private sealed class Shape
        {
            /// <summary>Where it occurs: the parent (a definition or a shape) and the field, each once.</summary>
            public HashSet<string> Places { get; } = new HashSet<string>(StringComparer.Ordinal);

            public bool Element { get; set; }

            public bool Visited { get; set; }

            public string Home { get; set; } = string.Empty;

            public EquatableArray<PropertyModel> Properties { get; set; }

            public string Description { get; set; } = string.Empty;

            public SchemaLocation Location { get; set; } = null!;

            /// <summary>The shape its first occurrence is in; -1 for a definition's own field.</summary>
            public int Parent { get; set; } = -1;

            public string RootName { get; set; } = string.Empty;

            public string FieldName { get; set; } = string.Empty;

            public string? GoName { get; set; }

            /// <summary>A named definition of exactly this shape, used instead of a type of its own.</summary>
            public string? Reuse { get; set; }

            /// <summary>The id of its definition, once named: the home's prefix and the C# name.</summary>
            public string? Id { get; set; }
        }
    }
}
