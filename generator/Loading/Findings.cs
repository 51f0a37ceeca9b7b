using System.Collections.Generic;
using System.Text;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// The diagnostics found while one file is read and checked (<see cref="YamlReading"/>, <see cref="SchemaCheck"/>),
    /// located in the file, under the policy of <see cref="DiagnosticList"/>.
    /// </summary>
    internal sealed class Findings
    {
        public Findings(string filePath, List<DiagnosticInfo> diagnostics)
            : this(filePath, new DiagnosticList(diagnostics))
        {
        }

        public Findings(string filePath, DiagnosticList diagnostics)
        {
            FilePath = filePath;
            Diagnostics = diagnostics;
        }

        public string FilePath { get; }

        public DiagnosticList Diagnostics { get; }

        /// <summary>
        /// A node near what is reported next (its schema), whose position stands in for a node that has none:
        /// <see cref="JsonTree"/> keeps the positions of objects and arrays only.
        /// </summary>
        public YamlNode? Near { get; set; }

        /// <summary>Reports <paramref name="report"/> at <paramref name="node"/>, whose JSON path is <paramref name="path"/>.</summary>
        public void Add(YamlNode? node, SchemaPath? path, Report report)
        {
            if (Diagnostics.IsFull(report, FilePath))
            {
                return;
            }

            (Mark start, Mark end) = node == null ? default : Position(node);
            Diagnostics.Add(report, Location(start, end, path));
        }

        /// <summary>Reports <paramref name="report"/> between <paramref name="start"/> and <paramref name="end"/>, whose JSON path is <paramref name="path"/>.</summary>
        public void Add(Mark start, Mark end, SchemaPath? path, Report report)
        {
            if (!Diagnostics.IsFull(report, FilePath))
            {
                Diagnostics.Add(report, Location(start, end, path));
            }
        }

        /// <summary>Where <paramref name="node"/> stands in the parsed text (or <see cref="Near"/>, when it has no position).</summary>
        public (Mark Start, Mark End) Position(YamlNode node)
        {
            if (node.Start.Index == 0 && node.Start.Line == 0 && node.End.Index == 0 && Near != null && !ReferenceEquals(Near, node))
            {
                return (Near.Start, Near.End);
            }

            return (node.Start, node.End);
        }

        public SchemaLocation Location(Mark start, Mark end, SchemaPath? path) =>
            SchemaLoader.Locate(FilePath, SchemaPath.Text(path), start, end);
    }

    /// <summary>
    /// A JSON path as a chain of keys (<c>definitions/X/properties/y</c>, the form of every diagnostic), built only
    /// when a diagnostic needs it. Keys are written as they are; <c>$</c> is the root.
    /// </summary>
    internal sealed class SchemaPath
    {
        private readonly SchemaPath? _parent;
        private readonly string _segment;

        private SchemaPath(SchemaPath? parent, string segment)
        {
            _parent = parent;
            _segment = segment;
        }

        /// <summary>The path of <paramref name="segments"/> below the root; null (the root, <c>$</c>) for none.</summary>
        public static SchemaPath? Of(params string[] segments)
        {
            SchemaPath? path = null;
            foreach (string segment in segments)
            {
                path = new SchemaPath(path, segment);
            }

            return path;
        }

        /// <summary>The path of <paramref name="segment"/> below <paramref name="parent"/> (null: the root).</summary>
        public static SchemaPath Child(SchemaPath? parent, string segment) => new SchemaPath(parent, segment);

        public static string Text(SchemaPath? path) => path?.ToString() ?? "$";

        /// <summary>A path for a message that has more to say after it: its start and its end, at most <paramref name="max"/> characters.</summary>
        public static string Shorten(string path, int max = Limits.MaxPathShown) =>
            path.Length <= max ? path : path.Substring(0, (max / 3) - 1) + "…" + path.Substring(path.Length - (2 * max / 3));

        public override string ToString()
        {
            var segments = new List<string>();
            for (SchemaPath? p = this; p != null; p = p._parent)
            {
                segments.Add(p._segment);
            }

            var builder = new StringBuilder();
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                builder.Append(segments[i]);
                if (i > 0)
                {
                    builder.Append('/');
                }
            }

            return builder.ToString();
        }
    }
}
