using System;
using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>Each type's members: which fields become groups, setters and Mixins, and the value shape of each.</summary>
    internal sealed partial class Planner
    {
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
