using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>CustomResourceDefinitions as AdditionalFiles (issue 7): what they generate, and what they report.</summary>
    public class CrdTests
    {
        /// <summary>The CRDs a client project can build without a warning (tests/Kubesonnet.Crd.Tests uses the same files).</summary>
        private static readonly string[] s_cleanCrds = { "crontab.yaml", "acme.json", "ops-bundle.yaml" };

        internal static string CrdFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Kubesonnet.Generator.Tests", "Crds");

        internal static AdditionalText Crd(string relativePath)
        {
            string path = Path.Combine(CrdFolder, relativePath);
            return new GeneratorHarness.InMemoryText(path, File.ReadAllText(path));
        }

        private static AdditionalText[] CleanCrds() => s_cleanCrds.Select(Crd).ToArray();

        private static Dictionary<string, string> Sources(GeneratorDriverRunResult result) => GeneratorHarness.Sources(result);

        // One small snapshot folder per scenario: each CRD file alone (its kinds, and the item and value types they
        // share), and the built-in ObjectMeta that all of them use (Snapshots/Crds/BuiltInMeta).
        [TestCase("crontab.yaml", "CronTab")]
        [TestCase("acme.json", "Acme")]
        [TestCase("ops-bundle.yaml", "OpsBundle")]
        public void EachCrdFileGeneratesTheSnapshottedFiles(string file, string scenario)
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(Crd(file));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(result.Results.Single().Exception, Is.Null);
            Snapshots.Verify("Crds/" + scenario, Sources(result).Where(s => !IsBuiltIn(s.Key)).ToDictionary(s => s.Key, s => s.Value));
        }

        [Test]
        public void CrdsTogetherGenerateWhatEachGeneratesAloneAndTheSnapshottedBuiltInMeta()
        {
            var (result, _, diagnostics) = GeneratorHarness.Run(CleanCrds());

            Assert.That(diagnostics, Is.Empty);
            Assert.That(result.Results.Single().Exception, Is.Null);
            Dictionary<string, string> together = Sources(result);
            Snapshots.Verify("Crds/BuiltInMeta", together.Where(s => IsBuiltIn(s.Key)).ToDictionary(s => s.Key, s => s.Value));

            var alone = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string file in s_cleanCrds)
            {
                foreach (KeyValuePair<string, string> source in Sources(GeneratorHarness.Run(Crd(file)).Result).Where(s => !IsBuiltIn(s.Key)))
                {
                    alone.Add(source.Key, source.Value);
                }
            }

            Assert.That(together.Where(s => !IsBuiltIn(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal), Is.EqualTo(alone.OrderBy(s => s.Key, StringComparer.Ordinal)));
        }

        private static bool IsBuiltIn(string hintName) => hintName.StartsWith("Meta.V1.", StringComparison.Ordinal);

        [Test]
        public void GeneratedCodeCompilesWithNullableAndDocsOnAndNoWarnings()
        {
            var (_, output, diagnostics) = GeneratorHarness.Run(CleanCrds());

            Assert.That(diagnostics, Is.Empty);
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
        }

        [Test]
        public void EveryServedVersionOfEveryCrdIsAKindAndNoOtherVersionIs()
        {
            var (_, output, _) = GeneratorHarness.Run(CleanCrds());

            string[] kinds =
            {
                "Kubesonnet.Api.Stable.V1.CronTab",
                "Kubesonnet.Api.Stable.V1beta1.CronTab",
                "Kubesonnet.Api.Acme.V1alpha1.Widget",
                "Kubesonnet.Api.Acme.V1.Gadget",
                "Kubesonnet.Api.Acme.V2.Gadget",
                "Kubesonnet.Api.Ops.V1.Backup",
                "Kubesonnet.Api.Ops.V1.Restore",
            };
            foreach (string kind in kinds)
            {
                INamedTypeSymbol? type = output.GetTypeByMetadataName(kind);
                Assert.That(type, Is.Not.Null, kind);
                Assert.That(type!.AllInterfaces.Select(i => i.OriginalDefinition.ToDisplayString()), Does.Contain("Kubesonnet.IKubernetesObject<TSelf>"), kind);
                IMethodSymbol @new = type.GetMembers("New").OfType<IMethodSymbol>().Single();
                Assert.That(@new.Parameters.Select(p => p.Name + ":" + p.Type.ToDisplayString()), Is.EqualTo(new[] { "name:string" }), kind);
                Assert.That(type.GetTypeMembers("Metadata").Single().BaseType!.OriginalDefinition.ToDisplayString(), Is.EqualTo("Kubesonnet.Api.Meta.V1.ObjectMeta.Setters<TOwner, TAt>"), kind);
                Assert.That(type.GetMembers().Select(m => m.Name), Has.None.EqualTo("Status").And.None.EqualTo("WithApiVersion").And.None.EqualTo("WithKind").And.None.EqualTo("WithStatus"), kind);
            }

            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Stable.V1alpha1.CronTab"), Is.Null, "v1alpha1 is not served");
        }

        [Test]
        public void GeneratesOneFilePerTypeWithItemAndValueTypesNamedForWhatTheyAre()
        {
            var (result, _, _) = GeneratorHarness.Run(CleanCrds());

            // Issue 12: an item type is named for its field (singular), not for the path to it (CronTabSpecPortsItem).
            Assert.That(Sources(result).Keys.OrderBy(k => k, StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Acme.V1.Gadget.g.cs",
                "Acme.V1alpha1.Part.g.cs",
                "Acme.V1alpha1.Widget.g.cs",
                "Acme.V2.Gadget.g.cs",
                "Meta.V1.ManagedFieldsEntry.g.cs",
                "Meta.V1.ObjectMeta.g.cs",
                "Meta.V1.OwnerReference.g.cs",
                "Ops.V1.Backup.g.cs",
                "Ops.V1.Restore.g.cs",
                "Ops.V1.Target.g.cs",
                "Stable.V1.CronTab.g.cs",
                "Stable.V1.Env.g.cs",
                "Stable.V1.Host.g.cs",
                "Stable.V1.Port.g.cs",
                "Stable.V1.Rule.g.cs",
                "Stable.V1beta1.CronTab.g.cs",
                "Stable.V1beta1.Port.g.cs",
            }));
        }

        [Test]
        public void ObjectMetaComesFromASchemaFileWhenOneDefinesItAndIsGeneratedOnce()
        {
            AdditionalText[] files = CleanCrds().Append(GeneratorHarness.SchemaFile()).ToArray();
            var (result, output, diagnostics) = GeneratorHarness.Run(files);

            Assert.That(diagnostics, Is.Empty, "no KSN103: the built-in definitions are not used");
            Dictionary<string, string> sources = Sources(result);
            Assert.That(sources["Meta.V1.ObjectMeta.g.cs"], Does.Contain("of certificates.k8s.io-v1.json."));
            Assert.That(sources.Keys.Count(k => k.EndsWith(".ObjectMeta.g.cs", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);

            // The built-in definitions are the schema's own text: the generated ObjectMeta differs only in its header.
            var (crdsOnly, _, _) = GeneratorHarness.Run(CleanCrds());
            string builtIn = Sources(crdsOnly)["Meta.V1.ObjectMeta.g.cs"];
            Assert.That(builtIn, Does.Contain("of built-in meta.v1.json."));
            Assert.That(WithoutHeader(builtIn), Is.EqualTo(WithoutHeader(sources["Meta.V1.ObjectMeta.g.cs"])));
        }

        [Test]
        public void TheBuiltInDefinitionsAreTheOnesItSaysItHas()
        {
            DocumentModel document = BuiltInDefinitions.Document;

            Assert.That(document.Diagnostics, Is.Empty);
            Assert.That(document.Definitions.Select(d => d.Id), Is.EquivalentTo(BuiltInDefinitions.Ids));
        }

        [Test]
        public void DocCommentsSayWhatIsRequiredTheDefaultsAndTheAllowedValues()
        {
            var (result, _, _) = GeneratorHarness.Run(CleanCrds());
            Dictionary<string, string> sources = Sources(result);

            string ports = Flat(sources["Stable.V1.Port.g.cs"]);
            Assert.That(ports, Does.Contain("<summary>One of: \"TCP\", \"UDP\", \"SCTP\". Default: \"TCP\".</summary>"));
            Assert.That(ports, Does.Contain("<summary>Required.</summary>"));
            string cronTab = Flat(sources["Stable.V1.CronTab.g.cs"]);
            Assert.That(cronTab, Does.Contain("<para>What happens when a run is due while the previous one still runs.</para> <para>One of: \"Allow\", \"Forbid\", \"Replace\". Default: \"Allow\".</para>"));
            Assert.That(cronTab, Does.Contain("<para>The schedule, in cron format.</para> <para>Required.</para>"));
            Assert.That(cronTab, Does.Contain("<para>CronTabSpec is the desired state of a CronTab.</para> <para>Required.</para>"));
            Assert.That(cronTab, Does.Contain("<para>Each item is one of: \"signing\", \"client auth\", \"server auth\".</para>"));
            Assert.That(cronTab, Does.Contain("<para>How many pods run at once.</para> <para>Default: 1.</para>"));
            Assert.That(cronTab, Does.Contain("<summary>Default: {\"name\": \"UTC\"}.</summary>"));
            Assert.That(cronTab, Does.Contain("CronTab is a custom resource of stable.example.com/v1 (namespaced), defined by the CustomResourceDefinition crontabs.stable.example.com."));
            Assert.That(Flat(sources["Stable.V1beta1.CronTab.g.cs"]), Does.Contain("<para>Deprecated: stable.example.com/v1beta1 CronTab is deprecated; use stable.example.com/v1 CronTab</para>"));
            Assert.That(Flat(sources["Acme.V1alpha1.Widget.g.cs"]), Does.Contain("(cluster-scoped)"));
        }

        [Test]
        public void IntOrStringFreeFormAndMapFieldsTakeTheTypesTheSchemaSays()
        {
            var (_, output, _) = GeneratorHarness.Run(CleanCrds());
            INamedTypeSymbol spec = output.GetTypeByMetadataName("Kubesonnet.Api.Stable.V1.CronTab+Spec")!;

            Assert.That(Parameters(spec, "WithMaxUnavailable"), Is.EquivalentTo(new[] { "int", "string" }), "x-kubernetes-int-or-string");
            Assert.That(Parameters(spec, "WithMaxSurge"), Is.EquivalentTo(new[] { "int", "string" }), "anyOf of integer and string");
            Assert.That(Parameters(spec, "WithConfig"), Is.EqualTo(new[] { "System.Text.Json.Nodes.JsonNode?" }), "preserve-unknown-fields");
            Assert.That(Parameters(spec, "WithConfigMixin"), Is.EqualTo(new[] { "System.Text.Json.Nodes.JsonNode?" }));
            Assert.That(Parameters(spec, "WithTemplate"), Is.EqualTo(new[] { "System.Text.Json.Nodes.JsonNode?" }), "embedded resource");
            Assert.That(Parameters(spec, "WithSelector"), Is.EqualTo(new[] { "System.Collections.Generic.IReadOnlyDictionary<string, string>" }));
            Assert.That(spec.GetMembers("WithSelector").OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 2).Select(m => m.Parameters[1].Type.ToDisplayString()),
                Is.EqualTo(new[] { "(string Key, string Value)[]" }), "a map's entries");
            Assert.That(Parameters(spec, "WithEnv"), Is.EqualTo(new[] { "System.Collections.Generic.IReadOnlyDictionary<string, Kubesonnet.Api.Stable.V1.Env>" }));
            Assert.That(Parameters(spec, "WithPorts"), Is.EquivalentTo(new[] { "params Kubesonnet.Api.Stable.V1.Port[]", "System.Collections.Generic.IEnumerable<Kubesonnet.Api.Stable.V1.Port>" }));
            Assert.That(Parameters(spec, "WithPortsMixin"), Has.Length.EqualTo(2));
            Assert.That(Parameters(spec, "WithReplicas"), Is.EqualTo(new[] { "int" }));
            Assert.That(Parameters(spec, "WithStartingDeadlineSeconds"), Is.EqualTo(new[] { "long" }));
            Assert.That(Parameters(spec, "WithToken"), Is.EqualTo(new[] { "byte[]" }));
            Assert.That(Parameters(spec, "WithNotBefore"), Is.EquivalentTo(new[] { "string", "System.DateTimeOffset" }));
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Stable.V1.CronTab+Spec+Schedule+Window+Start+Zone"), Is.Not.Null, "deep nesting: groups all the way down");
        }

        [Test]
        public void WhatCannotBeMappedDegradesToJsonWithAWarningAndTheCodeStillCompiles()
        {
            var (_, output, diagnostics) = GeneratorHarness.Run(Crd("Degraded/oddities.yaml"));

            string[] reported = diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(m => m, StringComparer.Ordinal).ToArray();
            Assert.That(reported, Is.EqualTo(new[]
            {
                "KSN102 'oddities.odd.example.com/v1: spec.strange': type 'thing' is not a JSON Schema type; it is generated as free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.annotated': anyOf of objects with fields of their own (b); only the fields under 'properties' get setters",
                "KSN104 'oddities.odd.example.com/v1: spec.byPattern': patternProperties; the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.linked': $ref, which a CustomResourceDefinition cannot have; the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.settings[*]': oneOf of string and boolean; the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.source': oneOf of objects (git, s3); the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.target': oneOf of string and object; the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v1: spec.untyped': no 'type'; the field takes free-form JSON",
                "KSN104 'oddities.odd.example.com/v2': the version has no openAPIV3Schema; only apiVersion, kind and metadata are generated",
                "KSN104 'oddities.odd.example.com/v3': the version does not say 'served: true'; it is not generated",
            }));
            Assert.That(diagnostics.Select(d => d.Severity).Distinct(), Is.EqualTo(new[] { DiagnosticSeverity.Warning }));
            Assert.That(diagnostics.All(d => d.Location.GetLineSpan().Path.EndsWith("oddities.yaml", StringComparison.Ordinal) && d.Location.GetLineSpan().StartLinePosition.Line > 0), Is.True, "each names the file and line");
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);

            INamedTypeSymbol spec = output.GetTypeByMetadataName("Kubesonnet.Api.Odd.V1.Oddity+Spec")!;
            foreach (string setter in new[] { "WithByPattern", "WithSource", "WithTarget", "WithLinked", "WithUntyped", "WithStrange" })
            {
                Assert.That(Parameters(spec, setter), Is.EqualTo(new[] { "System.Text.Json.Nodes.JsonNode?" }), setter);
            }

            Assert.That(Parameters(spec, "WithSettings"), Is.EqualTo(new[] { "System.Collections.Generic.IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?>" }));
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Odd.V1.Oddity+Spec+Annotated"), Is.Not.Null);
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Odd.V1.Oddity+Spec+Checked"), Is.Not.Null);
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Odd.V2.Oddity")?.GetMembers("New"), Is.Not.Empty);
            Assert.That(output.GetTypeByMetadataName("Kubesonnet.Api.Odd.V3.Oddity"), Is.Null);
        }

        [Test]
        public void ItemTypesWhoseFieldsFoldToOneNameAreNumberedWithKsn201AndAKindKeepsItsName()
        {
            var (result, output, diagnostics) = GeneratorHarness.Run(Crd("Collisions/things.yaml"));

            // spec.parts and spec.Parts: their item types want Part, then SpecPart, then ThingSpecPart; a true clash.
            Assert.That(diagnostics.Select(d => d.Id), Is.All.EqualTo("KSN201"));
            Assert.That(diagnostics, Has.Length.EqualTo(3), string.Join("\n", diagnostics));
            Assert.That(diagnostics.Select(d => d.GetMessage()), Is.All.Match("^'[^']+' is generated as '[^']+': its C# name '[^']+' is taken by .+$"));
            Assert.That(
                diagnostics.Select(d => d.GetMessage()),
                Does.Contain("'things.collide.example.com/v1: spec.parts[]' is generated as 'Part2': its C# name 'Part' is taken by 'things.collide.example.com/v1: spec.Parts[]'"),
                "the message names the type that got the new name, then the one that holds the name");
            Assert.That(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);

            // The kind keeps its name: it is the API.
            INamedTypeSymbol kind = output.GetTypeByMetadataName("Kubesonnet.Api.Collide.V1.ThingSpecPartsItem")!;
            Assert.That(kind.GetMembers("New"), Is.Not.Empty);
            INamedTypeSymbol spec = output.GetTypeByMetadataName("Kubesonnet.Api.Collide.V1.Thing+Spec")!;
            Assert.That(Parameters(spec, "WithParts"), Does.Contain("params Kubesonnet.Api.Collide.V1.Part[]"));
            Assert.That(Parameters(spec, "WithParts_"), Does.Contain("params Kubesonnet.Api.Collide.V1.Part2[]"));
            Assert.That(Sources(result).Keys, Does.Contain("Collide.V1.Part.g.cs").And.Contain("Collide.V1.Part2.g.cs"));
        }

        [Test]
        public void AnyYamlOrJsonFileThatHoldsACrdIsReadAndOtherManifestsAreNot()
        {
            const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
            const string MentionsCrds = "# lists the CustomResourceDefinition names we install\ncrds: [crontabs.stable.example.com]\n";
            var (result, _, diagnostics) = GeneratorHarness.Run(
                new GeneratorHarness.InMemoryText("/p/deploy/web.yaml", Deployment),
                new GeneratorHarness.InMemoryText("/p/deploy/crds.yml", MentionsCrds),
                new GeneratorHarness.InMemoryText("/p/crds/crontab.yml", File.ReadAllText(Path.Combine(CrdFolder, "crontab.yaml"))));

            Assert.That(diagnostics, Is.Empty);
            Assert.That(Sources(result).Keys, Does.Contain("Stable.V1.CronTab.g.cs"));
        }

        [Test]
        public void AMarkedFileThatIsNeitherAnOpenApiDocumentNorACrdIsReported()
        {
            var file = new GeneratorHarness.InMemoryText("/p/deploy/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
            var (_, _, diagnostics) = GeneratorHarness.Run(new[] { file }, fileOptions: GeneratorHarness.Metadata("KubesonnetSchema", "true", file.Path));

            Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN002" }));
        }

        [Test]
        public void KubesonnetIncludeNarrowsACrdFileToSomeOfItsVersions()
        {
            AdditionalText crontab = Crd("crontab.yaml");
            GeneratorDriverRunResult result = GeneratorHarness.Generate(new[] { crontab }, GeneratorHarness.Metadata("KubesonnetInclude", "stable.example.com/v1beta1", crontab.Path));

            Assert.That(Sources(result).Keys.OrderBy(k => k, StringComparer.Ordinal), Is.EqualTo(new[]
            {
                "Meta.V1.ManagedFieldsEntry.g.cs",
                "Meta.V1.ObjectMeta.g.cs",
                "Meta.V1.OwnerReference.g.cs",
                "Stable.V1beta1.CronTab.g.cs",
                "Stable.V1beta1.Port.g.cs",
            }));
        }

        [Test]
        public void AnUnrelatedEditLeavesEveryCrdStepCachedOrUnchanged()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
            GeneratorDriver driver = GeneratorHarness.Driver(CleanCrds()).RunGenerators(compilation);

            // Every step of the pipeline ran with outputs to judge: an empty set would pass the subset check on nothing.
            GeneratorRunResult second = GeneratorHarness.AssertIncremental(driver, compilation, everyStep: true);

            Assert.That(second.TrackedSteps[KubesonnetGenerator.TrackingNames.Types].SelectMany(s => s.Outputs).Count(), Is.GreaterThanOrEqualTo(CleanCrds().Length), "a type at least per CRD file");
        }

        [Test]
        public void EditingOneCrdsDescriptionReemitsOnlyThatKind()
        {
            string path = Path.Combine(CrdFolder, "ops-bundle.yaml");
            string text = File.ReadAllText(path);
            string edited = text.Replace("description: When backups run, in cron format.", "description: When backups run, in cron format (UTC).", StringComparison.Ordinal);
            Assert.That(edited, Is.Not.EqualTo(text));

            var original = new GeneratorHarness.InMemoryText(path, text);
            CSharpCompilation compilation = GeneratorHarness.Compilation();
            GeneratorDriver driver = GeneratorHarness.Driver(new AdditionalText[] { original, Crd("crontab.yaml") }).RunGenerators(compilation);
            GeneratorHarness.AssertIncremental(driver, compilation);
            driver = driver.ReplaceAdditionalText(original, new GeneratorHarness.InMemoryText(path, edited));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            var types = second.TrackedSteps[KubesonnetGenerator.TrackingNames.Types].SelectMany(s => s.Outputs).ToArray();
            Assert.That(types.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((Planning.TypeSpec)o.Value).Name), Is.EqualTo(new[] { "Backup" }));
        }

        [Test]
        [CancelAfter(5 * 60 * 1000)]
        public void AliasesThatMakeAHugeTreeStopAtALimitWithKsn004(CancellationToken cancellation)
        {
            // Bounded by the loader's count of the nodes it visits (the KSN004 below); [CancelAfter] stops a hang.
            DocumentModel? document = SchemaLoader.Load("/p/bomb.yaml", AliasBomb(), markedAsSchema: false, cancellation);

            Assert.That(document, Is.Not.Null);
            Assert.That(document!.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "KSN004" }));
            Assert.That(document.Definitions, Is.Empty);
        }

        [Test]
        [CancelAfter(5 * 60 * 1000)]
        public void TheCrdLoaderStopsAtItsOwnLimitOnATreeThatAliasesMadeHuge(CancellationToken cancellation)
        {
            // SharpYaml's own loader shares aliased nodes without bounds: the CRD reader must bound itself too.
            var stream = new SharpYaml.Serialization.YamlStream();
            stream.Load(new StringReader(AliasBomb()));
            var diagnostics = new List<DiagnosticInfo>();

            // Bounded by the loader's count of the schemas it visits (the message says where it stopped).
            DocumentModel document = CrdLoader.Load("/p/bomb.yaml", stream, diagnostics, cancellation);

            Assert.That(document.Diagnostics.Select(d => d.Id + " " + d.Arguments[1]), Is.EqualTo(new[] { "KSN004 more than 500000 schemas in its CustomResourceDefinitions" }));
            Assert.That(document.Definitions, Is.Empty);
        }

        /// <summary>A CRD whose schema, 16 lines long, is 8^12 objects once its aliases are followed.</summary>
        private static string AliasBomb()
        {
            var yaml = new System.Text.StringBuilder();
            yaml.AppendLine("apiVersion: apiextensions.k8s.io/v1");
            yaml.AppendLine("kind: CustomResourceDefinition");
            yaml.AppendLine("metadata: {name: bombs.example.com}");
            yaml.AppendLine("x-levels:");
            yaml.AppendLine("  - &l0 {type: object, properties: {a: {type: string}}}");
            for (int i = 1; i <= 12; i++)
            {
                yaml.Append("  - &l").Append(i).Append(" {type: object, properties: {");
                yaml.Append(string.Join(", ", Enumerable.Range(0, 8).Select(k => "p" + k + ": *l" + (i - 1))));
                yaml.AppendLine("}}");
            }

            yaml.AppendLine("spec:");
            yaml.AppendLine("  group: example.com");
            yaml.AppendLine("  names: {kind: Bomb, plural: bombs}");
            yaml.AppendLine("  versions:");
            yaml.AppendLine("    - {name: v1, served: true, schema: {openAPIV3Schema: {type: object, properties: {spec: *l12}}}}");
            return yaml.ToString();
        }

        [Test]
        public void DefaultsAndEnumValuesAreWrittenAsJson()
        {
            var stream = new SharpYaml.Serialization.YamlStream();
            stream.Load(new StringReader("a: [1, -2.5e3, true, null, ~, x, '1', \"q\\\"\", {k: [v]}, 0x1F]\n"));
            var root = (SharpYaml.Serialization.YamlMappingNode)stream.Documents[0].RootNode;

            Assert.That(YamlSchemaView.Json(root.Children.Values.Single()), Is.EqualTo("[1, -2.5e3, true, null, null, \"x\", \"1\", \"q\\\"\", {\"k\": [\"v\"]}, \"0x1F\"]"));
            Assert.That(YamlSchemaView.Json(new SharpYaml.Serialization.YamlScalarNode(new string('x', 500))), Has.Length.EqualTo(Limits.MaxValueText + 1));
        }

        // The one-parameter overloads (a map's entries overload, (entry, params entries), is checked apart).
        private static string[] Parameters(INamedTypeSymbol type, string method) =>
            type.GetMembers(method).OfType<IMethodSymbol>()
                .Where(m => m.Parameters.Length == 1)
                .Select(m => (m.Parameters.Single().IsParams ? "params " : string.Empty) + m.Parameters.Single().Type.ToDisplayString())
                .ToArray();

        /// <summary>Doc comments as one line: each <c>///</c> line joined to the one before with a space.</summary>
        private static string Flat(string source) =>
            System.Text.RegularExpressions.Regex.Replace(source, @"\r?\n\s*/// ", " ");

        private static string WithoutHeader(string source) =>
            string.Join("\n", source.Split('\n').Where(l => !l.StartsWith("// Generated by", StringComparison.Ordinal)));
    }
}
