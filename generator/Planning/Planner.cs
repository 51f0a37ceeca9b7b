using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>
    /// Turns the documents' definitions into the types to generate: merges documents, resolves <c>$ref</c>s,
    /// decides which fields become groups and which get setters (k8s-libsonnet's rules, README "Semantics") and
    /// names everything through <see cref="NameRules"/>.
    /// </summary>
    internal sealed class Planner
    {
        private readonly Dictionary<string, DefinitionModel> _definitions = new Dictionary<string, DefinitionModel>(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Namespace, string Name)> _typeNames = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        private readonly DiagnosticList _diagnostics = new DiagnosticList();
        private readonly string _namespaceRoot;
        private Cycles _cycles = null!;
        private HashSet<string> _chosen = new HashSet<string>(StringComparer.Ordinal);

        private Planner(string namespaceRoot)
        {
            _namespaceRoot = namespaceRoot;
        }

        public static Plan Create(IEnumerable<DocumentModel> documents, string namespaceRoot, CancellationToken cancellationToken)
        {
            var planner = new Planner(namespaceRoot);
            List<DocumentModel> all = documents.ToList();
            List<DocumentModel> documentList = all.Where(d => !d.IsFallback).ToList();
            planner.AddDocuments(documentList);
            planner.AddFallbacks(all.Where(d => d.IsFallback));
            ShapeSharing.Share(planner._definitions, planner, cancellationToken);
            HashSet<string> chosen = Selection.Select(documentList, planner._definitions);
            planner._chosen = chosen;
            planner.NameTypes();
            planner._cycles = new Cycles(planner._definitions);
            var types = new List<TypeSpec>();
            foreach (DefinitionModel definition in planner._definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (definition.HasProperties && chosen.Contains(definition.Id))
                {
                    types.Add(planner.PlanType(definition));
                }
            }

            // A definition gets a shared Setters class only when some group derives from it.
            var setters = new Dictionary<string, EquatableArray<MemberSpec>>(StringComparer.Ordinal);
            var pending = new Queue<string>(types.SelectMany(t => GroupTargets(t.Members)));
            while (pending.Count > 0)
            {
                string id = pending.Dequeue();
                if (setters.ContainsKey(id))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                EquatableArray<MemberSpec> members = planner.PlanSetters(planner._definitions[id]);
                setters.Add(id, members);
                foreach (string target in GroupTargets(members))
                {
                    pending.Enqueue(target);
                }
            }

            for (int i = 0; i < types.Count; i++)
            {
                if (setters.TryGetValue(types[i].DefinitionId, out EquatableArray<MemberSpec> members))
                {
                    types[i] = types[i] with { Setters = members };
                }
            }

            UniqueHintNames(types);
            return new Plan(types.ToEquatableArray(), planner._diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// Roslyn compares hint names ignoring case (so do the file systems of Windows and macOS): types whose names
        /// differ only in case (<c>Foo</c>, <c>FOO</c>) get numbered files, not an exception that drops every file.
        /// </summary>
        private static void UniqueHintNames(List<TypeSpec> types)
        {
            NameScope files = NameScope.ForHintNames();
            for (int i = 0; i < types.Count; i++)
            {
                string hint = files.Claim(types[i].HintName, types[i].DefinitionId, out string? clash);
                if (clash != null)
                {
                    types[i] = types[i] with { HintName = hint };
                }
            }
        }

        /// <summary>The definitions that groups among <paramref name="members"/> derive from.</summary>
        private static IEnumerable<string> GroupTargets(IEnumerable<MemberSpec> members)
        {
            foreach (MemberSpec member in members)
            {
                if (member.Kind != MemberKind.Group)
                {
                    continue;
                }

                if (member.BaseDefinition.Length > 0)
                {
                    yield return member.BaseDefinition;
                }

                foreach (string target in GroupTargets(member.Members))
                {
                    yield return target;
                }
            }
        }

        /// <summary>True when two definitions say the same (descriptions, kinds, fields and types), wherever they stand.</summary>
        internal static bool SameContent(DefinitionModel a, DefinitionModel b) =>
            a.Id == b.Id && a.Description == b.Description && a.Kinds == b.Kinds && a.Anonymous == b.Anonymous && a.FromCrd == b.FromCrd && a.Deprecation == b.Deprecation && SameType(a.Type, b.Type, 0);

        private static bool SameType(FieldType a, FieldType b, int depth)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (depth > Limits.MaxSchemaDepth || a.Kind != b.Kind || a.Format != b.Format || a.Reference != b.Reference
                || a.IsObjectTyped != b.IsObjectTyped || a.Properties.Count != b.Properties.Count || (a.Element == null) != (b.Element == null))
            {
                return false;
            }

            if (a.Element != null && !SameType(a.Element, b.Element!, depth + 1))
            {
                return false;
            }

            for (int i = 0; i < a.Properties.Count; i++)
            {
                PropertyModel x = a.Properties[i];
                PropertyModel y = b.Properties[i];
                if (x.Name != y.Name || x.Description != y.Description || !SameType(x.Type, y.Type, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private void AddDocuments(IEnumerable<DocumentModel> documents)
        {
            foreach (DocumentModel document in documents.OrderBy(d => d.FilePath, StringComparer.Ordinal))
            {
                foreach (DefinitionModel definition in document.Definitions)
                {
                    if (_definitions.TryGetValue(definition.Id, out DefinitionModel? first))
                    {
                        // Per-group OpenAPI v3 documents each repeat the same meta definitions: the same text in
                        // another file (or another place) is one definition, said once; only a different one warns.
                        if (!SameContent(first, definition))
                        {
                            Raise(definition.Location, Report.DuplicateDefinition(definition.Id, definition.Location.FilePath, first.Location.FilePath));
                        }

                        continue;
                    }

                    _definitions.Add(definition.Id, definition);
                }
            }
        }

        /// <summary>
        /// Adds the definitions of fallback documents (<see cref="DocumentModel.IsFallback"/>: the generator's built-in
        /// ObjectMeta) that definitions refer to and no document defines: a custom resource's <c>metadata</c> is
        /// ObjectMeta, which CRD files do not define.
        /// </summary>
        private void AddFallbacks(IEnumerable<DocumentModel> fallbacks)
        {
            var available = new Dictionary<string, DefinitionModel>(StringComparer.Ordinal);
            foreach (DefinitionModel definition in fallbacks.SelectMany(d => d.Definitions))
            {
                if (!available.ContainsKey(definition.Id))
                {
                    available.Add(definition.Id, definition);
                }
            }

            if (available.Count == 0)
            {
                return;
            }

            var pending = new Stack<string>(_definitions.Values.SelectMany(d => Selection.References(d.Type, 0)));
            while (pending.Count > 0)
            {
                string id = pending.Pop();
                if (_definitions.ContainsKey(id) || !available.TryGetValue(id, out DefinitionModel? definition))
                {
                    continue;
                }

                _definitions.Add(id, definition);
                foreach (string reference in Selection.References(definition.Type, 0))
                {
                    pending.Push(reference);
                }
            }
        }

        /// <summary>
        /// Names every type; where two map to one name, kinds keep theirs (their names are the API) and the other
        /// gets a number: a CRD's item type <c>ThingSpecPartsItem</c> never renames a kind <c>ThingSpecPartsItem</c>.
        /// </summary>
        private void NameTypes()
        {
            var namespaces = new Dictionary<string, NameScope>(StringComparer.Ordinal);
            var kindsNamedAsGroup = new HashSet<string>(StringComparer.Ordinal);
            IEnumerable<DefinitionModel> ordered = _definitions.Values
                .Where(d => d.HasProperties)
                .OrderBy(d => d.Kinds.Count > 0 ? 0 : 1)
                .ThenBy(d => d.Id, StringComparer.Ordinal);
            foreach (DefinitionModel definition in ordered)
            {
                (string group, string version) = GroupAndVersion(definition);
                CheckNames(definition, group, version);
                string ns = _namespaceRoot + "." + group + "." + version;
                if (!namespaces.TryGetValue(ns, out NameScope? scope))
                {
                    // A type may not be named as its namespace's parts, nor as a member every generated type has.
                    // A kind keeps its name even where it is its group's namespace part (issue 12: Gateway of
                    // gateway.networking.k8s.io is Kubesonnet.Api.Gateway.V1.Gateway; generated code names every type
                    // with global::). Kinds are named first; other types keep clear of the group's part (below).
                    scope = NameScope.ForTypes();
                    scope.Reserve(version, "the namespace '" + ns + "'");
                    foreach (string reserved in NameRules.ReservedTypeNames)
                    {
                        scope.Reserve(reserved, "the member '" + reserved + "' every generated type has");
                    }

                    namespaces.Add(ns, scope);
                }

                string name = NameRules.TypeName(definition.Id);
                if (definition.Kinds.Count == 0 && name == group && !kindsNamedAsGroup.Contains(ns))
                {
                    scope.Reserve(group, "the namespace '" + ns + "'");
                }

                string candidate = scope.Claim(name, "'" + definition.Id + "'", out string? clash);
                if (definition.Kinds.Count > 0 && candidate == group)
                {
                    kindsNamedAsGroup.Add(ns);
                }

                if (clash != null)
                {
                    Raise(definition.Location, Report.NameCollision(definition.Id, clash, ns + "." + name, ns + "." + candidate));
                }

                _typeNames[definition.Id] = (ns, candidate);
            }
        }

        /// <summary>
        /// Reports the names of a definition that had to be changed to stand in C#: a group or version that is not a
        /// Kubernetes name (KSN203: <c>a"b</c> would make a surprising namespace part <c>AB</c>), a type name that is
        /// empty (KSN202) or cut (KSN204).
        /// </summary>
        private void CheckNames(DefinitionModel definition, string groupPart, string versionPart)
        {
            bool fromKind = definition.Kinds.Count == 1;
            (string group, string version) = fromKind
                ? (definition.Kinds[0].Group, definition.Kinds[0].Version)
                : NameRules.GroupVersionOfId(definition.Id);
            if (!(fromKind ? NameRules.IsKubernetesGroup(group) : NameRules.IsKubernetesLabel(group)))
            {
                Raise(definition.Location, Report.InvalidNamespacePart("group", group, groupPart));
            }

            if (!NameRules.IsKubernetesLabel(version))
            {
                Raise(definition.Location, Report.InvalidNamespacePart("version", version, versionPart));
            }

            string segment = NameRules.TypeSegment(definition.Id);
            if (segment.Length == 0)
            {
                Raise(definition.Location, Report.EmptyName("The definition '" + definition.Id + "'", NameRules.TypeName(definition.Id)));
            }
            else if (NameRules.IsCut(segment))
            {
                Raise(definition.Location, Report.NameTooLong(segment.Length, NameRules.TypeName(definition.Id)));
            }
        }

        private static (string Group, string Version) GroupAndVersion(DefinitionModel definition)
        {
            if (definition.Kinds.Count == 1)
            {
                return (NameRules.ApiGroup(definition.Kinds[0].Group), NameRules.ApiVersion(definition.Kinds[0].Version));
            }

            (string group, string version) = NameRules.GroupVersionOfId(definition.Id);
            return (NameRules.Pascal(group), NameRules.ApiVersion(version));
        }

        private TypeSpec PlanType(DefinitionModel definition)
        {
            (string ns, string name) = _typeNames[definition.Id];
            GroupVersionKind? kind = definition.Kinds.Count == 1 ? definition.Kinds[0] : null;
            var scope = new Scope(name, NameRules.TypeMemberNames);
            var members = new List<MemberSpec>();
            foreach (PropertyModel property in definition.Type.Properties)
            {
                if (kind != null && (property.Name == "apiVersion" || property.Name == "kind" || property.Name == "status"))
                {
                    // k8s-libsonnet: New sets apiVersion and kind; a kind's status is the server's to write.
                    continue;
                }

                AddMembers(members, property, Array.Empty<string>(), definition, scope, 0);
            }

            bool newTakesName = kind != null && HasMetadataName(definition);
            string group = ns.Substring(_namespaceRoot.Length + 1);
            (string table, EquatableArray<string> references) = ConstraintResolution.Resolve(
                definition,
                kind,
                _definitions,
                id => !_typeNames.TryGetValue(id, out (string Namespace, string Name) type) ? null
                    : _chosen.Contains(id) ? "global::" + type.Namespace + "." + type.Name
                    : string.Empty);
            return new TypeSpec(
                NameRules.HintName(group.Substring(0, group.IndexOf('.')), group.Substring(group.IndexOf('.') + 1), name),
                ns,
                name,
                definition.Description,
                definition.Id,
                definition.Location.FilePath,
                kind?.ApiVersion,
                kind?.Kind,
                newTakesName,
                members.ToEquatableArray(),
                EquatableArray<MemberSpec>.Empty)
            {
                Deprecation = definition.Deprecation,
                ValidationTable = table,
                ValidationReferences = references,
            };
        }

        /// <summary>The members of a definition's shared <c>Setters&lt;TOwner, TAt&gt;</c>: every property, paths relative.</summary>
        private EquatableArray<MemberSpec> PlanSetters(DefinitionModel definition)
        {
            var scope = new Scope(NameRules.SettersClass, NameRules.SettersMemberNames);
            var members = new List<MemberSpec>();
            foreach (PropertyModel property in definition.Type.Properties)
            {
                AddMembers(members, property, Array.Empty<string>(), definition, scope, 0);
            }

            return members.ToEquatableArray();
        }

        private bool HasMetadataName(DefinitionModel definition)
        {
            PropertyModel? metadata = definition.Type.Properties.FirstOrDefault(p => p.Name == "metadata");
            if (metadata == null)
            {
                return false;
            }

            EquatableArray<PropertyModel>? properties = ObjectProperties(metadata.Type, out _);
            return properties != null && properties.Value.Any(p => p.Name == "name");
        }

        /// <summary>
        /// Adds the members of one property of <paramref name="owner"/>: a group for an object with known properties
        /// (derived from its definition's shared setters, or written out for an inline object), else the setters.
        /// </summary>
        private void AddMembers(List<MemberSpec> members, PropertyModel property, string[] parentPath, DefinitionModel owner, Scope scope, int depth)
        {
            string[] path = new string[parentPath.Length + 1];
            Array.Copy(parentPath, path, parentPath.Length);
            path[parentPath.Length] = property.Name;
            if (property.Name.Length == 0)
            {
                Raise(property.Location, Report.EmptyName("A property of '" + property.Location.JsonPath + "'", "_"));
            }
            else if (NameRules.IsCut(property.Name))
            {
                Raise(property.Location, Report.NameTooLong(property.Name.Length, NameRules.Pascal(property.Name)));
            }

            EquatableArray<PropertyModel>? children = ObjectProperties(property.Type, out DefinitionModel? target);
            bool groupable = children != null && depth < Limits.MaxGroupDepth && (target == null || !_cycles.Recurses(owner.Id, target.Id));
            if (groupable)
            {
                string className = scope.Claim(NameRules.Group(property.Name), property, this);
                string description = property.Description.Length > 0 ? property.Description : target?.Description ?? string.Empty;
                if (target != null)
                {
                    (string ns, string name) = _typeNames[target.Id];
                    members.Add(new MemberSpec(MemberKind.Group, className, description, string.Empty, path.ToEquatableArray(), null, "global::" + ns + "." + name, target.Id, EquatableArray<MemberSpec>.Empty));
                    return;
                }

                var groupScope = new Scope(className, NameRules.SettersMemberNames, scope.Root);
                var groupMembers = new List<MemberSpec>();
                foreach (PropertyModel child in children!.Value)
                {
                    AddMembers(groupMembers, child, path, owner, groupScope, depth + 1);
                }

                members.Add(new MemberSpec(MemberKind.Group, className, description, string.Empty, path.ToEquatableArray(), null, string.Empty, string.Empty, groupMembers.ToEquatableArray()));
                return;
            }

            ValueShape shape = Shape(property.Type, property.Location, 0);
            string setterDescription = property.Description.Length > 0 ? property.Description : target?.Description ?? string.Empty;
            string parameter = NameRules.Parameter(property.Name);
            var setter = new MemberSpec(MemberKind.Setter, scope.Claim(NameRules.Setter(property.Name), property, this), setterDescription, parameter, path.ToEquatableArray(), shape, string.Empty, string.Empty, EquatableArray<MemberSpec>.Empty)
            {
                Required = property.Required,
            };
            if (shape.Kind == ShapeKind.String && property.EnumValues.Count > 0)
            {
                string enumClass = scope.Claim(NameRules.Group(property.Name) + "Values", property, this);
                setter = setter with
                {
                    EnumClass = enumClass,
                    EnumNames = NameRules.ConstantNames(property.EnumValues, enumClass).ToEquatableArray(),
                    EnumValues = property.EnumValues,
                };
            }

            members.Add(setter);
            if (IsMixable(property.Type, 0))
            {
                members.Add(new MemberSpec(MemberKind.Mixin, scope.Claim(NameRules.Mixin(property.Name), property, this), setterDescription, parameter, path.ToEquatableArray(), shape, string.Empty, string.Empty, EquatableArray<MemberSpec>.Empty)
                {
                    Required = property.Required,
                });
            }
        }

        /// <summary>The properties of an object-with-properties type (a group), following references.</summary>
        private EquatableArray<PropertyModel>? ObjectProperties(FieldType type, out DefinitionModel? target)
        {
            target = null;
            if (type.Kind == ValueKind.InlineObject && type.Properties.Count > 0)
            {
                return type.Properties;
            }

            if (type.Kind == ValueKind.Reference && _definitions.TryGetValue(type.Reference!, out DefinitionModel? definition))
            {
                target = definition;
                return definition.HasProperties ? definition.Type.Properties : null;
            }

            return null;
        }

        /// <summary>k8s-libsonnet gives a Mixin to fields of JSON type object (maps included) and array.</summary>
        private bool IsMixable(FieldType type, int depth)
        {
            switch (type.Kind)
            {
                case ValueKind.Array:
                case ValueKind.Map:
                case ValueKind.InlineObject:
                    return true;
                case ValueKind.Json:
                    return type.IsObjectTyped;
                case ValueKind.Reference:
                    return depth < Limits.MaxMixinDepth
                        && _definitions.TryGetValue(type.Reference!, out DefinitionModel? definition)
                        && (definition.HasProperties || IsMixable(definition.Type, depth + 1));
                default:
                    return false;
            }
        }

        private ValueShape Shape(FieldType type, SchemaLocation location, int depth)
        {
            if (depth > Limits.MaxAliasDepth)
            {
                return ValueShape.Of(ShapeKind.Json);
            }

            switch (type.Kind)
            {
                case ValueKind.String:
                case ValueKind.Quantity:
                    return ValueShape.Of(ShapeKind.String);
                case ValueKind.Integer:
                    return ValueShape.Of(type.Format == "int32" ? ShapeKind.Int32 : ShapeKind.Int64);
                case ValueKind.Number:
                    return ValueShape.Of(ShapeKind.Number);
                case ValueKind.Boolean:
                    return ValueShape.Of(ShapeKind.Boolean);
                case ValueKind.Bytes:
                    return ValueShape.Of(ShapeKind.Bytes);
                case ValueKind.Time:
                    return ValueShape.Of(ShapeKind.Time);
                case ValueKind.MicroTime:
                    return ValueShape.Of(ShapeKind.MicroTime);
                case ValueKind.IntOrString:
                    return ValueShape.Of(ShapeKind.IntOrString);
                case ValueKind.Array:
                    return new ValueShape(ShapeKind.Array, null, Shape(type.Element!, location, depth + 1)) { MergeKeys = type.MergeKeys };
                case ValueKind.Map:
                    return new ValueShape(ShapeKind.Map, null, Shape(type.Element!, location, depth + 1));
                case ValueKind.Reference:
                    if (!_definitions.TryGetValue(type.Reference!, out DefinitionModel? definition))
                    {
                        Raise(location, Report.DanglingReference(type.Reference!));
                        return ValueShape.Of(ShapeKind.Json);
                    }

                    if (definition.HasProperties)
                    {
                        (string ns, string name) = _typeNames[definition.Id];
                        return new ValueShape(ShapeKind.Object, "global::" + ns + "." + name, null);
                    }

                    return Shape(definition.Type, location, depth + 1);
                default:
                    // Free-form JSON, and inline objects where a group cannot stand (array items, map values).
                    return ValueShape.Of(ShapeKind.Json);
            }
        }

        internal void Raise(SchemaLocation location, Report report) => _diagnostics.Add(report, location);

        /// <summary>
        /// The names taken in one class (<see cref="NameScope.ForMembers"/>). A nested group also keeps clear of the
        /// outermost class's name (<see cref="Root"/>), which its setters return: a group <c>Spec.Thing</c> inside
        /// <c>Thing</c> would hide it.
        /// </summary>
        private sealed class Scope
        {
            private readonly NameScope _names = NameScope.ForMembers();

            public Scope(string className, IEnumerable<string> reserved, string? root = null)
            {
                Root = root ?? className;
                _names.Reserve(Root, "the type '" + Root + "' its setters return");
                _names.Reserve(className, "the enclosing type '" + className + "'");
                foreach (string name in reserved)
                {
                    _names.Reserve(name, "the member '" + name + "' every generated type has");
                }
            }

            /// <summary>The outermost class: the generated type, or its <c>Setters</c> class.</summary>
            public string Root { get; }

            public string Claim(string name, PropertyModel property, Planner planner)
            {
                string candidate = _names.Claim(name, "'" + property.Location.JsonPath + "'", out string? clash);
                if (clash != null)
                {
                    planner.Raise(property.Location, Report.NameCollision(property.Location.JsonPath, clash, name, candidate));
                }

                return candidate;
            }
        }
    }
}
