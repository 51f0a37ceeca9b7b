using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Kubesonnet.Schema.Tests;

/// <summary>
/// The parts of a k8s-libsonnet markdown page (the user's seed) that the schema's descriptions must repeat:
/// the package text, the text of each <c>## obj</c> group and the text of each <c>### fn group.withX</c> setter.
/// </summary>
internal sealed partial class SeedDocument
{
    private const string MixinNote = "**Note:**";

    private SeedDocument(string packageName, string packageText, IReadOnlyDictionary<string, string> groups,
        IReadOnlyList<SeedFunction> functions, int indexedFunctionCount)
    {
        PackageName = packageName;
        PackageText = packageText;
        Groups = groups;
        Functions = functions;
        IndexedFunctionCount = indexedFunctionCount;
    }

    /// <summary>The name after <c># package</c>, e.g. <c>certificateSigningRequest</c>.</summary>
    public string PackageName { get; }

    /// <summary>The paragraphs between the package heading and <c>## Index</c>.</summary>
    public string PackageText { get; }

    /// <summary>Text under each <c>## obj name</c> heading, by group name.</summary>
    public IReadOnlyDictionary<string, string> Groups { get; }

    /// <summary>Every <c>### fn group.withX</c> section, in document order.</summary>
    public IReadOnlyList<SeedFunction> Functions { get; }

    /// <summary>How many group setters the index lists (nested <c>* [`fn …`]</c> entries).</summary>
    public int IndexedFunctionCount { get; }

    public static SeedDocument Load(string path)
    {
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        List<Section> sections = SplitByHeadings(text);

        string? packageName = null;
        string? packageText = null;
        Dictionary<string, string> groups = new(StringComparer.Ordinal);
        List<SeedFunction> functions = new();
        foreach (Section section in sections)
        {
            if (section.Heading.StartsWith("# package ", StringComparison.Ordinal))
            {
                packageName = section.Heading["# package ".Length..].Trim();
                packageText = TrimBlankLines(section.Body);
            }
            else if (section.Heading.StartsWith("## obj ", StringComparison.Ordinal))
            {
                groups[section.Heading["## obj ".Length..].Trim()] = TrimBlankLines(section.Body);
            }
            else if (FunctionHeading().Match(section.Heading) is { Success: true } match)
            {
                functions.Add(new SeedFunction(match.Groups["group"].Value, match.Groups["name"].Value,
                    FunctionText(section.Body)));
            }
        }

        if (packageName is null || packageText is null)
        {
            throw new InvalidDataException($"{path}: no '# package' heading.");
        }

        int indexed = IndexedGroupFunction().Matches(text).Count;
        return new SeedDocument(packageName, packageText, groups, functions, indexed);
    }

    // The body of a setter: its ```ts signature block, then the field's text, then (Mixins only) a **Note:** paragraph.
    private static string FunctionText(string body)
    {
        string text = TrimBlankLines(body);
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            int fenceEnd = text.IndexOf("\n```", 3, StringComparison.Ordinal);
            if (fenceEnd < 0)
            {
                throw new InvalidDataException("Unterminated code block in a setter section.");
            }

            int lineEnd = text.IndexOf('\n', fenceEnd + 4);
            text = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
        }

        text = TrimBlankLines(text);
        int note = text.LastIndexOf("\n\n" + MixinNote, StringComparison.Ordinal);
        if (note >= 0)
        {
            text = TrimBlankLines(text[..note]);
        }

        return text;
    }

    private static string TrimBlankLines(string text) => text.Trim('\n');

    // Headings are lines starting with '#', outside fenced code blocks.
    private static List<Section> SplitByHeadings(string text)
    {
        List<Section> sections = new();
        string? heading = null;
        int bodyStart = 0;
        bool inFence = false;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            string line = text[lineStart..lineEnd];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith('#'))
            {
                if (heading is not null)
                {
                    sections.Add(new Section(heading, text[bodyStart..lineStart]));
                }

                heading = line;
                bodyStart = Math.Min(lineEnd + 1, text.Length);
            }

            lineStart = lineEnd + 1;
        }

        if (heading is not null)
        {
            sections.Add(new Section(heading, text[bodyStart..]));
        }

        return sections;
    }

    [GeneratedRegex(@"^### fn (?<group>[A-Za-z0-9_]+)\.(?<name>with[A-Za-z0-9_]+)$")]
    private static partial Regex FunctionHeading();

    [GeneratedRegex(@"^  \* \[`fn with[A-Za-z0-9_]*\(", RegexOptions.Multiline)]
    private static partial Regex IndexedGroupFunction();

    private sealed record Section(string Heading, string Body);
}

/// <summary>One setter of the seed, e.g. group <c>metadata</c>, name <c>withLabelsMixin</c>.</summary>
internal sealed record SeedFunction(string Group, string Name, string Text)
{
    public bool IsMixin => Name.EndsWith("Mixin", StringComparison.Ordinal);

    /// <summary>The schema property the setter sets: <c>withLabelsMixin</c> → <c>labels</c>.</summary>
    public string PropertyName
    {
        get
        {
            string fieldName = Name["with".Length..];
            if (IsMixin)
            {
                fieldName = fieldName[..^"Mixin".Length];
            }

            return char.ToLowerInvariant(fieldName[0]) + fieldName[1..];
        }
    }

    public override string ToString() => $"{Group}.{Name}";
}
