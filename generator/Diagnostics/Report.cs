using System;
using System.Globalization;
using Kubesonnet.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Kubesonnet.Generator.Diagnostics
{
    /// <summary>
    /// A diagnostic before it has a place: its descriptor and its message arguments, made by the factory of that
    /// descriptor (one per descriptor, named parameters in the order of its format: the compiler checks what the
    /// format only said). <see cref="At"/> turns it into the model's <see cref="DiagnosticInfo"/>, which holds strings only.
    /// </summary>
    /// <remarks>
    /// Most messages start with where the problem is (<c>'{0}': …</c>, the JSON path of the location). Their factories
    /// leave that argument out and <see cref="At"/> fills it in from the location, so that a report a
    /// <see cref="DiagnosticList"/> drops (a hostile document can repeat one problem millions of times) is never located.
    /// </remarks>
    internal readonly struct Report
    {
        private readonly string[] _arguments;

        private Report(DiagnosticDescriptor descriptor, bool startsWithPath, string[] arguments)
        {
            Descriptor = descriptor;
            StartsWithPath = startsWithPath;
            _arguments = arguments;
        }

        /// <summary>What is reported.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>True when the message's first argument is the JSON path of the location it is reported at.</summary>
        public bool StartsWithPath { get; }

        /// <summary>KSN001: the file is not valid JSON or YAML (<paramref name="detail"/>: what the parser said, and where).</summary>
        public static Report InvalidDocument(string file, string detail) =>
            new Report(DiagnosticDescriptors.InvalidDocument, false, new[] { file, detail });

        /// <summary>KSN002: a file marked as a schema is neither an OpenAPI document nor a CRD, because <paramref name="reason"/>.</summary>
        public static Report NotAnOpenApiDocument(string file, string reason) =>
            new Report(DiagnosticDescriptors.NotAnOpenApiDocument, false, new[] { file, reason });

        /// <summary>KSN003, at the value of <paramref name="keyword"/>: a schema of <paramref name="version"/> (<c>swagger 2.0</c>, <c>OpenAPI 3.0</c>) has no such keyword.</summary>
        public static Report UnknownKeyword(string keyword, string version) =>
            new Report(DiagnosticDescriptors.UnknownKeyword, true, new[] { keyword, version });

        /// <summary>KSN004: the file exceeds a limit (<paramref name="limit"/>: which, in words); nothing of it is generated.</summary>
        public static Report DocumentTooLarge(string file, string limit) =>
            new Report(DiagnosticDescriptors.DocumentTooLarge, false, new[] { file, limit });

        /// <summary>KSN005, at the <c>swagger</c> or <c>openapi</c> key: its <paramref name="version"/> is not one Kubesonnet reads.</summary>
        public static Report UnsupportedVersion(string version) =>
            new Report(DiagnosticDescriptors.UnsupportedVersion, true, new[] { version });

        /// <summary>KSN006, at the key written a second time in one object.</summary>
        public static Report DuplicateKey() =>
            new Report(DiagnosticDescriptors.DuplicateKey, true, Array.Empty<string>());

        /// <summary>KSN007: <paramref name="what"/> (a key, the value) is <paramref name="length"/> characters long; <paramref name="outcome"/>.</summary>
        public static Report ValueTooLong(string what, string length, string outcome) =>
            new Report(DiagnosticDescriptors.ValueTooLong, true, new[] { what, length, outcome });

        /// <summary>KSN101: the schema refers to <paramref name="reference"/>, which no schema file defines.</summary>
        public static Report DanglingReference(string reference) =>
            new Report(DiagnosticDescriptors.DanglingReference, true, new[] { reference });

        /// <summary>KSN102: the schema is <paramref name="problem"/> (a sentence); it is generated as free-form JSON.</summary>
        public static Report UnsupportedSchema(string problem) =>
            new Report(DiagnosticDescriptors.UnsupportedSchema, true, new[] { problem });

        /// <summary>KSN103: <paramref name="definition"/> is defined again in <paramref name="file"/>; the one of <paramref name="usedFile"/> is used.</summary>
        public static Report DuplicateDefinition(string definition, string file, string usedFile) =>
            new Report(DiagnosticDescriptors.DuplicateDefinition, false, new[] { definition, file, usedFile });

        /// <summary>KSN104: a CRD's schema has <paramref name="problem"/> that typed setters cannot express; <paramref name="outcome"/>.</summary>
        public static Report UnmappedCrdSchema(string problem, string outcome) =>
            new Report(DiagnosticDescriptors.UnmappedCrdSchema, true, new[] { problem, outcome });

        /// <summary>KSN105: <paramref name="what"/> is <paramref name="actual"/> where <paramref name="expected"/> is expected; <paramref name="outcome"/>.</summary>
        public static Report WrongJsonType(string what, string actual, string expected, string outcome) =>
            new Report(DiagnosticDescriptors.WrongJsonType, true, new[] { what, actual, expected, outcome });

        /// <summary>
        /// KSN201: <paramref name="name"/> (a definition or a JSON path) and <paramref name="other"/> (who took the name
        /// first, in words) both map to <paramref name="csharpName"/>; <paramref name="name"/> is the one generated as <paramref name="generatedName"/>.
        /// </summary>
        public static Report NameCollision(string name, string other, string csharpName, string generatedName) =>
            new Report(DiagnosticDescriptors.NameCollision, false, new[] { name, other, csharpName, generatedName });

        /// <summary>KSN202: <paramref name="what"/> (a sentence's subject) has an empty name; it is generated as <paramref name="generatedName"/>.</summary>
        public static Report EmptyName(string what, string generatedName) =>
            new Report(DiagnosticDescriptors.EmptyName, false, new[] { what, generatedName });

        /// <summary>KSN203: the <paramref name="part"/> (<c>group</c> or <c>version</c>) <paramref name="value"/> is not a Kubernetes name; its namespace part is <paramref name="namespacePart"/>.</summary>
        public static Report InvalidNamespacePart(string part, string value, string namespacePart) =>
            new Report(DiagnosticDescriptors.InvalidNamespacePart, true, new[] { part, value, namespacePart });

        /// <summary>KSN204: the name is <paramref name="length"/> characters long; its C# name is cut to <paramref name="cutName"/>.</summary>
        public static Report NameTooLong(int length, string cutName) =>
            new Report(DiagnosticDescriptors.NameTooLong, true, new[] { length.ToString(CultureInfo.InvariantCulture), cutName });

        /// <summary>KSN901: the generator failed on <paramref name="file"/> with <paramref name="exception"/>; nothing is generated for it.</summary>
        public static Report InternalError(string file, Exception exception) =>
            new Report(DiagnosticDescriptors.InternalError, false, new[] { file, exception.GetType().Name + ": " + exception.Message.Replace('\n', ' ').Replace('\r', ' ') });

        /// <summary>The diagnostic as the model holds it, reported at <paramref name="location"/>.</summary>
        public DiagnosticInfo At(SchemaLocation? location)
        {
            string[] arguments = _arguments;
            if (StartsWithPath)
            {
                arguments = new string[_arguments.Length + 1];
                arguments[0] = location?.JsonPath ?? "$";
                Array.Copy(_arguments, 0, arguments, 1, _arguments.Length);
            }

            return new DiagnosticInfo(Descriptor.Id, location, new EquatableArray<string>(arguments));
        }
    }
}
