namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// The bounds that keep a hostile document from taking the build down: every walk over a document is bounded by
    /// these, so that no input recurses without end, loops, or takes minutes (README, "Hostile input").
    /// </summary>
    internal static class Limits
    {
        /// <summary>
        /// How deep objects and arrays may nest, counting what aliases bring in. Everything after parsing recurses at
        /// most this deep (Microsoft.OpenApi's reader recurses once or more per level).
        /// </summary>
        public const int MaxNesting = SchemaLoader.MaxNesting;

        /// <summary>How many nodes a document may hold once its aliases are expanded.</summary>
        public const int MaxNodes = SchemaLoader.MaxNodes;

        /// <summary>
        /// Aliases may make a document this many times larger than the nodes its text writes (plus
        /// <see cref="AliasAllowance"/>): a real document shares a schema a few times; "billion laughs" is 10^9 times.
        /// </summary>
        public const int MaxAliasExpansion = 16;

        /// <summary>Nodes aliases may add to any document, whatever its size.</summary>
        public const int AliasAllowance = 100_000;

        /// <summary>
        /// The longest scalar Microsoft.OpenApi's reader takes: it refuses a whole document with a longer one, so longer
        /// values are cut and entries with longer keys dropped first (KSN007).
        /// </summary>
        public const int MaxScalarLength = 65_536;

        /// <summary>How many diagnostics of one ID one file reports while loading; the problems past it are handled all the same.</summary>
        public const int MaxReportsPerId = 100;
    }
}
