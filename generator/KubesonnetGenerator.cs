using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Emitting;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;
using Kubesonnet.Generator.Planning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kubesonnet.Generator
{
    /// <summary>
    /// Generates k8s-libsonnet-style builders from the OpenAPI documents a project lists as <c>AdditionalFiles</c>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KubesonnetGenerator : IIncrementalGenerator
    {
        /// <summary>Names of the pipeline's steps, for incrementality tests and for reading generator timings.</summary>
        public static class TrackingNames
        {
            /// <summary>A schema file's path, text and flags, read from AdditionalFiles.</summary>
            public const string Files = "Kubesonnet.Files";

            /// <summary>One file read into the language-free model.</summary>
            public const string Documents = "Kubesonnet.Documents";

            /// <summary>All documents merged into the types to generate.</summary>
            public const string Plan = "Kubesonnet.Plan";

            /// <summary>One generated type, one file.</summary>
            public const string Types = "Kubesonnet.Types";

            /// <summary>Diagnostics of loading and planning.</summary>
            public const string Diagnostics = "Kubesonnet.Diagnostics";
        }

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // 1. Which AdditionalFiles are schemas, with their text: plain strings and bools from here on.
            IncrementalValuesProvider<SchemaFile> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => SchemaFile.From(pair.Left, pair.Right, cancellationToken))
                .Where(static file => file != null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.Files);

            // 2. Each file read into the language-free model; reruns only for a file whose text changed.
            IncrementalValuesProvider<DocumentModel> documents = files
                .Select(static (file, cancellationToken) => Load(file, cancellationToken))
                .Where(static document => document != null)
                .Select(static (document, _) => document!)
                .WithTrackingName(TrackingNames.Documents);

            // 3. All documents merged into the types to generate, named under the project's namespace root.
            IncrementalValueProvider<string> namespaceRoot = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => NamespaceRoot(options.GlobalOptions));
            // The generator's built-in ObjectMeta enters as a document too (a fallback: used only where no file defines it).
            IncrementalValueProvider<DocumentModel> builtIn = documents
                .Collect()
                .Select(static (_, _) => LoadBuiltIn());
            IncrementalValueProvider<Plan> plan = documents
                .Collect()
                .Combine(builtIn)
                .Combine(namespaceRoot)
                .Select(static (pair, cancellationToken) => CreatePlan(pair.Left.Left.Add(pair.Left.Right), pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Plan);

            // 4. One file per type: a type whose spec did not change is not emitted again.
            IncrementalValuesProvider<TypeSpec> types = plan
                .SelectMany(static (p, _) => p.Types)
                .WithTrackingName(TrackingNames.Types);
            context.RegisterSourceOutput(types, static (output, type) => Emit(output, type));

            // 5. Diagnostics, turned into Roslyn diagnostics only here.
            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = documents
                .Select(static (document, _) => document.Diagnostics)
                .Collect()
                .Combine(builtIn)
                .Combine(plan)
                .Select(static (pair, _) => pair.Left.Left.SelectMany(d => d).Concat(pair.Left.Right.Diagnostics).Concat(pair.Right.Diagnostics).ToEquatableArray())
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (output, list) =>
            {
                foreach (DiagnosticInfo diagnostic in list)
                {
                    output.ReportDiagnostic(ToDiagnostic(diagnostic));
                }
            });
        }

        private static DocumentModel? Load(SchemaFile file, CancellationToken cancellationToken)
        {
            try
            {
                TestSeam.Check(TestSeam.Load, file.Path);
                DocumentModel? document = SchemaLoader.Load(file.Path, file.Text, file.MarkedAsSchema, cancellationToken);
                return document == null ? null : document with { Include = file.Include };
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // Never take the compiler down: report, and generate nothing from this file.
                return new DocumentModel(
                    file.Path,
                    EquatableArray<DefinitionModel>.Empty,
                    new EquatableArray<DiagnosticInfo>(new[] { InternalError(file.Path, exception) }));
            }
        }

        private static DocumentModel LoadBuiltIn()
        {
            try
            {
                return BuiltInDefinitions.Document;
            }
            catch (Exception exception)
            {
                return new DocumentModel(
                    BuiltInDefinitions.FilePath,
                    EquatableArray<DefinitionModel>.Empty,
                    new EquatableArray<DiagnosticInfo>(new[] { InternalError(BuiltInDefinitions.FilePath, exception) })) { IsFallback = true };
            }
        }

        private static void Emit(SourceProductionContext output, TypeSpec type)
        {
            try
            {
                TestSeam.Check(TestSeam.Emit, type.HintName);
                output.AddSource(type.HintName, SourceText.From(Emitter.Emit(type), System.Text.Encoding.UTF8));
                if (Helpers.Has(type))
                {
                    output.AddSource(Helpers.HintName(type), SourceText.From(Helpers.Emit(type), System.Text.Encoding.UTF8));
                }
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // An exception here would drop every generated file (CS8785): report it, lose this type only.
                output.ReportDiagnostic(ToDiagnostic(InternalError(type.SourceFile, exception)));
            }
        }

        private static Plan CreatePlan(ImmutableArray<DocumentModel> documents, string namespaceRoot, CancellationToken cancellationToken)
        {
            try
            {
                TestSeam.Check(TestSeam.Plan, string.Join(", ", documents.Select(d => d.FilePath)));
                return Helpers.Select(Planner.Create(documents, namespaceRoot, cancellationToken));
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                string files = string.Join(", ", documents.Select(d => d.FilePath));
                return new Plan(EquatableArray<TypeSpec>.Empty, new EquatableArray<DiagnosticInfo>(new[] { InternalError(files, exception) }));
            }
        }

        private static DiagnosticInfo InternalError(string file, Exception exception) => Report.InternalError(file, exception).At(null);

        /// <summary>The namespace root from the MSBuild property <c>KubesonnetNamespace</c>, if it is a dotted identifier.</summary>
        internal static string NamespaceRoot(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue("build_property.KubesonnetNamespace", out string? value) || string.IsNullOrWhiteSpace(value))
            {
                return NameRules.DefaultNamespaceRoot;
            }

            string[] parts = value.Trim().Split('.');
            return parts.All(p => p.Length > 0 && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(p) && NameRules.EscapeKeyword(p) == p)
                ? string.Join(".", parts)
                : NameRules.DefaultNamespaceRoot;
        }

        private static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            Location location = Location.None;
            if (info.Location != null)
            {
                SchemaLocation l = info.Location;
                location = Location.Create(
                    l.FilePath,
                    new TextSpan(l.StartIndex, Math.Max(0, l.EndIndex - l.StartIndex)),
                    new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(Math.Max(l.StartLine, l.EndLine), l.EndLine > l.StartLine ? l.EndColumn : Math.Max(l.StartColumn, l.EndColumn))));
            }

            return Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), location, info.Arguments.Select(a => (object)DiagnosticDescriptors.Printable(a)).ToArray());
        }
    }
}
