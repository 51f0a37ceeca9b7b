using System;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>An AdditionalFiles item that is (or may be) a schema: its path, text and whether it is marked as one.</summary>
    internal sealed record SchemaFile(string Path, string Text, bool MarkedAsSchema, EquatableArray<string> Include)
    {
        public static SchemaFile? From(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions fileOptions = options.GetOptions(text);
            bool marked = fileOptions.TryGetValue("build_metadata.AdditionalFiles.KubesonnetSchema", out string? flag)
                && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            bool excluded = string.Equals(flag?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            string extension = System.IO.Path.GetExtension(text.Path).ToLowerInvariant();
            bool candidate = extension == ".json" || extension == ".yaml" || extension == ".yml";
            if (excluded || (!marked && !candidate))
            {
                return null;
            }

            string? content = text.GetText(cancellationToken)?.ToString();
            if (content == null || (!marked && !SchemaLoader.MightBeSchema(content)))
            {
                return null;
            }

            fileOptions.TryGetValue("build_metadata.AdditionalFiles.KubesonnetInclude", out string? include);
            return new SchemaFile(text.Path, content, marked, ParseEntries(include));
        }

        /// <summary>The entries of <c>KubesonnetInclude</c> (<c>apps/v1;v1/Pod</c>), as the planner's selection reads them.</summary>
        public static EquatableArray<string> ParseEntries(string? metadata)
        {
            if (string.IsNullOrWhiteSpace(metadata))
            {
                return EquatableArray<string>.Empty;
            }

            return metadata!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(e => e.Trim())
                .Where(e => e.Length > 0)
                .ToEquatableArray();
        }
    }
}
