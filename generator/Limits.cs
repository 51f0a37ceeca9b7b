namespace Kubesonnet.Generator
{
    /// <summary>
    /// Every bound of the generator, in one table: what keeps a hostile document from taking the build down (no input
    /// recurses without end, loops, or takes minutes) and what keeps messages and doc comments readable. Each says what
    /// happens past it and which diagnostic reports it; README, "Hostile input", has a row for each
    /// (<c>LimitsTests</c> checks that the two agree).
    /// </summary>
    internal static class Limits
    {
        // ---- A file, as it is read (past any of these: KSN004, nothing is generated from the file) ----

        /// <summary>
        /// How deep objects and arrays may nest in a file, counting what aliases bring in. Everything after parsing
        /// recurses at most this deep. Past it: KSN004.
        /// </summary>
        public const int MaxNesting = 256;

        /// <summary>How many nodes a file may hold once its aliases are expanded, and how many schemas its definitions may have. Past it: KSN004.</summary>
        public const int MaxNodes = 5_000_000;

        /// <summary>
        /// Aliases may make a document this many times larger than the nodes its text writes (plus
        /// <see cref="AliasAllowance"/>): a real document shares a schema a few times; "billion laughs" is 10^9 times.
        /// Past it: KSN004.
        /// </summary>
        public const int MaxAliasExpansion = 16;

        /// <summary>Nodes aliases may add to any document, whatever its size (see <see cref="MaxAliasExpansion"/>). Past it: KSN004.</summary>
        public const int AliasAllowance = 100_000;

        /// <summary>How deep the schemas under a document's definitions may nest before the document is refused (twice <see cref="MaxSchemaDepth"/>). Past it: KSN004.</summary>
        public const int MaxDocumentSchemaDepth = 2 * MaxSchemaDepth;

        /// <summary>
        /// How many schemas one file's CRDs may have, aliases counted each time they are used: a large operator bundle
        /// has some ten thousand; a few lines of YAML aliases can make billions, and each one visited becomes a model.
        /// Past it: KSN004.
        /// </summary>
        public const int MaxCrdSchemas = 500_000;

        /// <summary>
        /// The longest scalar of a document: longer values are cut and entries with longer keys dropped (a description
        /// of megabytes would be a doc comment of megabytes). Past it: KSN007.
        /// </summary>
        public const int MaxScalarLength = 65_536;

        // ---- Mapping schemas to the model ----

        /// <summary>How deep schemas may nest (inline objects, items, additionalProperties) before one is taken as free-form JSON. Past it: KSN102.</summary>
        public const int MaxSchemaDepth = 64;

        // ---- Planning ----

        /// <summary>
        /// How many schemas one file's constraint tables (what <c>Validate()</c> checks) may hold in all. Past it: the
        /// rest are written <c>{}</c> (not checked), no diagnostic; <see cref="MaxSchemaDepth"/> bounds their depth the same way.
        /// </summary>
        public const int MaxConstraintSchemas = 1_000_000;

        /// <summary>
        /// How many definitions without a builder type (Quantity, Time, …) a constraint table inlines one into another.
        /// Past it: the value is not checked (<c>{}</c>), no diagnostic.
        /// </summary>
        public const int MaxConstraintInlining = 8;

        /// <summary>How deep groups nest before a field takes its builder type instead of becoming a group. Past it: no diagnostic.</summary>
        public const int MaxGroupDepth = 24;

        /// <summary>How many definitions that only rename another type (Time, Quantity, …) may chain before a value is taken as free-form JSON. Past it: no diagnostic.</summary>
        public const int MaxAliasDepth = 32;

        /// <summary>How many such renaming definitions are followed to decide whether a field gets a Mixin. Past it: no Mixin, no diagnostic.</summary>
        public const int MaxMixinDepth = 16;

        // ---- Names (README, "Naming rules") ----

        /// <summary>
        /// The longest C# name made from one schema name (property, definition, group or version): the compiler and
        /// file systems have limits (identifiers of 512 characters, file names of 255 bytes). Past it: cut, KSN204.
        /// </summary>
        public const int MaxIdentifierLength = 128;

        /// <summary>
        /// The longest name the generator chooses for a type a schema writes inline (an item, a value, a recurring
        /// object): longer candidates (a name qualified by its parents) are passed over for the next. Past it: the
        /// shortest candidate with a number, KSN201.
        /// </summary>
        public const int MaxTypeNameLength = 64;

        /// <summary>The longest hint name (the generated file's name). Past it: cut, ending in a hash; no diagnostic.</summary>
        public const int MaxHintNameLength = 160;

        // ---- Messages and doc comments ----

        /// <summary>How many diagnostics of one ID one stage reports per file; the problems past it are handled all the same, unreported.</summary>
        public const int MaxReportsPerId = 100;

        /// <summary>The longest argument a diagnostic's message shows (a name can be a megabyte long). Past it: cut, ending in "…".</summary>
        public const int MaxArgumentLength = 200;

        /// <summary>The longest JSON path a message shows before more text (its start and its end are kept). Past it: shortened with "…".</summary>
        public const int MaxPathShown = 120;

        /// <summary>How much of a key longer than <see cref="MaxScalarLength"/> a KSN007 message shows. Past it: cut, ending in "…".</summary>
        public const int MaxKeyShown = 40;

        /// <summary>How many <c>enum</c> values a CRD field's doc comment lists. Past it: the list ends with "…".</summary>
        public const int MaxEnumValuesShown = 32;

        /// <summary>How long a value written into a doc comment (a default, an enum value) may get. Past it: cut, ending in "…".</summary>
        public const int MaxValueText = 120;

        /// <summary>How deep a value written into a doc comment is followed. Past it: left out.</summary>
        public const int MaxValueDepth = 16;

        /// <summary>How much of an unmarked file's start is searched for <c>swagger</c>, <c>openapi</c> or a CRD kind before a parse error is reported for it. Past it: the file is taken as not a schema.</summary>
        public const int SniffLength = 4096;
    }
}
