using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Reads one schema file into the language-free <see cref="DocumentModel"/>: parse (SharpYaml) → preprocess the
    /// tree → read (Microsoft.OpenApi.Readers) → map definitions. Nothing read here leaves this class but the model.
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

            // paths is dropped before parsing (see Preprocess); offsets after the cut are corrected in Locate.
            string parsed = JsonSkim.WithoutTopLevelValue(text, "paths", out int cut, out int removed);
            var offsets = new Offsets(cut, removed);
            YamlMappingNode root;
            YamlDocument document;
            try
            {
                var stream = new YamlStream();
                if (JsonTree.LooksLikeJson(parsed))
                {
                    (YamlDocument json, JsonTree tree) = JsonTree.Parse(parsed, new Findings(filePath, offsets, diagnostics));
                    stream.Add(json);
                    offsets = offsets.WithPositions(tree.Positions);
                }
                else
                {
                    // Not SharpYaml's own loader: it is not safe on hostile YAML (YamlReading says why).
                    YamlReading.Load(parsed, stream, new Findings(filePath, offsets, diagnostics), cancellationToken);
                }

                if (CrdLoader.Contains(stream))
                {
                    return CrdLoader.Load(filePath, stream, offsets, diagnostics, cancellationToken);
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

                document = stream.Documents[0];
                root = mapping;
            }
            catch (YamlReadException exception) when (exception.IsLimit)
            {
                if (!markedAsSchema && !LooksLikeSchemaText(text))
                {
                    return null;
                }

                diagnostics.Add(Report.DocumentTooLarge(filePath, YamlReading.Detail(exception)), Locate(filePath, exception.Path, exception.Start, exception.End, offsets));
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }
            catch (YamlException exception)
            {
                if (!markedAsSchema && !LooksLikeSchemaText(text))
                {
                    return null;
                }

                diagnostics.Add(Report.InvalidDocument(filePath, YamlReading.Detail(exception)), Locate(filePath, "$", exception.Start, exception.End, offsets));
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            bool isSwagger2 = YamlTree.Get(root, "swagger") != null;
            if (!isSwagger2 && YamlTree.Get(root, "openapi") == null)
            {
                if (markedAsSchema)
                {
                    diagnostics.Add(Report.NotAnOpenApiDocument(filePath, "no 'swagger' or 'openapi' key"), Locate(filePath, "$", root, offsets));
                    return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
                }

                return null;
            }

            // Values the reader cannot take are reported and taken out first; kinds are read from the text (SchemaCheck).
            Dictionary<string, EquatableArray<GroupVersionKind>>? kinds = SchemaCheck.Run(root, isSwagger2, new Findings(filePath, offsets, diagnostics), cancellationToken);
            if (kinds == null)
            {
                return Result(filePath, Array.Empty<DefinitionModel>(), diagnostics);
            }

            string[] definitionsPath = isSwagger2 ? new[] { "definitions" } : new[] { "components", "schemas" };
            var context = new LoadContext(filePath, diagnostics, YamlTree.Find(root, definitionsPath) as YamlMappingNode, definitionsPath, offsets);
            OpenApiDocument openApi = OpenApiReading.Read(document, out OpenApiDiagnostic readerDiagnostic);
            foreach (OpenApiError error in readerDiagnostic.Errors)
            {
                // Some errors have no pointer but name the place in the message: "x is not a valid property at #/definitions/X".
                int at = string.IsNullOrEmpty(error.Pointer) ? (error.Message ?? string.Empty).LastIndexOf(" at #/", StringComparison.Ordinal) : -1;
                string? pointer = at >= 0 ? error.Message!.Substring(at + 4) : error.Pointer;
                Report report = Report.ReaderMessage(filePath, string.IsNullOrEmpty(pointer) ? "$" : pointer!, OneLine(error.Message ?? string.Empty));
                if (!diagnostics.IsFull(report, filePath))
                {
                    diagnostics.Add(report, context.LocatePointer(pointer));
                }
            }

            // The reader returns no document at all when it refuses one (its error is reported above as KSN003).
            var definitions = new List<DefinitionModel>();
            var tables = new ConstraintTables("#/" + string.Join("/", definitionsPath) + "/", hoisted: null);
            if (openApi?.Components?.Schemas != null)
            {
                foreach (KeyValuePair<string, OpenApiSchema> entry in openApi.Components.Schemas.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    EquatableArray<GroupVersionKind> definitionKinds = kinds.TryGetValue(entry.Key, out EquatableArray<GroupVersionKind> read) ? read : EquatableArray<GroupVersionKind>.Empty;
                    DefinitionModel definition = MapDefinition(entry.Key, entry.Value, definitionKinds, context);
                    definitions.Add(definition with { Constraints = Constraints(entry.Key, context, tables) });
                }
            }

            return Result(filePath, definitions, diagnostics);
        }

        /// <summary>
        /// A definition's constraint table. The API server reads a document's types with Go's decoder, which takes
        /// <c>null</c> for any field as if it were absent (<c>creationTimestamp: null</c> is what kubectl writes), so
        /// a document's tables accept <c>null</c> everywhere; a Quantity is checked as one.
        /// </summary>
        private static string Constraints(string id, LoadContext context, ConstraintTables tables)
        {
            YamlNode? node = context.Definitions == null ? null : YamlTree.Get(context.Definitions, id);
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

        private static DefinitionModel MapDefinition(string id, OpenApiSchema schema, EquatableArray<GroupVersionKind> kinds, LoadContext context)
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
                type = DocumentMapper.Map(OpenApiSchemaView.OfDefinition(schema, id), at, 0);
            }

            return new DefinitionModel(
                id,
                schema.Description ?? string.Empty,
                type,
                kinds,
                context.Locate(at.Path));
        }

        private static string[] Append(string[] path, string segment)
        {
            var result = new string[path.Length + 1];
            Array.Copy(path, result, path.Length);
            result[path.Length] = segment;
            return result;
        }

        private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();

        internal static SchemaLocation Locate(string filePath, string jsonPath, Mark start, Mark end, Offsets offsets) =>
            new SchemaLocation(filePath, jsonPath, Math.Max(0, start.Line), Math.Max(0, start.Column), offsets.Original(start.Index), Math.Max(0, end.Line), Math.Max(0, end.Column), offsets.Original(end.Index));

        internal static SchemaLocation Locate(string filePath, string jsonPath, YamlNode node, Offsets offsets)
        {
            (Mark start, Mark end) = offsets.PositionOf(node);
            return Locate(filePath, jsonPath, start, end, offsets);
        }

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

            public override SchemaLocation Locate(SchemaView schema) => _context.Locate(Path);

            public override void Add(SchemaView schema, Report report) => _context.Add(Path, report);
        }

        /// <summary>
        /// Where nodes of the parsed text stand in the file: positions from <see cref="JsonTree"/> (SharpYaml's own marks
        /// otherwise), and character offsets after the text <see cref="JsonSkim"/> cut out moved back.
        /// </summary>
        internal readonly struct Offsets
        {
            private readonly int _cut;
            private readonly int _removed;
            private readonly Dictionary<YamlNode, (Mark Start, Mark End)>? _positions;

            public Offsets(int cut, int removed, Dictionary<YamlNode, (Mark Start, Mark End)>? positions = null)
            {
                _cut = cut;
                _removed = removed;
                _positions = positions;
            }

            public Offsets WithPositions(Dictionary<YamlNode, (Mark Start, Mark End)> positions) => new Offsets(_cut, _removed, positions);

            public int Original(int index) => Math.Max(0, _removed > 0 && index > _cut ? index + _removed : index);

            public (Mark Start, Mark End) PositionOf(YamlNode node) =>
                _positions != null && _positions.TryGetValue(node, out (Mark Start, Mark End) position) ? position : (node.Start, node.End);
        }

        /// <summary>What one load needs to locate and report problems; lives only while the file is loaded.</summary>
        private sealed class LoadContext
        {
            private readonly string[] _definitionsPath;

            public LoadContext(string filePath, DiagnosticList diagnostics, YamlMappingNode? definitions, string[] definitionsPath, Offsets offsets)
            {
                Offsets = offsets;
                FilePath = filePath;
                Diagnostics = diagnostics;
                Definitions = definitions;
                _definitionsPath = definitionsPath;
            }

            public string FilePath { get; }

            public Offsets Offsets { get; }

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

                return SchemaLoader.Locate(FilePath, jsonPath, node, Offsets);
            }

            /// <summary>The location of a JSON pointer the reader gave (<c>#/definitions/X/properties/y</c>).</summary>
            public SchemaLocation LocatePointer(string? pointer)
            {
                if (string.IsNullOrEmpty(pointer))
                {
                    return SchemaLocation.FileStart(FilePath);
                }

                string[] segments = pointer!.TrimStart('#').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => s.Replace("~1", "/").Replace("~0", "~"))
                    .ToArray();
                if (segments.Length > _definitionsPath.Length
                    && segments.Take(_definitionsPath.Length).SequenceEqual(_definitionsPath, StringComparer.Ordinal))
                {
                    return Locate(segments.Skip(_definitionsPath.Length).ToArray());
                }

                return new SchemaLocation(FilePath, pointer, 0, 0, 0, 0, 0, 0);
            }

            private string JsonPath(string[] path) => string.Join("/", _definitionsPath) + "/" + string.Join("/", path);
        }
    }
}
