using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kubesonnet.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic Kubesonnet reports, in one table. IDs are <c>KSN</c> + three digits by area: 0xx loading a
    /// file, 1xx mapping the schema, 2xx naming, 8xx build and package, 9xx internal. Each message says what is wrong
    /// and where in the document (a JSON path: <c>definitions/X/properties/y</c>); the location is the schema file and
    /// line. Each has a help link to its section of <c>docs/diagnostics.md</c> (anchor: the lowercase ID).
    /// </summary>
    /// <remarks>
    /// The generator raises each one through its factory in <see cref="Report"/> (named parameters, in the order of
    /// the format), never by its ID: IDs are written only in this file. Each descriptor's format is in its doc comment.
    /// </remarks>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Kubesonnet";
        private const string HelpBase = "https://github.com/kubesonnet/kubesonnet/blob/main/docs/diagnostics.md#";

        /// <summary>KSN001 (error): Schema file cannot be parsed.</summary>
        /// <remarks>Format: <c>Schema file '{0}' is not valid JSON or YAML: {1}; nothing is generated from it</c>. Raised through <see cref="Report.InvalidDocument"/>.</remarks>
        public static readonly DiagnosticDescriptor InvalidDocument = Create(
            "KSN001",
            "Schema file cannot be parsed",
            "Schema file '{0}' is not valid JSON or YAML: {1}; nothing is generated from it",
            DiagnosticSeverity.Error);

        /// <summary>KSN002 (error): File marked as a schema is not an OpenAPI document.</summary>
        /// <remarks>Format: <c>'{0}' is marked KubesonnetSchema="true" but is not an OpenAPI document or a CustomResourceDefinition: {1}</c>. Raised through <see cref="Report.NotAnOpenApiDocument"/>.</remarks>
        public static readonly DiagnosticDescriptor NotAnOpenApiDocument = Create(
            "KSN002",
            "File marked as a schema is not an OpenAPI document",
            "'{0}' is marked KubesonnetSchema=\"true\" but is not an OpenAPI document or a CustomResourceDefinition: {1}",
            DiagnosticSeverity.Error);

        /// <summary>KSN003 (warning): Not a keyword of this OpenAPI version's schemas.</summary>
        /// <remarks>Format: <c>'{0}': {1} is not a valid property of schemas in {2}; it is ignored</c>. Raised through <see cref="Report.UnknownKeyword"/>.</remarks>
        public static readonly DiagnosticDescriptor UnknownKeyword = Create(
            "KSN003",
            "Not a keyword of this OpenAPI version's schemas",
            "'{0}': {1} is not a valid property of schemas in {2}; it is ignored",
            DiagnosticSeverity.Warning);

        /// <summary>KSN004 (error): Schema file exceeds a limit.</summary>
        /// <remarks>Format: <c>'{0}' exceeds a limit of the generator: {1}; nothing is generated from it</c>. Raised through <see cref="Report.DocumentTooLarge"/>.</remarks>
        public static readonly DiagnosticDescriptor DocumentTooLarge = Create(
            "KSN004",
            "Schema file exceeds a limit",
            "'{0}' exceeds a limit of the generator: {1}; nothing is generated from it",
            DiagnosticSeverity.Error);

        /// <summary>KSN005 (error): Unsupported OpenAPI version.</summary>
        /// <remarks>Format: <c>'{0}' is '{1}': Kubesonnet reads swagger 2.0 and OpenAPI 3.0 documents; nothing is generated from this file</c>. Raised through <see cref="Report.UnsupportedVersion"/>.</remarks>
        public static readonly DiagnosticDescriptor UnsupportedVersion = Create(
            "KSN005",
            "Unsupported OpenAPI version",
            "'{0}' is '{1}': Kubesonnet reads swagger 2.0 and OpenAPI 3.0 documents; nothing is generated from this file",
            DiagnosticSeverity.Error);

        /// <summary>KSN006 (warning): Key written twice in one object.</summary>
        /// <remarks>Format: <c>'{0}' is written twice in one object; the first value is used</c>. Raised through <see cref="Report.DuplicateKey"/>.</remarks>
        public static readonly DiagnosticDescriptor DuplicateKey = Create(
            "KSN006",
            "Key written twice in one object",
            "'{0}' is written twice in one object; the first value is used",
            DiagnosticSeverity.Warning);

        /// <summary>KSN007 (warning): Value too long.</summary>
        /// <remarks>Format: <c>'{0}': {1} is {2} characters long, more than a document's value may be (65,536); {3}</c>. Raised through <see cref="Report.ValueTooLong"/>.</remarks>
        public static readonly DiagnosticDescriptor ValueTooLong = Create(
            "KSN007",
            "Value too long",
            "'{0}': {1} is {2} characters long, more than a document's value may be (65,536); {3}",
            DiagnosticSeverity.Warning);

        /// <summary>KSN101 (warning): Reference to a definition that does not exist.</summary>
        /// <remarks>Format: <c>'{0}' refers to '{1}', which no schema file defines; it is generated as free-form JSON</c>. Raised through <see cref="Report.DanglingReference"/>.</remarks>
        public static readonly DiagnosticDescriptor DanglingReference = Create(
            "KSN101",
            "Reference to a definition that does not exist",
            "'{0}' refers to '{1}', which no schema file defines; it is generated as free-form JSON",
            DiagnosticSeverity.Warning);

        /// <summary>KSN102 (warning): Schema construct is not supported.</summary>
        /// <remarks>Format: <c>'{0}': {1}; it is generated as free-form JSON</c>. Raised through <see cref="Report.UnsupportedSchema"/>.</remarks>
        public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
            "KSN102",
            "Schema construct is not supported",
            "'{0}': {1}; it is generated as free-form JSON",
            DiagnosticSeverity.Warning);

        /// <summary>KSN103 (warning): Definition is defined twice.</summary>
        /// <remarks>Format: <c>Definition '{0}' is defined again in '{1}'; the definition from '{2}' is used</c>. Raised through <see cref="Report.DuplicateDefinition"/>.</remarks>
        public static readonly DiagnosticDescriptor DuplicateDefinition = Create(
            "KSN103",
            "Definition is defined twice",
            "Definition '{0}' is defined again in '{1}'; the definition from '{2}' is used",
            DiagnosticSeverity.Warning);

        /// <summary>KSN104 (warning): CustomResourceDefinition schema cannot be mapped to typed setters.</summary>
        /// <remarks>Format: <c>'{0}': {1}; {2}</c>. Raised through <see cref="Report.UnmappedCrdSchema"/>.</remarks>
        public static readonly DiagnosticDescriptor UnmappedCrdSchema = Create(
            "KSN104",
            "CustomResourceDefinition schema cannot be mapped to typed setters",
            "'{0}': {1}; {2}",
            DiagnosticSeverity.Warning);

        /// <summary>KSN105 (warning): Schema value of the wrong JSON type.</summary>
        /// <remarks>Format: <c>'{0}': {1} is {2} where {3} is expected; {4}</c>. Raised through <see cref="Report.WrongJsonType"/>.</remarks>
        public static readonly DiagnosticDescriptor WrongJsonType = Create(
            "KSN105",
            "Schema value of the wrong JSON type",
            "'{0}': {1} is {2} where {3} is expected; {4}",
            DiagnosticSeverity.Warning);

        /// <summary>KSN201 (warning): Two schema names map to one C# name.</summary>
        /// <remarks>Format: <c>'{0}' is generated as '{3}': its C# name '{2}' is taken by {1}</c>. Raised through <see cref="Report.NameCollision"/>.</remarks>
        public static readonly DiagnosticDescriptor NameCollision = Create(
            "KSN201",
            "Two schema names map to one C# name",
            "'{0}' is generated as '{3}': its C# name '{2}' is taken by {1}",
            DiagnosticSeverity.Warning);

        /// <summary>KSN202 (warning): Empty name in the schema.</summary>
        /// <remarks>Format: <c>{0} has an empty name; it is generated as '{1}'</c>. Raised through <see cref="Report.EmptyName"/>.</remarks>
        public static readonly DiagnosticDescriptor EmptyName = Create(
            "KSN202",
            "Empty name in the schema",
            "{0} has an empty name; it is generated as '{1}'",
            DiagnosticSeverity.Warning);

        /// <summary>KSN203 (warning): Group or version is not a Kubernetes name.</summary>
        /// <remarks>Format: <c>'{0}': the {1} '{2}' is not a Kubernetes {1} name; its namespace part is generated as '{3}'</c>. Raised through <see cref="Report.InvalidNamespacePart"/>.</remarks>
        public static readonly DiagnosticDescriptor InvalidNamespacePart = Create(
            "KSN203",
            "Group or version is not a Kubernetes name",
            "'{0}': the {1} '{2}' is not a Kubernetes {1} name; its namespace part is generated as '{3}'",
            DiagnosticSeverity.Warning);

        /// <summary>KSN204 (warning): Name too long for C#.</summary>
        /// <remarks>Format: <c>'{0}': the name is {1} characters long; its C# name is cut to '{2}'</c>. Raised through <see cref="Report.NameTooLong"/>.</remarks>
        public static readonly DiagnosticDescriptor NameTooLong = Create(
            "KSN204",
            "Name too long for C#",
            "'{0}': the name is {1} characters long; its C# name is cut to '{2}'",
            DiagnosticSeverity.Warning);

        /// <summary>KSN800 (warning): Compiler too old for Kubesonnet.Generator.</summary>
        /// <remarks>
        /// Format: <c>Kubesonnet.Generator needs Roslyn 4.8 or newer (the .NET 8 SDK, Visual Studio 17.8 or later); this build uses {0}, so no builders are generated</c>.
        /// Reported by the package's MSBuild targets (<c>buildTransitive/Kubesonnet.Generator.targets</c>), never by the
        /// generator: a compiler too old to load it cannot report anything. In the table so that its ID is taken.
        /// </remarks>
        public static readonly DiagnosticDescriptor CompilerTooOld = Create(
            "KSN800",
            "Compiler too old for Kubesonnet.Generator",
            "Kubesonnet.Generator needs Roslyn 4.8 or newer (the .NET 8 SDK, Visual Studio 17.8 or later); this build uses {0}, so no builders are generated",
            DiagnosticSeverity.Warning);

        /// <summary>KSN901 (error): Kubesonnet generator failed.</summary>
        /// <remarks>Format: <c>The Kubesonnet generator failed on '{0}' and generated nothing for it: {1}. Please report this with the schema file.</c>. Raised through <see cref="Report.InternalError"/>.</remarks>
        public static readonly DiagnosticDescriptor InternalError = Create(
            "KSN901",
            "Kubesonnet generator failed",
            "The Kubesonnet generator failed on '{0}' and generated nothing for it: {1}. Please report this with the schema file.",
            DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Index(
            InvalidDocument,
            NotAnOpenApiDocument,
            UnknownKeyword,
            DocumentTooLarge,
            UnsupportedVersion,
            DuplicateKey,
            ValueTooLong,
            DanglingReference,
            UnsupportedSchema,
            DuplicateDefinition,
            UnmappedCrdSchema,
            WrongJsonType,
            NameCollision,
            EmptyName,
            InvalidNamespacePart,
            NameTooLong,
            CompilerTooOld,
            InternalError);

        /// <summary>All descriptors, in ID order.</summary>
        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

        public static DiagnosticDescriptor Get(string id) => s_byId[id];

        /// <summary>
        /// A message argument as it is shown: schema text can hold line breaks (a version <c>"v1\n#error"</c>) that would
        /// start a line of its own in a build log, and bidirectional controls that would make it read differently;
        /// those and every other control character are written as <c>\n</c> or <c>\uXXXX</c>, and the argument is cut
        /// at <see cref="Limits.MaxArgumentLength"/> characters.
        /// </summary>
        public static string Printable(string argument)
        {
            var builder = new System.Text.StringBuilder(System.Math.Min(argument.Length, Limits.MaxArgumentLength) + 8);
            foreach (char c in argument)
            {
                if (builder.Length >= Limits.MaxArgumentLength)
                {
                    return builder.Append('…').ToString();
                }

                if (c == '\n')
                {
                    builder.Append("\\n");
                }
                else if (c == '\r')
                {
                    builder.Append("\\r");
                }
                else if (c == '\t')
                {
                    builder.Append("\\t");
                }
                else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || Characters.IsBidiControl(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

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
