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
    internal sealed partial class Planner
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

        internal void Raise(SchemaLocation location, Report report) => _diagnostics.Add(report, location);
    }
}
