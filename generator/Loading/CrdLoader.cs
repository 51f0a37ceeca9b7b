using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Reads the CustomResourceDefinitions of one file (a YAML stream of documents, a JSON document, or a
    /// <c>kind: List</c> of them) into the language-free model: a kind definition for every served version, its
    /// <c>openAPIV3Schema</c> mapped to properties, and a definition for every array item or map value that is an
    /// object with properties, so that it gets a builder type (README, "Custom resources").
    /// </summary>
    /// <remarks>
    /// Reads SharpYaml's tree directly, as documents are read (<see cref="YamlSchemaView"/>): a CRD's schema is a
    /// small, structural subset of JSON Schema without <c>$ref</c>.
    /// </remarks>
    internal static class CrdLoader
    {
        private static readonly SchemaMapper Mapper = new SchemaMapper(MappingOptions.CustomResource);

        /// <summary>The <c>kind</c> of a CustomResourceDefinition; its presence in a file's text makes the file worth parsing.</summary>
        public const string CrdKind = "CustomResourceDefinition";

        /// <summary>The definition a custom resource's <c>metadata</c> refers to, whatever its schema says.</summary>
        public const string ObjectMetaId = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

        private const string ApiExtensionsGroup = "apiextensions.k8s.io/";

        /// <summary>True when a document of the stream is a CustomResourceDefinition or a List holding one.</summary>
        public static bool Contains(YamlStream stream) => Crds(stream).Any();

        /// <summary>
        /// Reads every CustomResourceDefinition of <paramref name="stream"/>; other documents are ignored.
        /// <paramref name="diagnostics"/> holds what reading the file's text reported, and gets what mapping reports.
        /// </summary>
        public static DocumentModel Load(string filePath, YamlStream stream, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken) =>
            Load(filePath, stream, new DiagnosticList(diagnostics), cancellationToken);

        /// <inheritdoc cref="Load(string, YamlStream, List{DiagnosticInfo}, CancellationToken)"/>
        public static DocumentModel Load(string filePath, YamlStream stream, DiagnosticList diagnostics, CancellationToken cancellationToken)
        {
            var context = new Context(filePath, diagnostics);
            foreach (YamlMappingNode crd in Crds(stream))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadCrd(crd, context, context.Definitions, cancellationToken);
                if (context.OverBudget)
                {
                    // A file whose aliases make a small text a huge tree: like any file over a limit, nothing of it is generated.
                    context.Definitions.Clear();
                    context.Diagnostics.Add(
                        Report.DocumentTooLarge(filePath, "more than " + Limits.MaxCrdSchemas.ToString(CultureInfo.InvariantCulture) + " schemas in its CustomResourceDefinitions"),
                        context.Locate(crd, "$"));
                    break;
                }
            }

            return new DocumentModel(filePath, context.Definitions.ToEquatableArray(), context.Diagnostics.ToEquatableArray());
        }

        private static IEnumerable<YamlMappingNode> Crds(YamlStream stream)
        {
            foreach (YamlDocument document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode root)
                {
                    continue;
                }

                if (IsCrd(root))
                {
                    yield return root;
                }
                else if (Text(root, "kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && YamlTree.Get(root, "items") is YamlSequenceNode items)
                {
                    foreach (YamlNode item in items.Children)
                    {
                        if (item is YamlMappingNode mapping && IsCrd(mapping))
                        {
                            yield return mapping;
                        }
                    }
                }
            }
        }

        private static bool IsCrd(YamlMappingNode node) =>
            Text(node, "kind") == CrdKind && (Text(node, "apiVersion") ?? string.Empty).StartsWith(ApiExtensionsGroup, StringComparison.Ordinal);

        private static void ReadCrd(YamlMappingNode crd, Context context, List<DefinitionModel> definitions, CancellationToken cancellationToken)
        {
            string name = Text(YamlTree.Find(crd, new[] { "metadata", "name" })) ?? "(unnamed CustomResourceDefinition)";
            var spec = YamlTree.Get(crd, "spec") as YamlMappingNode;
            string? group = spec == null ? null : Text(spec, "group");
            string? kind = spec == null ? null : Text(YamlTree.Find(spec, new[] { "names", "kind" }));
            if (spec == null || string.IsNullOrEmpty(group) || string.IsNullOrEmpty(kind))
            {
                context.Add(crd, name, Report.UnmappedCrdSchema("the CustomResourceDefinition has no spec.group or spec.names.kind", "nothing is generated for it"));
                return;
            }

            var crdInfo = new CrdInfo(name, group!, kind!, Text(spec, "scope") ?? "Namespaced");

            // apiextensions.k8s.io/v1beta1 had one schema for every version (spec.validation) and spec.version.
            YamlNode? sharedSchema = YamlTree.Find(spec, new[] { "validation", "openAPIV3Schema" });
            if (YamlTree.Get(spec, "versions") is YamlSequenceNode versions)
            {
                foreach (YamlNode entry in versions.Children)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry is not YamlMappingNode version || string.IsNullOrEmpty(Text(version, "name")))
                    {
                        context.Add(entry, name, Report.UnmappedCrdSchema("a version without a name", "nothing is generated for it"));
                        continue;
                    }

                    string versionName = Text(version, "name")!;
                    if (!IsTrue(version, "served"))
                    {
                        if (YamlTree.Get(version, "served") == null)
                        {
                            context.Add(version, name + "/" + versionName, Report.UnmappedCrdSchema("the version does not say 'served: true'", "it is not generated"));
                        }

                        continue;
                    }

                    YamlNode? schema = YamlTree.Find(version, new[] { "schema", "openAPIV3Schema" }) ?? sharedSchema;
                    definitions.AddRange(ReadVersion(crdInfo, versionName, version, schema, context));
                    if (context.OverBudget)
                    {
                        return;
                    }
                }
            }
            else if (Text(spec, "version") is { Length: > 0 } onlyVersion)
            {
                definitions.AddRange(ReadVersion(crdInfo, onlyVersion, spec, sharedSchema, context));
            }
            else
            {
                context.Add(spec, name, Report.UnmappedCrdSchema("the CustomResourceDefinition has no spec.versions", "nothing is generated for it"));
            }
        }

        /// <summary>The kind definition of one served version, and the definitions of its item and value types.</summary>
        private static List<DefinitionModel> ReadVersion(CrdInfo crd, string version, YamlMappingNode versionNode, YamlNode? schemaNode, Context context)
        {
            var versionContext = new VersionContext(context, crd, version);
            var root = new Position(versionContext, string.Empty, NameRules.Pascal(crd.Kind));
            var properties = new List<PropertyModel>();
            var schema = schemaNode as YamlMappingNode;
            var view = schema == null ? null : new YamlSchemaView(schema);
            if (view == null)
            {
                context.Add(schemaNode ?? versionNode, crd.Name + "/" + version, Report.UnmappedCrdSchema("the version has no openAPIV3Schema", "only apiVersion, kind and metadata are generated"));
            }
            else
            {
                foreach (KeyValuePair<string, SchemaView> property in view.Properties)
                {
                    switch (property.Key)
                    {
                        case "metadata":
                        case "status":
                            // metadata is ObjectMeta whatever the schema says; status is the server's to write.
                            continue;
                        default:
                            properties.Add(Mapper.Property(property.Key, property.Value, root, view.IsRequired(property.Key), 0));
                            break;
                    }

                    if (context.OverBudget)
                    {
                        return versionContext.Definitions;
                    }
                }
            }

            // apiVersion and kind are New's to set (no setters on a kind), metadata is ObjectMeta's group.
            SchemaLocation at = context.Locate((YamlNode?)schema ?? versionNode, versionContext.JsonPath(string.Empty));
            if (!properties.Any(p => p.Name == "apiVersion"))
            {
                properties.Add(new PropertyModel("apiVersion", string.Empty, FieldType.Simple(ValueKind.String), at));
            }

            if (!properties.Any(p => p.Name == "kind"))
            {
                properties.Add(new PropertyModel("kind", string.Empty, FieldType.Simple(ValueKind.String), at));
            }

            YamlNode? metadataNode = schema == null ? null : YamlTree.Find(schema, new[] { "properties", "metadata" });
            properties.Add(new PropertyModel("metadata", string.Empty, FieldType.ReferenceTo(ObjectMetaId), metadataNode == null ? at : context.Locate(metadataNode, versionContext.JsonPath("metadata"))));
            properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

            string description = view == null ? string.Empty : Mapper.Describe(view, required: false);
            string about = crd.Kind + " is a custom resource of " + crd.Group + "/" + version + " ("
                + (crd.Scope == "Cluster" ? "cluster-scoped" : "namespaced") + "), defined by the CustomResourceDefinition " + crd.Name + ".";
            string? deprecation = null;
            if (IsTrue(versionNode, "deprecated"))
            {
                deprecation = Text(versionNode, "deprecationWarning") ?? crd.Group + "/" + version + " " + crd.Kind + " is deprecated.";
                about += "\n\nDeprecated: " + (Text(versionNode, "deprecationWarning") ?? "this version is deprecated.");
            }

            versionContext.Definitions.Insert(0, new DefinitionModel(
                versionContext.IdPrefix + crd.Kind,
                description.Length > 0 ? description + "\n\n" + about : about,
                FieldType.Inline(properties.ToEquatableArray()),
                new EquatableArray<GroupVersionKind>(new[] { new GroupVersionKind(crd.Group, version, crd.Kind) }),
                context.Locate(versionNode, versionContext.JsonPath(string.Empty)))
            { Deprecation = deprecation, FromCrd = true });
            versionContext.AddConstraints(schema);
            return versionContext.Definitions;
        }

        /// <summary>True for YAML's <c>true</c> (and the <c>True</c>/<c>TRUE</c> YAML 1.1 writers still produce).</summary>
        private static bool IsTrue(YamlMappingNode schema, string key) =>
            string.Equals(Text(schema, key), "true", StringComparison.OrdinalIgnoreCase);

        private static string? Text(YamlMappingNode mapping, string key) => Text(YamlTree.Get(mapping, key));

        private static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;

        /// <summary>What a CRD says about all its versions: its name, API group, kind and scope.</summary>
        private sealed record CrdInfo(string Name, string Group, string Kind, string Scope);

        /// <summary>What one file's load needs: where it is, what it reported, how many nodes it may still visit.</summary>
        private sealed class Context
        {
            private int _visited;

            public Context(string filePath, DiagnosticList diagnostics)
            {
                FilePath = filePath;
                Diagnostics = diagnostics;
            }

            public string FilePath { get; }

            public List<DefinitionModel> Definitions { get; } = new List<DefinitionModel>();

            public DiagnosticList Diagnostics { get; }

            /// <summary>True once more than <see cref="Limits.MaxCrdSchemas"/> schemas were visited.</summary>
            public bool OverBudget => _visited > Limits.MaxCrdSchemas;

            public bool Visit() => ++_visited <= Limits.MaxCrdSchemas;

            public SchemaLocation Locate(YamlNode node, string jsonPath) =>
                SchemaLoader.Locate(FilePath, jsonPath, node);

            /// <summary>Reports <paramref name="report"/> at <paramref name="node"/>, whose path diagnostics say is <paramref name="path"/>.</summary>
            public void Add(YamlNode node, string path, Report report)
            {
                if (!Diagnostics.IsFull(report, FilePath))
                {
                    Diagnostics.Add(report, Locate(node, path));
                }
            }
        }

        /// <summary>One served version being read: its definitions, and the ids its item and value types took.</summary>
        private sealed class VersionContext
        {
            private readonly NameScope _ids = NameScope.ForIds();

            // For the constraint tables: the schema each item or value type was hoisted from, and back.
            private readonly Dictionary<string, YamlNode> _nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            private readonly Dictionary<YamlNode, string> _hoistedNodes = new Dictionary<YamlNode, string>(ReferenceIdentity<YamlNode>.Instance);

            public VersionContext(Context context, CrdInfo crd, string version)
            {
                Context = context;
                Crd = crd;
                Version = version;
                IdPrefix = NameRules.CustomResourceIdPrefix(crd.Group, version);
            }

            public Context Context { get; }

            public CrdInfo Crd { get; }

            public string Version { get; }

            /// <summary>Kubernetes' definition ids of custom resources: the reversed group, the version, then the name.</summary>
            public string IdPrefix { get; }

            public List<DefinitionModel> Definitions { get; } = new List<DefinitionModel>();

            /// <summary>
            /// Gives every definition of the version its constraint table: the kind's from the version's schema (its
            /// <c>metadata</c> is ObjectMeta), item and value types' from their own schemas; where a schema became an
            /// item or value type, a table refers to that type instead of repeating it.
            /// </summary>
            public void AddConstraints(YamlMappingNode? schema)
            {
                var tables = new ConstraintTables(null, node => _hoistedNodes.TryGetValue(node, out string? id) ? id : null);
                for (int i = 0; i < Definitions.Count; i++)
                {
                    DefinitionModel definition = Definitions[i];
                    string table = i == 0
                        ? tables.Table(schema, rootProperty: ("metadata", ConstraintTables.Reference(ObjectMetaId)))
                        : tables.Table(_nodes.TryGetValue(definition.Id, out YamlNode? node) ? node : null);
                    Definitions[i] = definition with { Constraints = table };
                }
            }

            /// <summary>Where a field stands, as diagnostics say it: <c>crontabs.stable.example.com/v1: spec.ports[].name</c>.</summary>
            public string JsonPath(string fieldPath) => Crd.Name + "/" + Version + (fieldPath.Length > 0 ? ": " + fieldPath : string.Empty);

            /// <summary>
            /// Adds the definition of an item or value type and returns its id: the id prefix, then the type's name
            /// segments joined by <c>-</c> (<c>com.example.stable.v1.CronTab-Spec-Ports-Item</c>), whose PascalCase
            /// is unique within the version (a number where two fields' segments fold to one text).
            /// </summary>
            public string Hoist(Position at, string description, FieldType type, YamlNode node)
            {
                string id = IdPrefix + at.TypeName;
                SchemaLocation location = Context.Locate(node, JsonPath(at.FieldPath));
                // The id is internal (the definition is anonymous; Planning names it for its shape, ShapeSharing):
                // fields that fold to one id get a number silently, and KSN201 is said only for a true clash of names.
                string candidate = _ids.Claim(id, "'" + location.JsonPath + "'", out _);
                _nodes[candidate] = node;
                if (!_hoistedNodes.ContainsKey(node))
                {
                    _hoistedNodes.Add(node, candidate);
                }

                Definitions.Add(new DefinitionModel(candidate, description, type, EquatableArray<GroupVersionKind>.Empty, location) { Anonymous = true, FromCrd = true });
                return candidate;
            }
        }

        /// <summary>A position in a version's schema: the field path for people, the type name segments for item types.</summary>
        private sealed class Position : MappingSite
        {
            private readonly Position? _parent;
            private readonly string _segment;
            private readonly bool _fieldName;
            private string? _typeName;

            public Position(VersionContext version, string fieldPath, string typeName)
            {
                Version = version;
                FieldPath = fieldPath;
                _segment = typeName;
                _typeName = typeName;
            }

            private Position(Position parent, string fieldPath, string segment, bool fieldName, bool isItem)
            {
                Version = parent.Version;
                FieldPath = fieldPath;
                _parent = parent;
                _segment = segment;
                _fieldName = fieldName;
                IsItem = isItem;
            }

            public VersionContext Version { get; }

            /// <summary><c>spec.ports[].name</c>: <c>[]</c> stands for an array's items, <c>[*]</c> for a map's values.</summary>
            public string FieldPath { get; }

            /// <summary>The name an item or value type here would get, in segments: <c>CronTab-Spec-Ports-Item</c> (made when asked).</summary>
            public string TypeName => _typeName ??= NameRules.ElementTypeName(_parent!.TypeName, _fieldName ? NameRules.FieldSegment(_segment) : _segment);

            public bool IsItem { get; }

            public override MappingSite Property(string name) =>
                new Position(this, FieldPath.Length == 0 ? name : FieldPath + "." + name, name, fieldName: true, isItem: false);

            public override MappingSite Item() => new Position(this, FieldPath + "[]", NameRules.ItemSegment, fieldName: false, isItem: true);

            public override MappingSite Value() => new Position(this, FieldPath + "[*]", NameRules.ValueSegment, fieldName: false, isItem: false);

            public override bool Visit() => Version.Context.Visit();

            public override SchemaLocation Locate(SchemaView schema) => Version.Context.Locate(NodeOf(schema), Version.JsonPath(FieldPath));

            public override void Add(SchemaView schema, Report report) =>
                Version.Context.Add(NodeOf(schema), Version.JsonPath(FieldPath), report);

            /// <summary>An item or value type: a definition of its own, described by its schema or by where it stands.</summary>
            public override FieldType DefineElement(FieldType type, string description, SchemaView schema)
            {
                if (description.Length == 0)
                {
                    description = (IsItem ? "An item of the field " : "A value of the map ") + FieldPath + " of a " + Version.Crd.Group + "/" + Version.Version + " " + Version.Crd.Kind + ".";
                }

                return FieldType.ReferenceTo(Version.Hoist(this, description, type, NodeOf(schema)));
            }
        }
    }
}
