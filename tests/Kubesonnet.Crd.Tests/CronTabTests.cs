using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Meta.V1;
using Kubesonnet.Api.Stable.V1;
using NUnit.Framework;

namespace Kubesonnet.Crd.Tests
{
    /// <summary>
    /// stable.example.com/v1 CronTab (crontab.yaml): groups all the way down, item and value types, int-or-string,
    /// free-form JSON, maps, and metadata from the generator's built-in ObjectMeta.
    /// </summary>
    public class CronTabTests
    {
        [Test]
        public void NewSetsApiVersionKindAndName() =>
            Assert.That(CronTab.New("nightly").ToJson(), Is.EqualTo("""{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"name":"nightly"}}"""));

        [Test]
        public void AFullCronTabWritesTheManifestTheSchemaDescribes()
        {
            CronTab cronTab = CronTab.New("nightly")
                + CronTab.Metadata.WithNamespace("batch")
                + CronTab.Metadata.WithLabels(new Dictionary<string, string> { ["team"] = "data" })
                + CronTab.Spec.WithCronSpec("0 3 * * *")
                + CronTab.Spec.WithImage("registry.example.com/report:1.4")
                + CronTab.Spec.WithReplicas(2)
                + CronTab.Spec.WithConcurrencyPolicy("Forbid")
                + CronTab.Spec.WithMaxUnavailable(1)
                + CronTab.Spec.WithMaxSurge("25%")
                + CronTab.Spec.WithPorts(Port.WithName("http") + Port.WithContainerPort(8080))
                + CronTab.Spec.WithPortsMixin(Port.WithContainerPort(9090) + Port.WithProtocol("UDP"))
                + CronTab.Spec.WithRules(
                    Rule.Match.WithPaths("/api")
                    + Rule.WithHosts(Host.WithHostname("a.example.com") + Host.WithWeight(80)))
                + CronTab.Spec.WithEnv(new Dictionary<string, Env> { ["MODE"] = Env.WithValue("full") })
                + CronTab.Spec.Schedule.Window.Start.Zone.WithName("Europe/Berlin")
                + CronTab.Spec.WithConfig(JsonNode.Parse("""{"retries":3}"""));

            Assert.That(cronTab.ToJson(), Is.EqualTo(Manifest.Compact(
                """
                    {"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"labels":{"team":"data"},"name":"nightly","namespace":"batch"},
                    "spec":{"concurrencyPolicy":"Forbid","config":{"retries":3},"cronSpec":"0 3 * * *","env":{"MODE":{"value":"full"}},
                    "image":"registry.example.com/report:1.4","maxSurge":"25%","maxUnavailable":1,
                    "ports":[{"containerPort":8080,"name":"http"},{"containerPort":9090,"protocol":"UDP"}],"replicas":2,
                    "rules":[{"hosts":[{"hostname":"a.example.com","weight":80}],"match":{"paths":["/api"]}}],
                    "schedule":{"window":{"start":{"zone":{"name":"Europe/Berlin"}}}}}}
                """)));
        }

        [Test]
        public void IntOrStringFieldsTakeBoth()
        {
            Assert.That((CronTab.Spec.WithMaxUnavailable(2) + CronTab.Spec.WithMaxSurge(3)).ToJson(), Is.EqualTo("""{"spec":{"maxSurge":3,"maxUnavailable":2}}"""));
            Assert.That((CronTab.Spec.WithMaxUnavailable("10%") + CronTab.Spec.WithMaxSurge("1")).ToJson(), Is.EqualTo("""{"spec":{"maxSurge":"1","maxUnavailable":"10%"}}"""));
        }

        [Test]
        public void FreeFormFieldsTakeAnyJsonAndTheirMixinsMerge()
        {
            CronTab cronTab = CronTab.Spec.WithConfig(JsonNode.Parse("""{"a":1,"b":{"c":2}}"""))
                + CronTab.Spec.WithConfigMixin(JsonNode.Parse("""{"b":{"d":3},"e":[1]}"""))
                + CronTab.Spec.WithTemplate(JsonNode.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"run"},"data":{"k":"v"}}"""));

            Assert.That(cronTab.ToJson(), Is.EqualTo(
                """{"spec":{"config":{"a":1,"b":{"d":3},"e":[1]},"template":{"apiVersion":"v1","data":{"k":"v"},"kind":"ConfigMap","metadata":{"name":"run"}}}}"""));
        }

        [Test]
        public void MapsOfStringsIntegersAndItemTypesMergeKeyByKeyInTheirMixins()
        {
            CronTab cronTab = CronTab.Spec.WithSelector(new Dictionary<string, string> { ["app"] = "report" })
                + CronTab.Spec.WithSelectorMixin(new Dictionary<string, string> { ["tier"] = "batch" })
                + CronTab.Spec.WithRetries(new Dictionary<string, long> { ["network"] = 5 })
                + CronTab.Spec.WithEnv(new Dictionary<string, Env> { ["A"] = Env.WithValue("1") })
                + CronTab.Spec.WithEnvMixin(new Dictionary<string, Env> { ["B"] = Env.WithSecret(true) + Env.WithValue("s") });

            Assert.That(cronTab.ToJson(), Is.EqualTo(
                """{"spec":{"env":{"A":{"value":"1"},"B":{"secret":true,"value":"s"}},"retries":{"network":5},"selector":{"app":"report","tier":"batch"}}}"""));
        }

        [Test]
        public void ArraysTakeOneValueOrManyAndMixinsAppend()
        {
            CronTab cronTab = CronTab.Spec.WithArgs("--full")
                + CronTab.Spec.WithArgsMixin("--verbose", "--dry-run")
                + CronTab.Spec.WithUsages("signing")
                + CronTab.Spec.WithMatrix(new[] { "a", "b" }, new[] { "c" })
                + CronTab.Spec.WithMatrixMixin(new List<IReadOnlyList<string>> { new[] { "d" } });

            Assert.That(cronTab.ToJson(), Is.EqualTo(
                """{"spec":{"args":["--full","--verbose","--dry-run"],"matrix":[["a","b"],["c"],["d"]],"usages":["signing"]}}"""));
        }

        [Test]
        public void ItemTypesAreValuesOfTheirOwnWithGroupsAndItemTypesInside()
        {
            Rule rule = Rule.Match.WithPaths("/a")
                + Rule.Match.WithPathsMixin("/b")
                + Rule.Match.WithHeaders(new Dictionary<string, string> { ["x-env"] = "prod" })
                + Rule.WithHosts(Host.WithHostname("h1"))
                + Rule.WithHostsMixin(Host.WithHostname("h2") + Host.WithWeight(20));

            const string RuleJson = """{"hosts":[{"hostname":"h1"},{"hostname":"h2","weight":20}],"match":{"headers":{"x-env":"prod"},"paths":["/a","/b"]}}""";
            Assert.That(rule.ToJson(), Is.EqualTo(RuleJson));

            // The list is the rule three times over, in order: parsed and compared value for value, then as text.
            string list = (CronTab.Spec.WithRules(rule, rule) + CronTab.Spec.WithRulesMixin(rule)).ToJson();
            JsonNode expected = JsonNode.Parse("{\"spec\":{\"rules\":[" + RuleJson + "," + RuleJson + "," + RuleJson + "]}}")!;
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(list), expected), Is.True, list);
            Assert.That(list, Is.EqualTo(expected.ToJsonString()));
        }

        [Test]
        public void ScalarFieldsTakeTheirTypes()
        {
            CronTab cronTab = CronTab.Spec.WithStartingDeadlineSeconds(9_007_199_254_740_993)
                + CronTab.Spec.WithSuccessRatio(0.75)
                + CronTab.Spec.WithSuspend(true)
                + CronTab.Spec.WithToken(new byte[] { 1, 2, 3 })
                + CronTab.Spec.WithNotBefore(new System.DateTimeOffset(2024, 5, 1, 12, 0, 0, System.TimeSpan.FromHours(2)))
                + CronTab.Spec.Schedule.Window.WithLengthMinutes(90)
                + CronTab.Spec.Schedule.Window.Start.WithTime("2024-05-01T00:00:00Z")
                + CronTab.Spec.Schedule.Window.Start.Zone.WithOffsetMinutes(-300);

            Assert.That(cronTab.ToJson(), Is.EqualTo(Manifest.Compact(
                """
                    {"spec":{"notBefore":"2024-05-01T10:00:00Z","schedule":{"window":{"lengthMinutes":90,"start":{"time":"2024-05-01T00:00:00Z","zone":{"offsetMinutes":-300}}}},
                    "startingDeadlineSeconds":9007199254740993,"successRatio":0.75,"suspend":true,"token":"AQID"}}
                """)));
        }

        [Test]
        public void MetadataIsTheFullObjectMetaWithItsOwnTypes()
        {
            CronTab cronTab = CronTab.New("nightly")
                + CronTab.Metadata.WithAnnotations(new Dictionary<string, string> { ["example.com/owner"] = "data-team" })
                + CronTab.Metadata.WithFinalizers("example.com/cleanup")
                + CronTab.Metadata.WithOwnerReferences(OwnerReference.WithApiVersion("v1") + OwnerReference.WithKind("Namespace") + OwnerReference.WithName("batch") + OwnerReference.WithUid("0a1b"));

            Assert.That(cronTab.ToJson(), Is.EqualTo(Manifest.Compact(
                """
                    {"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"annotations":{"example.com/owner":"data-team"},"finalizers":["example.com/cleanup"],
                    "name":"nightly","ownerReferences":[{"apiVersion":"v1","kind":"Namespace","name":"batch","uid":"0a1b"}]}}
                """)));
        }

        [Test]
        public void APatchBuiltAloneAppliesToManyCustomResources()
        {
            CronTab common = CronTab.Spec.WithImage("img:1") + CronTab.Metadata.WithLabels(new Dictionary<string, string> { ["team"] = "data" });

            Assert.That((CronTab.New("a") + common).ToJson(), Is.EqualTo("""{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"labels":{"team":"data"},"name":"a"},"spec":{"image":"img:1"}}"""));
            Assert.That((CronTab.New("b") + common).ToJson(), Is.EqualTo("""{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"labels":{"team":"data"},"name":"b"},"spec":{"image":"img:1"}}"""));
        }

        [Test]
        public void AManifestReadFromJsonIsTypedAndKeepsItsUnknownFields()
        {
            CronTab read = Patch.FromJson("""{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"name":"x"},"spec":{"image":"a","extra":true}}""").As<CronTab>();

            Assert.That((read + CronTab.Spec.WithImage("b")).ToJson(), Is.EqualTo("""{"apiVersion":"stable.example.com/v1","kind":"CronTab","metadata":{"name":"x"},"spec":{"extra":true,"image":"b"}}"""));
        }

        [Test]
        public void TheKindKnowsItsApiVersionAndKind()
        {
            Assert.That(ApiVersionOf<CronTab>(), Is.EqualTo("stable.example.com/v1"));
            Assert.That(KindOf<CronTab>(), Is.EqualTo("CronTab"));
        }

        [Test]
        public void StatusApiVersionAndKindHaveNoSetters()
        {
            Assert.That(typeof(CronTab).GetNestedType("Status"), Is.Null);
            Assert.That(typeof(CronTab).GetMethod("WithStatus"), Is.Null);
            Assert.That(typeof(CronTab).GetMethod("WithApiVersion"), Is.Null);
            Assert.That(typeof(CronTab).GetMethod("WithKind"), Is.Null);
        }

        [Test]
        public void WritesYamlThatKubectlAccepts()
        {
            CronTab cronTab = CronTab.New("nightly") + CronTab.Spec.WithCronSpec("0 3 * * *") + CronTab.Spec.WithPorts(Port.WithContainerPort(80));

            Assert.That(cronTab.ToYaml(), Is.EqualTo(
                "apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata:\n  name: nightly\nspec:\n  cronSpec: 0 3 * * *\n  ports:\n  - containerPort: 80\n"));
        }

        internal static string ApiVersionOf<T>()
            where T : struct, IKubernetesObject<T> => T.ApiVersion;

        internal static string KindOf<T>()
            where T : struct, IKubernetesObject<T> => T.Kind;
    }
}
