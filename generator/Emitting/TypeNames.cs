namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// Every type the generated code names, in one block. The runtime's are <c>Ks::</c>-qualified: each generated file
    /// starts with <see cref="RuntimeAlias"/>, and the left of <c>::</c> is looked up among aliases only, so that no
    /// generated or user type, member or parameter (a field named <c>patch</c>, a kind named <c>Patch</c> or <c>Ks</c>)
    /// can hide it, as with <c>global::</c> (<c>ClashingNamesTests</c>). The others are <c>global::</c>-qualified.
    /// </summary>
    internal static class TypeNames
    {
        /// <summary>The alias of the runtime's namespace, at the top of every generated file.</summary>
        public const string RuntimeAlias = "using Ks = global::Kubesonnet;";

        public const string Patch = "Ks::Patch";
        public const string PatchPath = "Ks::PatchPath";
        public const string PatchValue = "Ks::PatchValue";
        public const string IKubernetesObject = "Ks::IKubernetesObject";
        public const string IPatch = "Ks::IPatch";
        public const string IBuilder = "Ks::IBuilder";
        public const string IPatchPosition = "Ks::IPatchPosition";
        public const string IValidatable = "Ks::IValidatable";
        public const string LibsonnetFunctions = "Ks::LibsonnetFunctions";
        public const string MergeException = "Ks::KubesonnetMergeException";
        public const string ValidationException = "Ks::KubesonnetValidationException";
        public const string ValidationProblem = "Ks::ValidationProblem";
        public const string ValidationSchema = "Ks::Validation.ValidationSchema";

        public const string ArgumentNullException = "global::System.ArgumentNullException";
        public const string DateTimeOffset = "global::System.DateTimeOffset";
        public const string EditorBrowsable = "global::System.ComponentModel.EditorBrowsable";
        public const string EditorBrowsableNever = "global::System.ComponentModel.EditorBrowsableState.Never";
        public const string Enumerable = "global::System.Linq.Enumerable";
        public const string Func = "global::System.Func";
        public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
        public const string IEnumerable = "global::System.Collections.Generic.IEnumerable";
        public const string IEquatable = "global::System.IEquatable";
        public const string IReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
        public const string IReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        public const string JsonNode = "global::System.Text.Json.Nodes.JsonNode";
        public const string Obsolete = "global::System.Obsolete";
    }
}
