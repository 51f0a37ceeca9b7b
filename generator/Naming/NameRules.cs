using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kubesonnet.Generator.Naming
{
    /// <summary>
    /// Every rule that turns a schema name into a C# name, in one place (see README, "Naming rules").
    /// The names follow k8s-libsonnet: <c>withFinalizersMixin</c> becomes <c>WithFinalizersMixin</c>.
    /// </summary>
    internal static class NameRules
    {
        /// <summary>The name of a generated type's namespace root unless <c>KubesonnetNamespace</c> says otherwise.</summary>
        public const string DefaultNamespaceRoot = "Kubesonnet.Api";

        /// <summary>The shared class of a definition's setters, <c>ObjectMeta.Setters&lt;TOwner, TAt&gt;</c>.</summary>
        public const string SettersClass = "Setters";

        /// <summary>The marker type in a group that says where the group stands, <c>Spec.At</c>.</summary>
        public const string PositionClass = "At";

        /// <summary>Members every generated type has; a group or setter must not take these names.</summary>
        public static readonly IReadOnlyCollection<string> TypeMemberNames = new HashSet<string>
        {
            "New", "ToPatch", "ToJson", "ToYaml", "Equals", "GetHashCode", "ToString", "GetType",
            "MemberwiseClone", "ReferenceEquals", "Finalize", SettersClass,
        };

        /// <summary>Members a group or a <c>Setters</c> class has or inherits: from <c>object</c>, and the position marker.</summary>
        public static readonly IReadOnlyCollection<string> SettersMemberNames = new HashSet<string>
        {
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
            SettersClass, PositionClass,
        };

        /// <summary>
        /// PascalCase identifier of a schema name: characters that cannot stand in an identifier separate words,
        /// and each word starts upper case (<c>x-kubernetes-int-or-string</c> → <c>XKubernetesIntOrString</c>,
        /// <c>$ref</c> → <c>Ref</c>). A name that starts with a digit gets a leading <c>_</c>; an empty one is <c>_</c>.
        /// </summary>
        public static string Pascal(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            bool upperNext = true;
            foreach (char c in name)
            {
                if (SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_' && !IsFormatting(c))
                {
                    builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                }
                else
                {
                    upperNext = true;
                }
            }

            if (builder.Length == 0)
            {
                return "_";
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>
        /// camelCase parameter name as k8s-libsonnet has it (the field's own name when it is an identifier),
        /// with <c>@</c> before a C# keyword: <c>namespace</c> → <c>@namespace</c>.
        /// </summary>
        public static string Parameter(string fieldName)
        {
            string pascal = Pascal(fieldName);
            string camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
            return EscapeKeyword(camel);
        }

        /// <summary>The identifier as written in source: reserved keywords get <c>@</c>.</summary>
        public static string EscapeKeyword(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

        /// <summary>The setter of a field: <c>With</c> + PascalCase (<c>labels</c> → <c>WithLabels</c>).</summary>
        public static string Setter(string fieldName) => "With" + Pascal(fieldName).TrimStart('_');

        /// <summary>The Mixin setter of a field: <c>WithLabelsMixin</c>.</summary>
        public static string Mixin(string fieldName) => Setter(fieldName) + "Mixin";

        /// <summary>The nested static class of an object field: <c>metadata</c> → <c>Metadata</c>.</summary>
        public static string Group(string fieldName) => Pascal(fieldName);

        /// <summary>The type of a definition: its last dotted segment, PascalCase (<c>…v1.CertificateSigningRequest</c>).</summary>
        public static string TypeName(string definitionId)
        {
            int dot = definitionId.LastIndexOf('.');
            return Pascal(dot < 0 ? definitionId : definitionId.Substring(dot + 1));
        }

        /// <summary>
        /// The <c>&lt;Group&gt;</c> namespace part of an API group: its first label, PascalCase; the core group
        /// (empty) is <c>Core</c>: <c>rbac.authorization.k8s.io</c> → <c>Rbac</c>.
        /// </summary>
        public static string ApiGroup(string apiGroup)
        {
            if (apiGroup.Length == 0)
            {
                return "Core";
            }

            int dot = apiGroup.IndexOf('.');
            return Pascal(dot < 0 ? apiGroup : apiGroup.Substring(0, dot));
        }

        /// <summary>The <c>&lt;Version&gt;</c> namespace part: <c>v1beta1</c> → <c>V1beta1</c>.</summary>
        public static string ApiVersion(string version) => Pascal(version);

        /// <summary>
        /// The group and version of a definition id such as <c>io.k8s.api.certificates.v1.CertificateSigningRequest</c>
        /// (the two segments before the kind): <c>("certificates", "v1")</c>. Definitions of apimachinery's
        /// <c>meta/v1</c> give <c>("meta", "v1")</c>. Ids with fewer segments give <c>("core", "")</c>-like fallbacks.
        /// </summary>
        public static (string Group, string Version) GroupVersionOfId(string definitionId)
        {
            string[] parts = definitionId.Split('.');
            if (parts.Length >= 3)
            {
                return (parts[parts.Length - 3], parts[parts.Length - 2]);
            }

            return parts.Length == 2 ? ("core", parts[0]) : ("core", "unversioned");
        }

        /// <summary>The doc text of <c>New</c>, exactly as k8s-libsonnet writes it: "new returns an instance of Certificatesigningrequest".</summary>
        public static string NewDescription(string kind) =>
            "new returns an instance of " + (kind.Length == 0
                ? kind
                : char.ToUpperInvariant(kind[0]) + kind.Substring(1).ToLowerInvariant());

        /// <summary>The file name of a generated type: <c>Certificates.V1.CertificateSigningRequest.g.cs</c>.</summary>
        public static string HintName(string group, string version, string typeName) =>
            group + "." + version + "." + typeName + ".g.cs";

        private static bool IsFormatting(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }
}
