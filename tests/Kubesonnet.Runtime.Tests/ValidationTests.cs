using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kubesonnet.Validation;

namespace Kubesonnet.Tests;

// The validation engine against hand-written constraint tables (the generator's tables are tested with the CRDs
// and the Kubernetes document in the generator's tests).
public class ValidationTests
{
    private const string Deploymentish = """
        {"x-kubesonnet-kind":["apps/v1","Deployment"],"type":"object","properties":{
          "apiVersion":{"type":"string"},"kind":{"type":"string"},
          "metadata":{"type":"object","properties":{"name":{"type":"string","maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
            "labels":{"type":"object","additionalProperties":{"type":"string"}}}},
          "spec":{"type":"object","required":["selector","template"],"properties":{
            "replicas":{"type":"integer","format":"int32","minimum":0},
            "selector":{"type":"object"},
            "template":{"type":"object"},
            "rules":{"type":"array","items":{"type":"object","properties":{"backendRefs":{"type":"array","items":{"type":"object","properties":{"port":{"type":"integer","format":"int32","minimum":1,"maximum":65535}}}}}}}
          }}}}
        """;

    private static IReadOnlyList<ValidationProblem> Check(string table, string json, params Func<ValidationSchema>[] references) =>
        ValidationSchema.Parse(table, references).Validate(Patch.FromJson(json));

    private static IReadOnlyList<ValidationProblem> CheckValue(string table, string json) =>
        ValidationSchema.Parse(table).ValidateValue(Internal.JsonInput.ParseValue(json));

    private static string Summary(IEnumerable<ValidationProblem> problems) =>
        string.Join(" | ", problems.Select(p => p.Path + " " + p.Rule));

    [Test]
    public void ValidManifestHasNoProblem()
    {
        var problems = Check(Deploymentish, """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":3,"selector":{},"template":{}}}""");
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void ProblemsNameTheirPathRuleValueAndMessage()
    {
        var problems = Check(Deploymentish, """{"metadata":{"name":"Web_1"},"spec":{"replicas":-1,"template":{},"rules":[{"backendRefs":[{"port":70000}]}]}}""");
        Assert.That(Summary(problems), Is.EqualTo(
            "metadata.name pattern | spec.selector required | spec.replicas minimum | spec.rules[0].backendRefs[0].port maximum"));
        ValidationProblem port = problems[3];
        Assert.Multiple(() =>
        {
            Assert.That(port.Value, Is.EqualTo("70000"));
            Assert.That(port.Message, Is.EqualTo("must be at most 65535"));
            Assert.That(port.Checked, Is.True);
            Assert.That(port.Document, Is.Null);
            Assert.That(port.ToString(), Is.EqualTo("spec.rules[0].backendRefs[0].port: must be at most 65535 (maximum; value: 70000)"));
            Assert.That(problems[1].Value, Is.Null);
            Assert.That(problems[1].Message, Is.EqualTo("is required"));
            Assert.That(problems[0].Message, Is.EqualTo("must match the pattern ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        });
    }

    [Test]
    public void LabelKeysWithDotsAreBracketedInPaths()
    {
        var problems = Check(Deploymentish, """{"metadata":{"labels":{"app.kubernetes.io/name":5}}}""");
        Assert.That(Summary(problems), Is.EqualTo("""metadata.labels["app.kubernetes.io/name"] type"""));
        Assert.That(problems[0].Message, Is.EqualTo("must be of type string, not a number"));
    }

    [TestCase("""{"type":"string","enum":["Always","IfNotPresent","Never"]}""", "\"always\"", "enum", "must be one of \"Always\", \"IfNotPresent\", \"Never\"")]
    [TestCase("""{"type":"string","enum":["Always"]}""", "\"Always\"", null, null)]
    [TestCase("""{"type":"string","minLength":2}""", "\"a\"", "minLength", "must be at least 2 characters long")]
    [TestCase("""{"type":"string","maxLength":2}""", "\"abc\"", "maxLength", "must be at most 2 characters long")]
    [TestCase("""{"type":"string","maxLength":1}""", "\"\uD83D\uDE00\"", null, null)]
    [TestCase("""{"type":"integer","minimum":1,"exclusiveMinimum":true}""", "1", "minimum", "must be greater than 1")]
    [TestCase("""{"type":"integer","maximum":1,"exclusiveMaximum":true}""", "1", "maximum", "must be less than 1")]
    [TestCase("""{"type":"number","multipleOf":0.5}""", "1.25", "multipleOf", "must be a multiple of 0.5")]
    [TestCase("""{"type":"number","multipleOf":0.5}""", "1.5", null, null)]
    [TestCase("""{"type":"array","minItems":1}""", "[]", "minItems", "must have at least 1 item")]
    [TestCase("""{"type":"array","maxItems":1}""", "[1,2]", "maxItems", "must have at most 1 item")]
    [TestCase("""{"type":"array","uniqueItems":true}""", "[1,{\"a\":1},{\"a\":1}]", "uniqueItems", "items [1] and [2] are equal; items must be unique")]
    [TestCase("""{"type":"array","x-kubernetes-list-type":"set"}""", "[\"a\",\"b\",\"a\"]", "x-kubernetes-list-type", "items [0] and [2] are equal; x-kubernetes-list-type: set needs unique items")]
    [TestCase("""{"type":"object","minProperties":1}""", "{}", "minProperties", "must have at least 1 property")]
    [TestCase("""{"type":"object","maxProperties":1}""", "{\"a\":1,\"b\":2}", "maxProperties", "must have at most 1 property")]
    [TestCase("""{"type":"integer"}""", "1.5", "type", "must be of type integer, not a number")]
    [TestCase("""{"type":"integer"}""", "2.0", null, null)]
    [TestCase("""{"type":"number"}""", "\"1\"", "type", "must be of type number, not a string")]
    [TestCase("""{"type":"boolean"}""", "\"true\"", "type", "must be of type boolean, not a string")]
    [TestCase("""{"type":"string"}""", "null", "nullable", "must not be null (the schema says type: string, not nullable)")]
    [TestCase("""{"type":"string","nullable":true}""", "null", null, null)]
    [TestCase("""{"type":"integer","format":"int32"}""", "2147483648", "format", "must be an integer from -2147483648 to 2147483647 (format: int32)")]
    [TestCase("""{"type":"integer","format":"int32"}""", "-2147483648", null, null)]
    [TestCase("""{"type":"integer","format":"int64"}""", "9223372036854775808", "format", "must be an integer from -9223372036854775808 to 9223372036854775807 (format: int64)")]
    [TestCase("""{"type":"integer","format":"int64"}""", "9223372036854775807", null, null)]
    [TestCase("""{"type":"string","format":"byte"}""", "\"aGVsbG8=\"", null, null)]
    [TestCase("""{"type":"string","format":"byte"}""", "\"aGVsbG8\"", "format", "must be base64 (format: byte)")]
    [TestCase("""{"type":"string","format":"date-time"}""", "\"2021-06-01T00:00:00Z\"", null, null)]
    [TestCase("""{"type":"string","format":"date-time"}""", "\"2021-06-01T10:00:00.123+02:00\"", null, null)]
    [TestCase("""{"type":"string","format":"date-time"}""", "\"2021-02-29T00:00:00Z\"", "format", "must be an RFC 3339 date-time such as \"2021-06-01T00:00:00Z\" (format: date-time)")]
    [TestCase("""{"type":"string","format":"date-time"}""", "\"2021-06-01 00:00:00Z\"", "format", "must be an RFC 3339 date-time such as \"2021-06-01T00:00:00Z\" (format: date-time)")]
    [TestCase("""{"type":"string","format":"quantity"}""", "\"500m\"", null, null)]
    [TestCase("""{"type":"string","format":"quantity"}""", "\"1.5Gi\"", null, null)]
    [TestCase("""{"type":"string","format":"quantity"}""", "\"2e-3\"", null, null)]
    [TestCase("""{"type":"string","format":"quantity"}""", "2", null, null)]
    [TestCase("""{"type":"string","format":"quantity"}""", "\"500 millicores\"", "format", "must be a quantity such as \"500m\", \"1.5Gi\" or \"2e3\" (format: quantity)")]
    [TestCase("""{"type":"string","format":"quantity"}""", "\"1Gb\"", "format", "must be a quantity such as \"500m\", \"1.5Gi\" or \"2e3\" (format: quantity)")]
    [TestCase("""{"type":"string","format":"int-or-string"}""", "8080", null, null)]
    [TestCase("""{"type":"string","format":"int-or-string"}""", "\"http\"", null, null)]
    [TestCase("""{"type":"string","format":"int-or-string"}""", "true", "type", "must be of type integer or string, not a boolean")]
    [TestCase("""{"x-kubernetes-int-or-string":true}""", "1.5", "type", "must be of type integer or string, not a number")]
    [TestCase("""{"type":"string","format":"email"}""", "\"not checked\"", null, null)]
    [TestCase("""{"anyOf":[{"type":"integer"},{"type":"string"}]}""", "true", "anyOf", "must match at least one of the 2 schemas of anyOf")]
    [TestCase("""{"oneOf":[{"required":["a"]},{"required":["b"]}]}""", "{\"a\":1,\"b\":2}", "oneOf", "must match exactly one of the 2 schemas of oneOf (matches 2)")]
    [TestCase("""{"oneOf":[{"required":["a"]},{"required":["b"]}]}""", "{\"a\":1}", null, null)]
    [TestCase("""{"not":{"required":["a"]}}""", "{\"a\":1}", "not", "must not match the schema of not")]
    public void EachRule(string table, string value, string? rule, string? message)
    {
        IReadOnlyList<ValidationProblem> problems = CheckValue(table, value);
        if (rule is null)
        {
            Assert.That(problems, Is.Empty);
            return;
        }

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(problems[0].Rule, Is.EqualTo(rule));
            Assert.That(problems[0].Message, Is.EqualTo(message));
            Assert.That(problems[0].Value, Is.EqualTo(value));
        });
    }

    [Test]
    public void AdditionalPropertiesFalseReportsEachUnknownField()
    {
        var problems = CheckValue("""{"type":"object","additionalProperties":false,"properties":{"a":{}}}""", """{"a":1,"b":2}""");
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[] { "b: is not a field of this object (additionalProperties: false) (additionalProperties; value: 2)" }));
    }

    [Test]
    public void ListMapKeysMustBeUnique()
    {
        const string table = """{"type":"array","x-kubernetes-list-type":"map","x-kubernetes-list-map-keys":["containerPort","protocol"],"items":{"type":"object"}}""";
        Assert.That(CheckValue(table, """[{"containerPort":80,"protocol":"TCP"},{"containerPort":80,"protocol":"UDP"}]"""), Is.Empty);
        var problems = CheckValue(table, """[{"containerPort":80,"protocol":"TCP"},{"containerPort":81},{"containerPort":80,"protocol":"TCP","name":"x"}]""");
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Message, Is.EqualTo(
            "items [0] and [2] have the same key (containerPort: 80, protocol: \"TCP\"); x-kubernetes-list-type: map needs unique keys (containerPort, protocol)"));
    }

    [Test]
    public void CelRulesAreReportedAsNotChecked()
    {
        const string table = """{"type":"object","properties":{"spec":{"type":"object","x-kubernetes-validations":[{"rule":"self.min <= self.max","message":"min must not exceed max"}]}}}""";
        var problems = Check(table, """{"spec":{"min":1,"max":2}}""");
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(problems[0].Path, Is.EqualTo("spec"));
            Assert.That(problems[0].Rule, Is.EqualTo("x-kubernetes-validations"));
            Assert.That(problems[0].Checked, Is.False);
            Assert.That(problems[0].Message, Does.Contain("self.min <= self.max").And.Contain("min must not exceed max").And.StartWith("not checked"));
        });

        // Not checked is not a failure: EnsureValid passes it.
        Patch patch = Patch.FromJson("""{"spec":{}}""");
        Assert.That(ValidationSchema.Parse(table).EnsureValid(patch), Is.SameAs(patch));
        Assert.That(Check(table, "{}"), Is.Empty, "no spec, no rule that applies");
    }

    [Test]
    public void NullsAreAcceptedEverywhereInATableThatSaysSo()
    {
        const string table = """{"x-kubesonnet-nulls":true,"type":"object","properties":{"metadata":{"type":"object","properties":{"creationTimestamp":{"type":"string","format":"date-time"}}}}}""";
        Assert.That(Check(table, """{"metadata":{"creationTimestamp":null}}"""), Is.Empty);
        Assert.That(Summary(Check(table, """{"metadata":{"creationTimestamp":"yesterday"}}""")), Is.EqualTo("metadata.creationTimestamp format"));
    }

    [Test]
    public void ReferencesResolveLazilyAndMayBeRecursive()
    {
        ValidationSchema? props = null;
        int resolved = 0;
        props = ValidationSchema.Parse(
            """{"type":"object","properties":{"not":{"$ref":0},"type":{"type":"string","enum":["object","string"]}}}""",
            () =>
            {
                resolved++;
                return props!;
            });
        Assert.That(resolved, Is.Zero, "nothing resolved before a value needs it");
        var problems = props.Validate(Patch.FromJson("""{"not":{"not":{"type":"strin"}}}"""));
        Assert.That(Summary(problems), Is.EqualTo("not.not.type enum"));
        props.Validate(Patch.FromJson("""{"not":{"not":{}}}"""));
        Assert.That(resolved, Is.EqualTo(1), "a reference is resolved once");
    }

    [Test]
    public void PatternsHaveRe2Meaning()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CheckValue("""{"pattern":"^[a-z]+$"}""", "\"abc\\n\""), Has.Count.EqualTo(1), "$ is the end of the text");
            Assert.That(CheckValue("""{"pattern":"^\\d+$"}""", "\"\u0663\""), Has.Count.EqualTo(1), "\\d is ASCII");
            Assert.That(CheckValue("""{"pattern":"^[\\d.]+$"}""", "\"1.2\""), Is.Empty);
            Assert.That(CheckValue("""{"pattern":"^\\w+$"}""", "\"caf\u00e9\""), Has.Count.EqualTo(1), "\\w is ASCII");
            Assert.That(CheckValue("""{"pattern":"^(?P<x>a)b$"}""", "\"ab\""), Is.Empty, "RE2's named groups");
            Assert.That(CheckValue("""{"pattern":"[]a]"}""", "\"]\""), Is.Empty, "a ] first in a class is a character");
            Assert.That(CheckValue("""{"pattern":"abc"}""", "\"xxabcxx\""), Is.Empty, "a pattern is not anchored");
        });
        Assert.That(Patterns.Translate("^[\\w-]+\\.\\d$"), Is.EqualTo("^[0-9A-Za-z_-]+\\.[0-9]\\z"));
    }

    [Test]
    [CancelAfter(10_000)]
    public void AHostileValueCannotStallAPattern()
    {
        // Catastrophic for a backtracking engine; linear for RE2 and NonBacktracking.
        string value = "\"" + new string('a', 100_000) + "!\"";
        Assert.That(CheckValue("""{"pattern":"^(a+)+$"}""", value), Has.Count.EqualTo(1));
    }

    [Test]
    public void APatternThatCannotBeCompiledIsReportedAsNotChecked()
    {
        var problems = CheckValue("""{"pattern":"(a"}""", "\"a\"");
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Checked, Is.False);
        Assert.That(problems[0].Rule, Is.EqualTo("pattern"));
    }

    [Test]
    public void ATypeMismatchStopsTheChecksOfThatValue()
    {
        var problems = CheckValue("""{"type":"object","required":["a"]}""", "[1]");
        Assert.That(Summary(problems), Is.EqualTo(" type"));
    }

    [Test]
    public void LongValuesAreCutInProblems()
    {
        string value = "\"" + new string('x', 500) + "\"";
        var problems = CheckValue("""{"type":"string","maxLength":3}""", value);
        Assert.That(problems[0].Value, Has.Length.EqualTo(201).And.EndWith("…"));
    }

    [Test]
    public void EnsureValidThrowsWithEveryProblem()
    {
        var schema = ValidationSchema.Parse(Deploymentish);
        var exception = Assert.Throws<KubesonnetValidationException>(() => schema.EnsureValid(Patch.FromJson("""{"spec":{"replicas":-1}}""")));
        Assert.That(exception!.Problems.Select(p => p.Path), Is.EqualTo(new[] { "spec.selector", "spec.template", "spec.replicas" }));
        Assert.That(exception.Message, Does.StartWith("The manifest does not meet its schema (3 problems): spec.selector: is required (required)"));
    }

    [Test]
    public void ManifestsValidateMatchesKindsAndNumbersDocuments()
    {
        var deployment = ValidationSchema.Parse(Deploymentish);
        IReadOnlyList<Patch> read = Manifests.Read("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec: {selector: {}, template: {}}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec: {replicas: -2, selector: {}, template: {}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            """);
        var problems = Manifests.Validate(read, deployment);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "[1] spec.replicas: must be at least 0 (minimum; value: -2)",
            "[2] (root): not checked: no schema was given for apiVersion v1, kind Service (kind; value: {\"apiVersion\":\"v1\",\"kind\":\"Service\"}; not checked)",
        }));
        Assert.Throws<ArgumentException>(() => Manifests.Validate(read, ValidationSchema.Parse("{}")));
    }

    [Test]
    public void TypedWritersValidateWhenAsked()
    {
        Item good = Item.Of("""{"port":80}""");
        Item bad = Item.Of("""{"port":0}""");
        Assert.That(Manifests.ToYamlStream(new[] { good, bad }, validate: false), Does.Contain("port: 0"));
        var exception = Assert.Throws<KubesonnetValidationException>(() => Manifests.ToYamlStream(new[] { good, bad }, validate: true));
        Assert.That(exception!.Problems.Single().ToString(), Is.EqualTo("[1] port: must be at least 1 (minimum; value: 0)"));
        Assert.That(Manifests.ToJsonList(new[] { good }, indented: false, validate: true), Is.EqualTo("""{"apiVersion":"v1","items":[{"port":80}],"kind":"List"}"""));

        var stream = new MemoryStream();
        Assert.Throws<KubesonnetValidationException>(() => Manifests.WriteJsonList(new[] { bad }, stream, indented: false, validate: true));
        Assert.Throws<KubesonnetValidationException>(() => Manifests.WriteYamlStream(new[] { bad }, stream, validate: true));
        Assert.Throws<KubesonnetValidationException>(() => Manifests.WriteJsonListAsync(new[] { bad }, stream, indented: false, validate: true));
        Assert.Throws<KubesonnetValidationException>(() => Manifests.WriteYamlStreamAsync(new[] { bad }, stream, validate: true));
        Assert.That(stream.Length, Is.Zero, "nothing written");
        Assert.That(Manifests.Validate(new[] { bad, good, bad }).Select(p => p.Document), Is.EqualTo(new int?[] { 0, 2 }));
    }

    [Test]
    public async Task AsyncWritersWriteValidManifests()
    {
        var stream = new MemoryStream();
        await Manifests.WriteYamlStreamAsync(new[] { Item.Of("""{"port":80}""") }, stream, validate: true);
        Assert.That(stream.Length, Is.GreaterThan(0));
    }

    [Test]
    public void ValidationIsSafeFromManyThreads()
    {
        var schema = ValidationSchema.Parse(Deploymentish);
        Patch patch = Patch.FromJson("""{"metadata":{"name":"Web"},"spec":{"replicas":-1,"selector":{},"template":{}}}""");
        string expected = Summary(schema.Validate(patch));
        string[] results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Summary(schema.Validate(patch)));
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void ATableThatIsNotOneIsAFormatException()
    {
        Assert.Throws<FormatException>(() => ValidationSchema.Parse("[1]"));
        Assert.Throws<FormatException>(() => ValidationSchema.Parse("{\"type\":\"strng\"}"));
        Assert.Throws<FormatException>(() => ValidationSchema.Parse("{"));
    }

    private readonly struct Item : IPatch<Item>, IValidatable
    {
        private static readonly ValidationSchema Schema = ValidationSchema.Parse("""{"type":"object","properties":{"port":{"type":"integer","minimum":1}}}""");
        private readonly Patch? _patch;

        private Item(Patch patch) => _patch = patch;

        public Patch Patch => _patch ?? Patch.Empty;

        public static Item FromPatch(Patch patch) => new(patch);

        public static Item Of(string json) => new(Patch.FromJson(json));

        public IReadOnlyList<ValidationProblem> Validate() => Schema.Validate(Patch);
    }
}
