using System.Linq;
using Kubesonnet.Generator.Naming;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>Every naming rule (generator/Naming), as a table: schema name in, C# name out.</summary>
    public class NameRulesTests
    {
        private static readonly string Long = new string('a', 200);

        // PascalCase of a schema name: what cannot stand in an identifier separates words; a leading digit gets "_".
        [TestCase("metadata", "Metadata")]
        [TestCase("x-kubernetes-int-or-string", "XKubernetesIntOrString")]
        [TestCase("x-kubernetes-preserve-unknown-fields", "XKubernetesPreserveUnknownFields")]
        [TestCase("$ref", "Ref")]
        [TestCase("a.b/c~d", "ABCD")]
        [TestCase("3scale", "_3scale")]
        [TestCase("2", "_2")]
        [TestCase("", "_")]
        [TestCase("---", "_")]
        [TestCase("under_score", "UnderScore")]
        [TestCase("namespace", "Namespace")]
        [TestCase("ünïcode", "Ünïcode")]
        public void Pascal(string name, string expected) => Assert.That(NameRules.Pascal(name), Is.EqualTo(expected));

        // A parameter is camelCase, "@" before a C# keyword.
        [TestCase("namespace", "@namespace")]
        [TestCase("class", "@class")]
        [TestCase("default", "@default")]
        [TestCase("apiVersion", "apiVersion")]
        [TestCase("x-kubernetes-foo", "xKubernetesFoo")]
        [TestCase("3scale", "_3scale")]
        public void Parameter(string field, string expected) => Assert.That(NameRules.Parameter(field), Is.EqualTo(expected));

        [TestCase("labels", "WithLabels", "WithLabelsMixin", "Labels")]
        [TestCase("3scale", "With3scale", "With3scaleMixin", "_3scale")]
        [TestCase("x-kubernetes-a", "WithXKubernetesA", "WithXKubernetesAMixin", "XKubernetesA")]
        [TestCase("", "With", "WithMixin", "_")]
        public void MembersOfAField(string field, string setter, string mixin, string group)
        {
            Assert.That(NameRules.Setter(field), Is.EqualTo(setter));
            Assert.That(NameRules.Mixin(field), Is.EqualTo(mixin));
            Assert.That(NameRules.Group(field), Is.EqualTo(group));
        }

        [TestCase("io.k8s.api.core.v1.Pod", "Pod")]
        [TestCase("io.k8s.api.certificates.v1.CertificateSigningRequest", "CertificateSigningRequest")]
        [TestCase("com.example.stable.v1.CronTab-Spec-Ports-Item", "CronTabSpecPortsItem")]
        [TestCase("noDots", "NoDots")]
        [TestCase("trailing.", "_")]
        public void TypeName(string definitionId, string expected) => Assert.That(NameRules.TypeName(definitionId), Is.EqualTo(expected));

        [TestCase("", "v1", "Core", "V1")]
        [TestCase("rbac.authorization.k8s.io", "v1beta1", "Rbac", "V1beta1")]
        [TestCase("stable.example.com", "v2alpha1", "Stable", "V2alpha1")]
        [TestCase("a\"b", "v1\n#error", "AB", "V1Error")]
        public void NamespaceParts(string group, string version, string groupPart, string versionPart)
        {
            Assert.That(NameRules.ApiGroup(group), Is.EqualTo(groupPart));
            Assert.That(NameRules.ApiVersion(version), Is.EqualTo(versionPart));
        }

        [TestCase("stable.example.com", "v1", "com.example.stable.v1.")]
        [TestCase("example", "v1beta1", "example.v1beta1.")]
        public void CustomResourceIds(string group, string version, string prefix) =>
            Assert.That(NameRules.CustomResourceIdPrefix(group, version), Is.EqualTo(prefix));

        [Test]
        public void ItemAndValueTypeNamesAreBuiltFromTheirPlace()
        {
            string spec = NameRules.ElementTypeName(NameRules.Pascal("CronTab"), NameRules.FieldSegment("spec"));
            string item = NameRules.ElementTypeName(NameRules.ElementTypeName(spec, NameRules.FieldSegment("ports")), NameRules.ItemSegment);
            string value = NameRules.ElementTypeName(NameRules.ElementTypeName(spec, NameRules.FieldSegment("x-env")), NameRules.ValueSegment);

            Assert.That(item, Is.EqualTo("CronTab-Spec-Ports-Item"));
            Assert.That(value, Is.EqualTo("CronTab-Spec-XEnv-Value"));
            Assert.That(NameRules.TypeName(NameRules.CustomResourceIdPrefix("stable.example.com", "v1") + item), Is.EqualTo("CronTabSpecPortsItem"));
        }

        [Test]
        public void NamesLongerThanTheLimitAreCut()
        {
            Assert.That(NameRules.Pascal(Long), Has.Length.EqualTo(Limits.MaxIdentifierLength));
            Assert.That(NameRules.IsCut(Long), Is.True);
            Assert.That(NameRules.IsCut(new string('a', Limits.MaxIdentifierLength)), Is.False);

            // 200 characters of which 100 separate words: the C# name has 100, nothing is cut.
            Assert.That(NameRules.IsCut(string.Concat(Enumerable.Repeat("a-", 100))), Is.False);
        }

        [Test]
        public void LongHintNamesAreCutAndEndInAHashOfTheWhole()
        {
            string a = NameRules.HintName("Demo", "V1", Long + "x");
            string b = NameRules.HintName("Demo", "V1", Long + "y");

            Assert.That(a, Has.Length.EqualTo(Limits.MaxHintNameLength).And.EndWith(".g.cs").And.StartWith("Demo.V1.aaa"));
            Assert.That(a, Is.Not.EqualTo(b));
            Assert.That(NameRules.HintName("Demo", "V1", "Foo"), Is.EqualTo("Demo.V1.Foo.g.cs"));
        }

        [TestCase("_", true)]
        [TestCase("New", true)]
        [TestCase("ToJson", true)]
        [TestCase("Setters", true)]
        [TestCase("At", true)]
        [TestCase("Pod", false)]
        public void ReservedTypeNames(string name, bool reserved)
        {
            Assert.That(NameRules.IsReservedTypeName(name), Is.EqualTo(reserved));
            Assert.That(NameRules.ReservedTypeNames.Contains(name), Is.EqualTo(reserved));
        }

        // Claim a name, number it on a clash, say why: one helper, a numbering rule per scope.
        [TestCase("members", new[] { "WithA", "WithA", "WithA", "WithA_" }, new[] { "WithA", "WithA_", "WithA_2", "WithA__" })]
        [TestCase("types", new[] { "Foo", "Foo", "Foo2", "Foo" }, new[] { "Foo", "Foo2", "Foo22", "Foo3" })]
        [TestCase("ids", new[] { "a.v1.X-Item", "a.v1.X-Item", "a.v1.X-Item" }, new[] { "a.v1.X-Item", "a.v1.X-Item-2", "a.v1.X-Item-3" })]
        [TestCase("files", new[] { "Demo.V1.Foo.g.cs", "Demo.V1.FOO.g.cs", "Demo.V1.foo.g.cs", "Demo.V1.Bar.g.cs" }, new[] { "Demo.V1.Foo.g.cs", "Demo.V1.FOO.2.g.cs", "Demo.V1.foo.3.g.cs", "Demo.V1.Bar.g.cs" })]
        public void ClashesAreNumbered(string scope, string[] names, string[] claimed)
        {
            NameScope scopeUnderTest = scope switch
            {
                "members" => NameScope.ForMembers(),
                "types" => NameScope.ForTypes(),
                "ids" => NameScope.ForIds(),
                _ => NameScope.ForHintNames(),
            };

            Assert.That(names.Select((n, i) => scopeUnderTest.Claim(n, "#" + i, out _)), Is.EqualTo(claimed));
        }

        [Test]
        public void AClashSaysWhoHadTheName()
        {
            NameScope members = NameScope.ForMembers();
            members.Reserve("New", "the member 'New' every generated type has");

            Assert.That(members.Claim("WithA", "'p/a'", out string? first), Is.EqualTo("WithA"));
            Assert.That(first, Is.Null);
            Assert.That(members.Claim("WithA", "'p/A'", out string? second), Is.EqualTo("WithA_"));
            Assert.That(second, Is.EqualTo("'p/a'"));
            Assert.That(members.Claim("New", "'p/new'", out string? reserved), Is.EqualTo("New_"));
            Assert.That(reserved, Is.EqualTo("the member 'New' every generated type has"));
        }
    }
}
