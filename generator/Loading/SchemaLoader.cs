using System;
using System.Collections.Generic;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Reads one schema file into the language-free <see cref="DocumentModel"/>: parse into SharpYaml's tree (our JSON
    /// parser, or our bounded YAML loader) → check the tree (<see cref="SchemaCheck"/>) → map each definition from the
    /// tree (<see cref="YamlSchemaView"/>, <see cref="SchemaMapper"/>) and write its constraint table. Nothing read
    /// here leaves this class but the model.
    /// </summary>
    internal static class SchemaLoader
    {
        private static readonly SchemaMapper DocumentMapper = new SchemaMapper(MappingOptions.Document);

        /// <summary>
        /// Loads <paramref name="text"/>. Returns null when the file is not a schema and was not marked as one
        /// (projects have <c>appsettings.json</c> and <c>stylecop.json</c> among their AdditionalFiles).
        /// </summary>
        public static DocumentModel? Load(string filePath, string text, bool markedAsSchema, CancellationToken cancellationToken)
        {
            var diagnostics = new DiagnosticList();
            if (!markedAsSchema && !MightBeSchema(text))
            {
                return null;
            }

            bool isJson = JsonTree.LooksLikeJson(text);
            YamlMappingNode root;
            try
            {
                var stream = new YamlStream();
                if (isJson)
                {
                    // A document's paths are never read: passed over, not parsed.
                    stream.Add(JsonTree.Parse(text, new Findings(filePath, diagnostics), skippedKey: "paths"));
                }
                else
                {
                    // Not SharpYaml's own loader: it is not safe on hostile YAML (YamlReading says why).
                    YamlReading.Load(text, stream, new Findings(filePath, diagnostics), cancellationToken);
                }

                if (CrdLoader.Contains(stream))
                {
                    return CrdLoader.Load(filePath, stream, diagnostics, cancellationToken);
                }

                if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
                {
                    if (markedAsSchema)
                    {
                        diagnostics.Add(Report.NotAnOpenApiDocument(filePath, "the root is not an object"), SchemaLocation.FileStart(filePath));
                        return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
                    }

                    return null;
                }

                root = mapping;
            }
            catch (YamlReadException exception) when (exception.IsLimit)
            {
                if (!markedAsSchema && !LooksLikeSchemaText(text))
                {
                    return null;
                }

                diagnostics.Add(Report.DocumentTooLarge(filePath, YamlReading.Detail(exception)), Locate(filePath, exception.Path, exception.Start, exception.End));
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }
            catch (YamlException exception)
            {
                if (!markedAsSchema && !LooksLikeSchemaText(text))
                {
                    return null;
                }

                diagnostics.Add(Report.InvalidDocument(filePath, YamlReading.Detail(exception)), Locate(filePath, "$", exception.Start, exception.End));
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            bool isSwagger2 = YamlTree.Get(root, "swagger") != null;
            if (!isSwagger2 && YamlTree.Get(root, "openapi") == null)
            {
                if (markedAsSchema)
                {
                    diagnostics.Add(Report.NotAnOpenApiDocument(filePath, "no 'swagger' or 'openapi' key"), Locate(filePath, "$", root));
                    return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
                }

                return null;
            }

            // What is not a keyword, or not of its JSON type, is reported and taken out first; kinds are read there too (SchemaCheck).
            Dictionary<string, EquatableArray<GroupVersionKind>>? kinds = SchemaCheck.Run(root, isSwagger2, sharesNodes: !isJson, new Findings(filePath, diagnostics), cancellationToken);
            if (kinds == null)
            {
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }

            string[] definitionsPath = SchemaCheck.DefinitionsPath(isSwagger2);
            string referencePrefix = SchemaCheck.ReferencePrefix(isSwagger2);
            var context = new LoadContext(filePath, diagnostics, YamlTree.Find(root, definitionsPath) as YamlMappingNode, definitionsPath);
            var definitions = new List<DefinitionModel>();
            var tables = new ConstraintTables(referencePrefix, hoisted: null);
            if (context.Definitions != null)
            {
                // SchemaCheck has made every definition an object, and the tree holds no key twice (the first is kept).
                var entries = new List<KeyValuePair<string, YamlNode>>(context.Definitions.Children.Count);
                foreach (KeyValuePair<YamlNode, YamlNode> entry in context.Definitions.Children)
                {
                    entries.Add(new KeyValuePair<string, YamlNode>(((YamlScalarNode)entry.Key).Value ?? string.Empty, entry.Value));
                }

                entries.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
                foreach (KeyValuePair<string, YamlNode> entry in entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    EquatableArray<GroupVersionKind> definitionKinds = kinds.TryGetValue(entry.Key, out EquatableArray<GroupVersionKind> read) ? read : EquatableArray<GroupVersionKind>.Empty;
                    DefinitionModel definition = MapDefinition(entry.Key, new YamlSchemaView(entry.Value, referencePrefix), definitionKinds, context);
                    definitions.Add(definition with { Constraints = Constraints(entry.Value, entry.Key, tables) });
                }
            }

            return Result(filePath, definitions, diagnostics);
        }

        /// <summary>
        /// A definition's constraint table. The API server reads a document's types with Go's decoder, which takes
        /// <c>null</c> for any field as if it were absent (<c>creationTimestamp: null</c> is what kubectl writes), so
        /// a document's tables accept <c>null</c> everywhere; a Quantity is checked as one.
        /// </summary>
        private static string Constraints(YamlNode node, string id, ConstraintTables tables)
        {
            string additions = "\"x-kubesonnet-nulls\":true,";
            if (id.EndsWith(KnownDefinitions.QuantitySuffix, StringComparison.Ordinal))
            {
                additions += "\"format\":\"quantity\",";
            }

            return tables.Table(node, additions);
        }

        /// <summary>A cheap look before parsing: does the text mention what a schema's root must have?</summary>
        internal static bool MightBeSchema(string text) =>
            text.IndexOf("swagger", StringComparison.Ordinal) >= 0 || text.IndexOf("openapi", StringComparison.Ordinal) >= 0
            || text.IndexOf(CrdLoader.CrdKind, StringComparison.Ordinal) >= 0;

        private static bool LooksLikeSchemaText(string text)
        {
            string start = text.Length > Limits.SniffLength ? text.Substring(0, Limits.SniffLength) : text;
            return start.IndexOf("\"swagger\"", StringComparison.Ordinal) >= 0
                || start.IndexOf("\"openapi\"", StringComparison.Ordinal) >= 0
                || start.IndexOf("swagger:", StringComparison.Ordinal) >= 0
                || start.IndexOf("openapi:", StringComparison.Ordinal) >= 0
                || start.IndexOf(CrdLoader.CrdKind, StringComparison.Ordinal) >= 0;
        }

        private static DocumentModel Result(string filePath, IEnumerable<DefinitionModel> definitions, DiagnosticList diagnostics) =>
            new DocumentModel(filePath, definitions.ToEquatableArray(), diagnostics.ToEquatableArray());

        private static DefinitionModel MapDefinition(string id, SchemaView schema, EquatableArray<GroupVersionKind> kinds, LoadContext context)
        {
            var at = new DocumentSite(context, new[] { id });
            FieldType type;
            if (id.EndsWith(KnownDefinitions.MicroTimeSuffix, StringComparison.Ordinal) && schema.Type == "string")
            {
                type = FieldType.Simple(ValueKind.MicroTime, schema.Format);
            }
            else if (id.EndsWith(KnownDefinitions.QuantitySuffix, StringComparison.Ordinal) && schema.Type == "string")
            {
                type = FieldType.Simple(ValueKind.Quantity, schema.Format);
            }
            else
            {
                type = DocumentMapper.Map(schema, at, 0);
            }

            return new DefinitionModel(
                id,
                schema.Description ?? string.Empty,
                type,
                kinds,
                at.Locate(schema));
        }

        private static string[] Append(string[] path, string segment)
        {
            var result = new string[path.Length + 1];
            Array.Copy(path, result, path.Length);
            result[path.Length] = segment;
            return result;
        }

        internal static SchemaLocation Locate(string filePath, string jsonPath, Mark start, Mark end) =>
            new SchemaLocation(filePath, jsonPath, Math.Max(0, start.Line), Math.Max(0, start.Column), Math.Max(0, start.Index), Math.Max(0, end.Line), Math.Max(0, end.Column), Math.Max(0, end.Index));

        internal static SchemaLocation Locate(string filePath, string jsonPath, YamlNode node) => Locate(filePath, jsonPath, node.Start, node.End);

        /// <summary>A place below a document's definitions, as a path of keys: the definition id, then keywords and names.</summary>
        private sealed class DocumentSite : MappingSite
        {
            private readonly LoadContext _context;

            public DocumentSite(LoadContext context, string[] path)
            {
                _context = context;
                Path = path;
            }

            public string[] Path { get; }

            public override MappingSite Property(string name) => new DocumentSite(_context, Append(Append(Path, "properties"), name));

            public override MappingSite Item() => new DocumentSite(_context, Append(Path, "items"));

            public override MappingSite Value() => new DocumentSite(_context, Append(Path, "additionalProperties"));

            // The schema's own node is where the path leads: no need to follow the path again.
            public override SchemaLocation Locate(SchemaView schema) => _context.Locate(Path, NodeOf(schema));

            public override void Add(SchemaView schema, Report report) => _context.Add(Path, report);
        }

        /// <summary>What one load needs to locate and report problems; lives only while the file is loaded.</summary>
        private sealed class LoadContext
        {
            private readonly string[] _definitionsPath;

            public LoadContext(string filePath, DiagnosticList diagnostics, YamlMappingNode? definitions, string[] definitionsPath)
            {
                FilePath = filePath;
                Diagnostics = diagnostics;
                Definitions = definitions;
                _definitionsPath = definitionsPath;
            }

            public string FilePath { get; }

            public DiagnosticList Diagnostics { get; }

            public YamlMappingNode? Definitions { get; }

            /// <summary>The definitions by id, for locating things without scanning hundreds of keys each time.</summary>
            private Dictionary<string, YamlNode>? _index;

            /// <summary>Reports <paramref name="report"/> at a path below the definitions (definition id, then keys).</summary>
            public void Add(string[] path, Report report)
            {
                if (!Diagnostics.IsFull(report, FilePath))
                {
                    Diagnostics.Add(report, Locate(path));
                }
            }

            /// <summary>The location of <paramref name="node"/>, which stands at <paramref name="path"/> below the definitions.</summary>
            public SchemaLocation Locate(string[] path, YamlNode node) => SchemaLoader.Locate(FilePath, JsonPath(path), node);

            /// <summary>The location of a path below the definitions (definition id, then keys).</summary>
            public SchemaLocation Locate(string[] path)
            {
                if (_index == null)
                {
                    _index = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                    foreach (KeyValuePair<YamlNode, YamlNode> entry in Definitions?.Children ?? (IEnumerable<KeyValuePair<YamlNode, YamlNode>>)Array.Empty<KeyValuePair<YamlNode, YamlNode>>())
                    {
                        if (entry.Key is YamlScalarNode { Value: { } key } && !_index.ContainsKey(key))
                        {
                            _index.Add(key, entry.Value);
                        }
                    }
                }

                YamlNode? node = path.Length > 0 && _index.TryGetValue(path[0], out YamlNode? definition)
                    ? YamlTree.Find(definition, new ArraySegment<string>(path, 1, path.Length - 1))
                    : null;
                string jsonPath = JsonPath(path);
                if (node == null)
                {
                    return new SchemaLocation(FilePath, jsonPath, 0, 0, 0, 0, 0, 0);
                }

                return SchemaLoader.Locate(FilePath, jsonPath, node);
            }

            private string JsonPath(string[] path) => string.Join("/", _definitionsPath) + "/" + string.Join("/", path);
        }
    }
}
