using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

        /// <summary>The type parameters of a <c>Setters</c> class: a member of that name would hide them (CS0102).</summary>
        public const string OwnerParameter = "TOwner";

        /// <summary>The position type parameter of a <c>Setters</c> class.</summary>
        public const string PositionParameter = "TAt";

        /// <summary>
        /// Members every generated type has; a group or setter must not take these names, and neither may a type
        /// (a member cannot have its enclosing type's name, CS0542). <c>At</c>: a group of a definition holds a
        /// class <c>At</c>, which a group named <c>At</c> could not.
        /// </summary>
        public static readonly IReadOnlyCollection<string> TypeMemberNames = new HashSet<string>
        {
            "New", "ToPatch", "ToJson", "ToYaml", "Validate", "ValidationSchema", "Equals", "GetHashCode", "ToString", "GetType",
            "MemberwiseClone", "ReferenceEquals", "Finalize", SettersClass, PositionClass,
        };

        /// <summary>
        /// Members a group or a <c>Setters</c> class has or inherits (from <c>object</c>, the position marker), and the
        /// type parameters a member inside a <c>Setters</c> class would hide.
        /// </summary>
        public static readonly IReadOnlyCollection<string> SettersMemberNames = new HashSet<string>
        {
            "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
            SettersClass, PositionClass, OwnerParameter, PositionParameter,
        };

        /// <summary>
        /// PascalCase identifier of a schema name: characters that cannot stand in an identifier separate words,
        /// and each word starts upper case (<c>x-kubernetes-int-or-string</c> → <c>XKubernetesIntOrString</c>,
        /// <c>$ref</c> → <c>Ref</c>). A name that starts with a digit gets a leading <c>_</c>; an empty one is <c>_</c>.
        /// </summary>
        public static string Pascal(string name)
        {
            string pascal = FullPascal(name);
            return pascal.Length > Limits.MaxIdentifierLength ? pascal.Substring(0, Limits.MaxIdentifierLength) : pascal;
        }

        /// <summary>True when the C# name of <paramref name="name"/> had to be cut to <see cref="Limits.MaxIdentifierLength"/> (KSN204).</summary>
        public static bool IsCut(string name) => name.Length > Limits.MaxIdentifierLength && FullPascal(name).Length > Limits.MaxIdentifierLength;

        private static string FullPascal(string name)
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

        /// <summary>The merge by key of an array setter: <c>WithContainers</c> → <c>WithContainersMerge</c>.</summary>
        public static string MergeOf(string setterName) => setterName + "Merge";

        /// <summary>The map of an array setter: <c>WithContainers</c> → <c>MapContainers</c>.</summary>
        public static string MapOf(string setterName) => "Map" + (setterName.StartsWith("With", System.StringComparison.Ordinal) ? setterName.Substring(4) : setterName);

        /// <summary>The setters that take a group's builder whole: group <c>LivenessProbe</c> → <c>WithLivenessProbe</c>.</summary>
        public static string WholeSetterOf(string groupName) => "With" + groupName;

        /// <summary>The nested static class of an object field: <c>metadata</c> → <c>Metadata</c>.</summary>
        public static string Group(string fieldName) => Pascal(fieldName);

        /// <summary>
        /// The names of an enum's constants: each value in PascalCase (<c>IfNotPresent</c>, <c>client auth</c> →
        /// <c>ClientAuth</c>), never the class's own name, and numbered where two values fold to one name.
        /// </summary>
        public static IEnumerable<string> ConstantNames(IEnumerable<string> values, string className)
        {
            var taken = new HashSet<string>(System.StringComparer.Ordinal) { className };
            foreach (string value in values)
            {
                string name = Pascal(value);
                string candidate = name;
                for (int i = 2; !taken.Add(candidate); i++)
                {
                    candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                yield return candidate;
            }
        }

        /// <summary>The type of a definition: its last dotted segment, PascalCase (<c>…v1.CertificateSigningRequest</c>).</summary>
        public static string TypeName(string definitionId) => Pascal(TypeSegment(definitionId));

        /// <summary>The part of a definition id its type is named after: the last dotted segment.</summary>
        public static string TypeSegment(string definitionId)
        {
            int dot = definitionId.LastIndexOf('.');
            return dot < 0 ? definitionId : definitionId.Substring(dot + 1);
        }

        /// <summary>
        /// True when no generated type may be named <paramref name="typeName"/>: a member every type has (a struct
        /// <c>New</c> would hold a method <c>New</c>, CS0542), or <c>_</c>, which <c>obj is _ other</c> reads as a discard.
        /// </summary>
        public static bool IsReservedTypeName(string typeName) => typeName == "_" || TypeMemberNames.Contains(typeName);

        /// <summary>Every name <see cref="IsReservedTypeName"/> is true of.</summary>
        public static IEnumerable<string> ReservedTypeNames => TypeMemberNames.Concat(new[] { "_" });

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
        /// True when <paramref name="group"/> is an API group as Kubernetes allows it: empty (the core group) or a
        /// DNS subdomain (lower-case labels of letters, digits and <c>-</c>, joined by dots). Others still get a
        /// namespace part by the same rule, with KSN203: <c>a"b</c> → <c>AB</c>.
        /// </summary>
        public static bool IsKubernetesGroup(string group)
        {
            if (group.Length == 0)
            {
                return true;
            }

            if (group.Length > 253)
            {
                return false;
            }

            foreach (string label in group.Split('.'))
            {
                if (!IsKubernetesLabel(label))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when <paramref name="label"/> is a DNS label as Kubernetes names versions (<c>v1beta1</c>) and the
        /// segments of definition ids: 1–63 lower-case letters, digits and <c>-</c>, a letter or digit at both ends.
        /// </summary>
        public static bool IsKubernetesLabel(string label)
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

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

        /// <summary>
        /// The file name of a generated type: <c>Certificates.V1.CertificateSigningRequest.g.cs</c>. Past
        /// <see cref="Limits.MaxHintNameLength"/> the name is cut and ends in a hash of the whole, to stay unique.
        /// </summary>
        public static string HintName(string group, string version, string typeName)
        {
            string name = group + "." + version + "." + typeName;
            const string Suffix = ".g.cs";
            if (name.Length + Suffix.Length <= Limits.MaxHintNameLength)
            {
                return name + Suffix;
            }

            string hash = "." + Fnv(name).ToString("x8", CultureInfo.InvariantCulture);
            return name.Substring(0, Limits.MaxHintNameLength - Suffix.Length - hash.Length) + hash + Suffix;
        }

        /// <summary>
        /// A second file name for a type whose hint name another type's has already, ignoring case (Roslyn compares
        /// hint names so, as Windows and macOS file systems compare file names): <c>….Foo.2.g.cs</c>.
        /// </summary>
        public static string NumberedHintName(string hintName, int number)
        {
            const string Suffix = ".g.cs";
            return hintName.Substring(0, hintName.Length - Suffix.Length) + "." + number.ToString(CultureInfo.InvariantCulture) + Suffix;
        }

        /// <summary>A member whose name another has in its class: <c>_</c> appended, a third <c>_2</c>, then <c>_3</c>, … (KSN201).</summary>
        public static string NumberedMember(string name, int number) =>
            name + "_" + (number == 1 ? string.Empty : number.ToString(CultureInfo.InvariantCulture));

        /// <summary>A type whose name another has in its namespace: a number appended, from 2 (<c>ThingSpecPartsItem2</c>, KSN201).</summary>
        public static string NumberedType(string name, int number) => name + number.ToString(CultureInfo.InvariantCulture);

        /// <summary>A CRD item type whose id another has in its version: <c>-</c> and a number appended, from 2 (KSN201).</summary>
        public static string NumberedId(string id, int number) => id + "-" + number.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The definition id prefix of a custom resource's types, as Kubernetes names them: the reversed API group, the
        /// version (<c>com.example.stable.v1.</c>); the kind or an item type's name follows.
        /// </summary>
        public static string CustomResourceIdPrefix(string group, string version) =>
            string.Join(".", Enumerable.Reverse(group.Split('.'))) + "." + version + ".";

        /// <summary>
        /// The name of a CRD's item or value type, in segments joined by <c>-</c> (whose PascalCase is its C# name):
        /// the type it stands in, then the field's PascalCase, <see cref="ItemSegment"/> for an array's items or
        /// <see cref="ValueSegment"/> for a map's values: <c>CronTab-Spec-Ports-Item</c> → <c>CronTabSpecPortsItem</c>.
        /// </summary>
        public static string ElementTypeName(string parent, string segment) => parent + "-" + segment;

        /// <summary>The segment of a field in <see cref="ElementTypeName"/>: its PascalCase.</summary>
        public static string FieldSegment(string field) => Pascal(field);

        /// <summary>The segment of an array's items in <see cref="ElementTypeName"/>.</summary>
        public const string ItemSegment = "Item";

        /// <summary>The segment of a map's values in <see cref="ElementTypeName"/>.</summary>
        public const string ValueSegment = "Value";

        /// <summary>32-bit FNV-1a: stable across processes and platforms, unlike <c>string.GetHashCode</c>.</summary>
        private static uint Fnv(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }

        private static bool IsFormatting(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }
}
