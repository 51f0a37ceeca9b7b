using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Each kind of broken schema gets its own diagnostic, located in the file (path and line), naming the JSON path,
    /// with a help link; and the generator still generates what it can from the rest of the document.
    /// </summary>
    public class DiagnosticCaseTests
    {
        private const string Bad = "io.example.api.demo.v1.Bad";
        private const string BadPath = "definitions/" + Bad;

        /// <summary>A definition <c>Bad</c> with a good property <c>kept</c> and <paramref name="members"/>, then <c>Good</c>.</summary>
        private static string WithBad(string members) =>
            HostileHarness.Swagger(
                "\"" + Bad + "\": {\n"
                + "  \"type\": \"object\",\n"
                + members + (members.Length > 0 ? ",\n" : string.Empty)
                + "  \"properties\": { \"kept\": { \"type\": \"string\" } }\n"
                + "}");

        /// <summary>As <see cref="WithBad"/>, with <paramref name="property"/> the schema of a second property <c>odd</c>.</summary>
        private static string WithBadProperty(string property) =>
            HostileHarness.Swagger(
                "\"" + Bad + "\": {\n"
                + "  \"type\": \"object\",\n"
                + "  \"properties\": {\n"
                + "    \"kept\": { \"type\": \"string\" },\n"
                + "    \"odd\": " + property + "\n"
                + "  }\n"
                + "}");

        private static IEnumerable<TestCaseData> WrongTypes()
        {
            // The first line of Bad is line 5 (0-based) of the document; its members start on line 7.
            yield return Case(WithBad("  \"description\": {}"), "KSN105", BadPath + "/description", 7, "an object where a string is expected").SetName("WrongType_DescriptionIsAnObject");
            yield return Case(WithBad("  \"maxLength\": \"abc\""), "KSN105", BadPath + "/maxLength", 5, "a string where an integer is expected").SetName("WrongType_MaxLengthIsAString");
            yield return Case(WithBad("  \"readOnly\": 1"), "KSN105", BadPath + "/readOnly", 5, "a number where a boolean is expected").SetName("WrongType_ReadOnlyIsANumber");
            yield return Case(WithBad("  \"additionalProperties\": 5"), "KSN105", BadPath + "/additionalProperties", 5, "a schema or a boolean").SetName("WrongType_AdditionalPropertiesIsANumber");
            yield return Case(WithBad("  \"required\": \"kept\""), "KSN105", BadPath + "/required", 5, "an array of strings").SetName("WrongType_RequiredIsAString");
            yield return Case(WithBad("  \"required\": [ \"kept\", 7 ]"), "KSN105", BadPath + "/required/1", 7, "a number where a string is expected").SetName("WrongType_RequiredHoldsANumber");
            yield return Case(WithBad("  \"x-kubernetes-group-version-kind\": \"Bad\""), "KSN105", BadPath + "/x-kubernetes-group-version-kind", 5, "the definition is not a kind").SetName("WrongType_GroupVersionKindIsAString");
            yield return Case(WithBad("  \"x-kubernetes-group-version-kind\": [ { \"group\": \"demo.example.io\", \"version\": 1, \"kind\": \"Bad\" } ]"), "KSN105", BadPath + "/x-kubernetes-group-version-kind/0/version", 7, "a number where a string is expected").SetName("WrongType_KindVersionIsANumber");
            yield return Case(WithBadProperty("{ \"type\": 7 }"), "KSN105", BadPath + "/properties/odd/type", 9, "a number where a string is expected").SetName("WrongType_TypeIsANumber");
            yield return Case(WithBadProperty("{ \"type\": \"array\", \"items\": \"x\" }"), "KSN105", BadPath + "/properties/odd/items", 9, "a string where a schema is expected").SetName("WrongType_ItemsIsAString");
            yield return Case(WithBadProperty("{ \"type\": \"array\", \"items\": [ { \"type\": \"string\" } ] }"), "KSN105", BadPath + "/properties/odd/items", 9, "tuple items are not supported").SetName("WrongType_ItemsIsAnArray");
            yield return Case(WithBadProperty("{ \"type\": \"object\", \"properties\": 5 }"), "KSN105", BadPath + "/properties/odd/properties", 9, "a number where an object of schemas is expected").SetName("WrongType_PropertiesIsANumber");
            yield return Case(WithBadProperty("\"x\""), "KSN105", BadPath + "/properties/odd", 7, "a string where a schema is expected").SetName("WrongType_PropertySchemaIsAString");
            yield return Case(WithBadProperty("{ \"allOf\": { \"type\": \"string\" } }"), "KSN105", BadPath + "/properties/odd/allOf", 9, "an array of schemas").SetName("WrongType_AllOfIsAnObject");
            yield return Case(HostileHarness.Swagger("\"" + Bad + "\": 5"), "KSN105", BadPath, 4, "a number where an object is expected").SetName("WrongType_DefinitionIsANumber");
        }

        private static IEnumerable<TestCaseData> References()
        {
            yield return Case(WithBadProperty("{ \"$ref\": \"#/definitions/io.example.Missing\" }"), "KSN101", BadPath + "/properties/odd", 9, "io.example.Missing").SetName("Reference_Dangling");
            yield return Case(WithBadProperty("{ \"$ref\": \"#\" }"), "KSN101", BadPath + "/properties/odd/$ref", 9, "'#'").SetName("Reference_Malformed");
            yield return Case(WithBadProperty("{ \"$ref\": \"#/parameters/x\" }"), "KSN101", BadPath + "/properties/odd/$ref", 9, "#/parameters/x").SetName("Reference_NotADefinition");
            yield return Case(WithBadProperty("{ \"$ref\": \"other.json#/definitions/X\" }"), "KSN101", BadPath + "/properties/odd/$ref", 9, "other.json").SetName("Reference_External");
            yield return Case(WithBadProperty("{ \"$ref\": 5 }"), "KSN105", BadPath + "/properties/odd/$ref", 9, "a number where a string is expected").SetName("Reference_IsANumber");
        }

        private static IEnumerable<TestCaseData> Names()
        {
            yield return Case(WithBadProperty("{ \"type\": \"string\" }, \"\": { \"type\": \"string\" }"), "KSN202", BadPath + "/properties/", null, "empty name").SetName("Name_Empty");
            yield return Case(WithBadProperty("{ \"type\": \"string\" }, \"Odd\": { \"type\": \"string\" }"), "KSN201", BadPath + "/properties/odd", null, "WithOdd_").SetName("Name_Collision");
            yield return Case(WithBadProperty("{ \"type\": \"string\" }, \"" + new string('x', 200) + "\": { \"type\": \"string\" }"), "KSN204", BadPath + "/properties/xxx", null, "200 characters").SetName("Name_TooLong");
            yield return Case(
                HostileHarness.Swagger("\"io.example.api.demo.v1.Grouped\": { \"type\": \"object\", \"x-kubernetes-group-version-kind\": [ { \"group\": \"Demo_Group.io\", \"version\": \"v1\", \"kind\": \"Grouped\" } ], \"properties\": { \"a\": { \"type\": \"string\" } } }"),
                "KSN203", "definitions/io.example.api.demo.v1.Grouped", 5, "'Demo_Group.io' is not a Kubernetes group name; its namespace part is generated as 'DemoGroup'").SetName("Name_GroupIsNotAKubernetesName");
            yield return Case(
                HostileHarness.Swagger("\"io.example.api.demo.v1.Versioned\": { \"type\": \"object\", \"x-kubernetes-group-version-kind\": [ { \"group\": \"demo.example.io\", \"version\": \"v1\\n#error\", \"kind\": \"Versioned\" } ], \"properties\": { \"a\": { \"type\": \"string\" } } }"),
                "KSN203", "definitions/io.example.api.demo.v1.Versioned", 5, "is not a Kubernetes version name; its namespace part is generated as 'V1Error'").SetName("Name_VersionIsNotAKubernetesName");
        }

        private static IEnumerable<TestCaseData> Documents()
        {
            yield return Case(HostileHarness.Swagger(string.Empty).Replace("\"swagger\": \"2.0\"", "\"swagger\": \"1.2\""), "KSN005", "swagger", 0, "'1.2'", good: false).SetName("Document_SwaggerVersionUnsupported");
            yield return Case("openapi: 3.1.0\ncomponents:\n  schemas: {}\n", "KSN005", "openapi", 0, "'3.1.0'", good: false, yaml: true).SetName("Document_OpenApiVersionUnsupported");
            yield return Case("{ \"kind\": \"ConfigMap\", \"data\": {} }", "KSN002", null, 0, "not an OpenAPI document", good: false).SetName("Document_NotOpenApi");
            yield return Case("- swagger\n- openapi\n", "KSN002", null, 0, "the root is not an object", good: false, yaml: true).SetName("Document_RootIsAnArray");
            yield return Case("{ \"swagger\": \"2.0\", \"definitions\": [ " + HostileHarness.GoodDefinition.Replace("\"io.example.api.demo.v1.Good\": ", string.Empty) + " ] }", "KSN105", "definitions", 0, "an array where an object of definitions is expected", good: false).SetName("Document_DefinitionsIsAnArray");
            yield return Case(HostileHarness.Swagger(string.Empty).Replace("\"paths\": {},", "\"paths\": {},\n\"parameters\": 5, \"securityDefinitions\": { \"x\": { \"scopes\": 7 } }, \"host\": 3, \"x-extra\": { \"a\": [ 1, { } ] },"), null, null, null, null).SetName("Document_UnreadPartsOfTheWrongTypeAreNotReported");
            yield return Case(WithBad("  \"anyOf\": [ { \"type\": \"string\" } ]"), "KSN003", BadPath + "/anyOf", 7, "anyOf is not a valid property of schemas in swagger 2.0").SetName("Document_UnknownKeyword");
            yield return Case(WithBad("  \"nullable\": true"), "KSN003", BadPath + "/nullable", 5, "nullable is not a valid property of schemas in swagger 2.0").SetName("Document_Swagger2HasNoNullable");
            yield return Case(WithBad("  \"patternProperties\": { \"^a\": { \"type\": \"string\" } }"), "KSN003", BadPath + "/patternProperties", 7, "patternProperties is not a valid property").SetName("Document_PatternPropertiesIsNoOpenApiKeyword");
            yield return Case(WithBad("  \"X-Upper\": 1"), "KSN003", BadPath + "/X-Upper", 5, "X-Upper is not a valid property").SetName("Document_AnExtensionStartsWithLowerCaseX");
            yield return Case(WithBad("  \"x-anything\": { \"deep\": [ [ [ 1 ] ] ] }, \"x-kubernetes-list-type\": \"atomic\", \"example\": { \"a\": 1 }, \"title\": \"t\""), null, null, null, null).SetName("Document_ExtensionsAndDocumentationKeywordsAreAccepted");
            yield return Case(
                "openapi: 3.0.3\ncomponents:\n  schemas:\n    io.example.api.demo.v1.Good:\n      type: object\n      x-kubernetes-group-version-kind: [ { group: demo.example.io, version: v1, kind: Good } ]\n"
                + "      properties:\n        size: { type: integer, nullable: true, deprecated: false, writeOnly: false, not: { type: string } }\n        either: { anyOf: [ { type: integer }, { type: string } ] }\n        one: { oneOf: [ { type: string } ] }\n",
                null, null, null, null, yaml: true).SetName("Document_OpenApi3KeywordsAreAccepted");
            yield return Case(
                "openapi: 3.0.3\ncomponents:\n  schemas:\n    io.example.api.demo.v1.Good:\n      type: object\n      x-kubernetes-group-version-kind: [ { group: demo.example.io, version: v1, kind: Good } ]\n"
                + "      properties:\n        size: { type: integer, const: 5 }\n",
                "KSN003", "components/schemas/io.example.api.demo.v1.Good/properties/size/const", 7, "const is not a valid property of schemas in OpenAPI 3.0", yaml: true).SetName("Document_OpenApi3UnknownKeyword");
            yield return Case(WithBad("  \"description\": \"" + new string('d', 70_000) + "\""), "KSN007", BadPath + "/description", 5, "70,000 characters long").SetName("Document_ValueTooLong");
            yield return Case(
                "openapi: 3.0.3\ncomponents:\n  schemas:\n    io.example.api.demo.v1.Good:\n      type: object\n      x-kubernetes-group-version-kind: [ { group: demo.example.io, version: v1, kind: Good } ]\n"
                + "      properties:\n        size: { type: integer, nullable: maybe }\n",
                "KSN105", "components/schemas/io.example.api.demo.v1.Good/properties/size/nullable", 7, "a string where a boolean is expected", yaml: true).SetName("Document_OpenApi3WrongType");
            yield return Case(
                "openapi: 3.0.3\ncomponents:\n  schemas:\n    io.example.api.demo.v1.Good:\n      type: object\n      x-kubernetes-group-version-kind: [ { group: demo.example.io, version: v1, kind: Good } ]\n"
                + "      properties:\n        size: { type: integer }\n        owner: { $ref: '#/definitions/io.example.api.demo.v1.Good' }\n",
                "KSN101", "components/schemas/io.example.api.demo.v1.Good/properties/owner/$ref", 8, "#/definitions/", yaml: true).SetName("Document_OpenApi3ReferenceInSwaggerForm");
        }

        private static IEnumerable<TestCaseData> Yaml()
        {
            const string Start = "swagger: \"2.0\"\ndefinitions:\n  io.example.api.demo.v1.Good:\n    type: object\n    x-kubernetes-group-version-kind:\n    - { group: demo.example.io, version: v1, kind: Good }\n    properties:\n      size: { type: integer }\n";
            yield return Case(Start + "  io.example.api.demo.v1.Bad:\n    type: object\n    properties:\n      a: { type: string\n      b: [\n", "KSN001", null, 12, "at 'definitions/io.example.api.demo.v1.Bad/properties", good: false, yaml: true).SetName("Yaml_Invalid");
            yield return Case(Start + "  io.example.api.demo.v1.Bad:\n\ttype: object\n", "KSN001", null, 9, "cannot start any token", good: false, yaml: true).SetName("Yaml_Tab");
            yield return Case(Start + "  io.example.api.demo.v1.Bad:\n    type: object\n    properties:\n      a: { type: string }\n      a: { type: integer }\n", "KSN006", BadPath + "/properties/a", 12, "written twice", yaml: true).SetName("Yaml_DuplicateKey");
            yield return Case(WithBadProperty("{ \"type\": \"string\" },\n    \"odd\": { \"type\": \"integer\" }"), "KSN006", BadPath + "/properties/odd", 10, "written twice").SetName("Json_DuplicateKeyKeepsTheFirstValue");
            yield return Case(Start + "  io.example.api.demo.v1.Bad:\n    type: object\n    properties:\n      ? [ a, b ]\n      : { type: string }\n      c: { type: string }\n", "KSN105", BadPath + "/properties", 11, "a key is an array where a string is expected", yaml: true).SetName("Yaml_KeyIsAnArray");
            yield return Case(Start + "  io.example.api.demo.v1.Bad:\n    type: object\n    properties:\n      a: { type: string, maxLength: \"5\" }\n", "KSN105", BadPath + "/properties/a/maxLength", 11, "a string where an integer is expected", yaml: true).SetName("Yaml_QuotedNumber");
        }

        private static TestCaseData Case(string text, string? id, string? jsonPath, int? line, string? message, bool good = true, bool yaml = false) =>
            new TestCaseData(text, id, jsonPath, line, message, good, yaml);

        [TestCaseSource(nameof(WrongTypes))]
        [TestCaseSource(nameof(References))]
        [TestCaseSource(nameof(Names))]
        [TestCaseSource(nameof(Documents))]
        [TestCaseSource(nameof(Yaml))]
        public void ReportsTheProblemWhereItIsAndGeneratesTheRest(string text, string? id, string? jsonPath, int? line, string? message, bool good, bool yaml)
        {
            string file = yaml ? "/schemas/case.yaml" : "/schemas/case.json";
            HostileHarness.Outcome outcome = HostileHarness.Run(file, text);
            TestContext.Out.WriteLine(outcome.Describe());

            outcome.AssertNoCrash();
            if (id == null)
            {
                Assert.That(outcome.Diagnostics, Is.Empty, outcome.Describe());
            }
            else
            {
                // One problem, one diagnostic: nothing reported twice (by us and by the reader).
                Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { id }), outcome.Describe());
                Diagnostic diagnostic = outcome.Diagnostics.Single();
                AssertLocatedWithHelp(diagnostic, file, jsonPath, line);
                Assert.That(diagnostic.GetMessage(), Does.Contain(message), outcome.Describe());
            }

            if (good)
            {
                Assert.That(outcome.HintNames, Does.Contain("Demo.V1.Good.g.cs"), outcome.Describe());
                Assert.That(outcome.CompilerProblems, Is.Empty);
            }
        }

        [Test]
        public void AWrongValueIsTakenOutAndTheRestOfItsSchemaIsKept()
        {
            // The reader would drop every property beside a malformed $ref, and throw on "maxLength": "abc".
            HostileHarness.Outcome outcome = HostileHarness.Run("/schemas/case.json", WithBadProperty("{ \"$ref\": \"#\", \"description\": \"Odd.\" }, \"other\": { \"type\": \"string\", \"maxLength\": \"abc\" }"));

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "KSN101", "KSN105" }), outcome.Describe());
            string bad = outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Bad.g.cs").SourceText.ToString();
            Assert.That(bad, Does.Contain("WithKept(string kept)"));
            Assert.That(bad, Does.Contain("WithOther(string other)"));
            Assert.That(bad, Does.Contain("WithOdd(global::System.Text.Json.Nodes.JsonNode? odd)"));
            Assert.That(outcome.CompilerProblems, Is.Empty);
        }

        [Test]
        public void AJsonKeyWrittenTwiceKeepsItsFirstValueAsInYaml()
        {
            HostileHarness.Outcome outcome = HostileHarness.Run("/schemas/case.json", WithBadProperty("{ \"type\": \"string\" },\n    \"odd\": { \"type\": \"integer\" }"));

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN006" }), outcome.Describe());
            string bad = outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Bad.g.cs").SourceText.ToString();
            Assert.That(bad, Does.Contain("WithOdd(string odd)").And.Not.Contain("WithOdd(long odd)"));
            Assert.That(outcome.CompilerProblems, Is.Empty);
        }

        [Test]
        public void ATruncatedFileIsReportedAndTheOtherFilesAreGenerated()
        {
            string certificates = File.ReadAllText(TestPaths.CertificatesSchema);
            string truncated = certificates.Substring(0, certificates.Length * 3 / 5);

            HostileHarness.Outcome outcome = HostileHarness.Run(new[] { ("/schemas/truncated.json", truncated), ("/schemas/good.json", HostileHarness.Swagger(string.Empty)) });

            outcome.AssertNoCrash();
            Diagnostic diagnostic = outcome.Diagnostics.Single();
            Assert.That(diagnostic.Id, Is.EqualTo("KSN001"));
            AssertLocatedWithHelp(diagnostic, "/schemas/truncated.json", null, truncated.Count(c => c == '\n'));
            Assert.That(outcome.HintNames, Is.EqualTo(new[] { "Demo.V1.Good.g.cs" }));
            Assert.That(outcome.CompilerProblems, Is.Empty);
        }

        [Test]
        public void ADefinitionInTwoFilesIsReportedOnceAndTheFirstFileWins()
        {
            string second = HostileHarness.Swagger(string.Empty).Replace("\"size\": { \"type\": \"integer\" }", "\"count\": { \"type\": \"integer\" }");

            HostileHarness.Outcome outcome = HostileHarness.Run(new[] { ("/schemas/b.json", second), ("/schemas/a.json", HostileHarness.Swagger(string.Empty)) });

            outcome.AssertNoCrash();
            Diagnostic diagnostic = outcome.Diagnostics.Single();
            Assert.That(diagnostic.Id, Is.EqualTo("KSN103"));
            AssertLocatedWithHelp(diagnostic, "/schemas/b.json", null, 5);
            Assert.That(diagnostic.GetMessage(), Does.Contain("io.example.api.demo.v1.Good").And.Contain("/schemas/a.json"));
            Assert.That(outcome.Run.GeneratedSources.Single().SourceText.ToString(), Does.Contain("WithSize(long size)").And.Not.Contain("WithCount"));
        }

        [Test]
        public void AFileThatIsNotMarkedAndNotASchemaIsIgnoredWhateverItHolds()
        {
            // A values.yaml that mentions openapi in a comment and nests too deep: not a schema, so not an error.
            string text = "# see the openapi docs\nroot:\n" + string.Concat(Enumerable.Range(1, 300).Select(i => new string(' ', 2 * i) + "a:\n"));

            Assert.That(Kubesonnet.Generator.Loading.SchemaLoader.Load("values.yaml", text, markedAsSchema: false, System.Threading.CancellationToken.None), Is.Null);
        }

        [Test]
        public void RecursiveDefinitionsGenerateWithoutADiagnostic()
        {
            // JSONSchemaProps nests into itself; here a tree (self-recursive) and a ping-pong pair (mutually recursive).
            string document = HostileHarness.Swagger(
                "\"io.example.api.demo.v1.Tree\": { \"type\": \"object\", \"properties\": {"
                + " \"name\": { \"type\": \"string\" },"
                + " \"left\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Tree\" },"
                + " \"children\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Tree\" } },"
                + " \"byName\": { \"type\": \"object\", \"additionalProperties\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Tree\" } } } },\n"
                + "\"io.example.api.demo.v1.Ping\": { \"type\": \"object\", \"properties\": { \"pong\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Pong\" }, \"n\": { \"type\": \"integer\" } } },\n"
                + "\"io.example.api.demo.v1.Pong\": { \"type\": \"object\", \"properties\": { \"ping\": { \"$ref\": \"#/definitions/io.example.api.demo.v1.Ping\" }, \"m\": { \"type\": \"integer\" } } }");

            HostileHarness.Outcome outcome = HostileHarness.Run("/schemas/recursive.json", document);

            outcome.AssertNoCrash();
            Assert.That(outcome.Diagnostics, Is.Empty, outcome.Describe());
            Assert.That(outcome.HintNames, Is.SupersetOf(new[] { "Demo.V1.Tree.g.cs", "Demo.V1.Ping.g.cs", "Demo.V1.Pong.g.cs" }));
            Assert.That(outcome.CompilerProblems, Is.Empty);
            string tree = outcome.Run.GeneratedSources.Single(s => s.HintName == "Demo.V1.Tree.g.cs").SourceText.ToString();
            Assert.That(tree, Does.Contain("WithLeft(global::Kubesonnet.Api.Demo.V1.Tree left)"));
            Assert.That(tree, Does.Contain("WithChildren(params global::Kubesonnet.Api.Demo.V1.Tree[] children)"));
        }

        private static void AssertLocatedWithHelp(Diagnostic diagnostic, string file, string? jsonPath, int? line)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.That(span.Path, Is.EqualTo(file), diagnostic.ToString());
            if (line != null)
            {
                Assert.That(span.StartLinePosition.Line, Is.EqualTo(line.Value), diagnostic.ToString());
            }

            if (jsonPath != null)
            {
                Assert.That(diagnostic.GetMessage(), Does.Contain(jsonPath), diagnostic.ToString());
            }

            Assert.That(diagnostic.Descriptor.HelpLinkUri, Does.EndWith("docs/diagnostics.md#" + diagnostic.Id.ToLowerInvariant()));
        }
    }
}
