using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Planning;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>The check of a helper's needs against the plan (the notation above <see cref="Table"/>).</summary>
    internal static partial class Helpers
    {
        /// <summary>Checks needs against the plan, for one type.</summary>
        private sealed class NeedContext
        {
            private readonly TypeSpec _type;
            private readonly string _root;
            private readonly Dictionary<string, TypeSpec> _byName;
            private readonly Dictionary<TypeSpec, HashSet<string>> _chosen;

            public NeedContext(TypeSpec type, Dictionary<string, TypeSpec> byName, Dictionary<TypeSpec, HashSet<string>> chosen)
            {
                _type = type;
                _root = Root(type);
                _byName = byName;
                _chosen = chosen;
            }

            public bool Meets(string need)
            {
                TypeSpec? target = _type;
                int hash = need.IndexOf('#');
                if (hash >= 0)
                {
                    target = Find(need.Substring(0, hash));
                    need = need.Substring(hash + 1);
                }

                if (target == null)
                {
                    return false;
                }

                if (need == "New(name)")
                {
                    return target.ApiVersion != null && target.Kind != null && target.NewTakesName
                        && !(_chosen.TryGetValue(target, out HashSet<string>? own) && Table[target.DefinitionId].Any(h => h.ReplacesNew && own.Contains(h.Name)));
                }

                if (need.EndsWith("()", System.StringComparison.Ordinal))
                {
                    return _chosen.TryGetValue(target, out HashSet<string>? names) && names.Contains(need.Substring(0, need.Length - 2));
                }

                int colon = need.IndexOf(':');
                string path = need.Substring(0, colon).Trim().Replace("{PT}", PodTemplatePath(target));
                bool mixin = path.EndsWith("+", System.StringComparison.Ordinal);
                string[] parts = (mixin ? path.Substring(0, path.Length - 1) : path).Split('.');
                return HasMember(target.Members, parts, 0, mixin ? MemberKind.Mixin : MemberKind.Setter, need.Substring(colon + 1).Trim());
            }

            private TypeSpec? Find(string typeName) =>
                _byName.TryGetValue(Expand(typeName, _root), out TypeSpec? type) ? type : null;

            private bool HasMember(IEnumerable<MemberSpec> members, string[] path, int offset, MemberKind kind, string shape)
            {
                foreach (MemberSpec member in members)
                {
                    int length = member.Path.Count;
                    if (offset + length > path.Length || !member.Path.SequenceEqual(path.Skip(offset).Take(length)))
                    {
                        continue;
                    }

                    bool whole = offset + length == path.Length;
                    if (member.Kind != MemberKind.Group)
                    {
                        if (whole && member.Kind == kind && member.Shape != null && Fits(member.Shape, shape))
                        {
                            return true;
                        }
                    }
                    else if (whole && member.BaseType.Length > 0 && shape.StartsWith("{", System.StringComparison.Ordinal))
                    {
                        // A field of another definition: the group's whole setters WithX(value) and WithXMixin(value).
                        if (member.BaseType == Expand(shape, _root))
                        {
                            return true;
                        }
                    }
                    else if (!whole && member.BaseType.Length > 0)
                    {
                        if (_byName.TryGetValue(member.BaseType, out TypeSpec? baseType) && HasMember(baseType.Setters, path, offset + length, kind, shape))
                        {
                            return true;
                        }
                    }
                    else if (!whole && HasMember(member.Members, path, offset, kind, shape))
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool Fits(ValueShape actual, string shape)
            {
                if (shape.EndsWith("[]", System.StringComparison.Ordinal))
                {
                    return actual.Kind == ShapeKind.Array && actual.Element != null && Fits(actual.Element, shape.Substring(0, shape.Length - 2));
                }

                if (shape.StartsWith("map<", System.StringComparison.Ordinal))
                {
                    return actual.Kind == ShapeKind.Map && actual.Element != null && Fits(actual.Element, shape.Substring(4, shape.Length - 5));
                }

                switch (shape)
                {
                    case "string":
                        return actual.Kind == ShapeKind.String;
                    case "int":
                        return actual.Kind == ShapeKind.Int32;
                    case "bool":
                        return actual.Kind == ShapeKind.Boolean;
                    case "bytes":
                        return actual.Kind == ShapeKind.Bytes;
                    case "intOrString":
                        return actual.Kind == ShapeKind.IntOrString;
                    default:
                        return actual.Kind == ShapeKind.Object && actual.TypeName == Expand(shape, _root);
                }
            }
        }
    }
}
