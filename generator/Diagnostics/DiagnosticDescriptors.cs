using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kubesonnet.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports, in one table. IDs are <c>KSN</c> + three digits by area:
    /// 0xx loading a file, 1xx mapping the schema, 2xx naming, 9xx internal. Each has a help link to the README.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Kubesonnet";
        private const string HelpBase = "https://github.com/kubesonnet/kubesonnet/blob/main/README.md#";

        public static readonly DiagnosticDescriptor InvalidDocument = Create(
            "KSN001",
            "Schema file cannot be parsed",
            "Schema file '{0}' is not valid JSON or YAML: {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NotAnOpenApiDocument = Create(
            "KSN002",
            "File marked as a schema is not an OpenAPI document",
            "'{0}' is marked KubesonnetSchema=\"true\" but its root has neither 'swagger' nor 'openapi': {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor ReaderMessage = Create(
            "KSN003",
            "OpenAPI reader reported a problem",
            "The OpenAPI reader reported in '{0}' at {1}: {2}",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DocumentTooLarge = Create(
            "KSN004",
            "Schema file exceeds a limit",
            "'{0}' exceeds a limit of the generator ({1}); the rest of it is ignored",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DanglingReference = Create(
            "KSN101",
            "Reference to a definition that does not exist",
            "'{0}' refers to '{1}', which no schema file defines; it is generated as free-form JSON",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
            "KSN102",
            "Schema construct is not supported",
            "'{0}': {1}; it is generated as free-form JSON",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateDefinition = Create(
            "KSN103",
            "Definition is defined twice",
            "Definition '{0}' is defined again in '{1}'; the definition from '{2}' is used",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NameCollision = Create(
            "KSN201",
            "Two schema names map to one C# name",
            "'{0}' and '{1}' both map to the C# name '{2}'; the second is generated as '{3}'",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor EmptyName = Create(
            "KSN202",
            "Empty name in the schema",
            "{0} has an empty name; it is generated as '{1}'",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "KSN901",
            "Kubesonnet generator failed",
            "The Kubesonnet generator failed on '{0}' and generated nothing for it: {1}. Please report this with the schema file.",
            DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
            InvalidDocument,
            NotAnOpenApiDocument,
            ReaderMessage,
            DocumentTooLarge,
            DanglingReference,
            UnsupportedSchema,
            DuplicateDefinition,
            NameCollision,
            EmptyName,
            InternalError);

        /// <summary>All descriptors, in ID order.</summary>
        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

        public static DiagnosticDescriptor Get(string id) => s_byId[id];

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                Category,
                severity,
                isEnabledByDefault: true,
                helpLinkUri: HelpBase + id.ToLowerInvariant());

        private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
        {
            var result = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                result.Add(descriptor.Id, descriptor);
            }

            return result;
        }
    }
}
