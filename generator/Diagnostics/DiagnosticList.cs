using System.Collections.Generic;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Diagnostics
{
    /// <summary>
    /// The diagnostics one stage reports, under the one policy for repeated reports: a report equal to one already
    /// kept is dropped, and at most <see cref="Limits.MaxReportsPerId"/> of one ID are kept per file (a hostile schema
    /// can have a million dangling references, and an IDE's error list should not). What is dropped is handled all
    /// the same; only its report is left out.
    /// </summary>
    internal sealed class DiagnosticList
    {
        private readonly HashSet<DiagnosticInfo> _kept = new HashSet<DiagnosticInfo>();
        private readonly Dictionary<(string File, string Id), int> _counts = new Dictionary<(string File, string Id), int>();

        public DiagnosticList()
            : this(new List<DiagnosticInfo>())
        {
        }

        /// <summary>A list that adds to <paramref name="items"/> (which may already hold reports it does not count).</summary>
        public DiagnosticList(List<DiagnosticInfo> items)
        {
            Items = items;
        }

        /// <summary>The reports kept, in the order they were made.</summary>
        public List<DiagnosticInfo> Items { get; }

        /// <summary>True when no more reports like <paramref name="report"/> are kept for <paramref name="file"/>: it need not be located.</summary>
        public bool IsFull(Report report, string file) =>
            _counts.TryGetValue((file, report.Descriptor.Id), out int count) && count >= Limits.MaxReportsPerId;

        /// <summary>Adds <paramref name="report"/> at <paramref name="location"/>, unless the policy drops it.</summary>
        public void Add(Report report, SchemaLocation? location)
        {
            string file = location?.FilePath ?? string.Empty;
            if (IsFull(report, file))
            {
                return;
            }

            DiagnosticInfo diagnostic = report.At(location);
            if (!_kept.Add(diagnostic))
            {
                return;
            }

            var key = (file, diagnostic.Id);
            _counts.TryGetValue(key, out int count);
            _counts[key] = count + 1;
            Items.Add(diagnostic);
        }

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => Items.ToEquatableArray();
    }
}
