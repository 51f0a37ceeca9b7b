using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NUnit.Framework;
using Kubesonnet.Validation;

namespace Kubesonnet.Generator.Tests.Validation
{
    /// <summary>
    /// <c>Validate()</c> (the generator's constraint tables read by the runtime) against a reference JSON Schema
    /// validator (JsonSchema.Net) on the same schemas: the real CRDs of ../shared/crds and Kubernetes' v1.21.2
    /// document. For every kind, valid manifests made by the schema's rules and manifests broken one rule at a time:
    /// the same verdict on every manifest, and the same paths for the problems.
    /// </summary>
    public class ReferenceValidatorTests
    {
        // Per kind: valid manifests (the first with required fields only), and manifests broken one rule at a time
        // from each. KUBESONNET_VALIDATION_SCALE multiplies both (a longer run).
        private static readonly int s_scale = int.TryParse(System.Environment.GetEnvironmentVariable("KUBESONNET_VALIDATION_SCALE"), out int scale) && scale > 0 ? scale : 1;
        private static readonly int ValidPerKind = 6 * s_scale;
        private static readonly int BrokenPerKind = 240 * s_scale;

        private static string CrdFolder => Path.Combine(TestPaths.Shared, "crds");

        public static IEnumerable<string> CrdFiles()
        {
            if (!Directory.Exists(CrdFolder))
            {
                yield return "(absent)";
                yield break;
            }

            foreach (string file in Directory.GetFiles(CrdFolder, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(CrdFolder, file);
            }
        }

        [TestCaseSource(nameof(CrdFiles))]
        [CancelAfter(600_000)]
        public void CrdManifestsGetTheReferenceVerdict(string file)
        {
            if (file == "(absent)")
            {
                Assert.Ignore("The shared CRDs are not at " + CrdFolder + " (set KUBESONNET_SHARED).");
            }

            ReferenceCorpus corpus = ReferenceCorpus.Load(Path.Combine(CrdFolder, file), swaggerDefinitions: null);
            Assert.That(corpus.Kinds, Is.Not.Empty);
            var tally = new Tally();
            foreach (ReferenceCorpus.KindSchema kind in corpus.Kinds)
            {
                JsonSchema reference = ReferenceSchemas.ForCrd(kind.Schema);
                Compare(corpus, kind, reference, null, tally);
            }

            tally.AssertAgreement(file);
        }

        [Test]
        [CancelAfter(1_200_000)]
        public void KubernetesDocumentManifestsGetTheReferenceVerdict()
        {
            if (!File.Exists(TestPaths.KubernetesOpenApi))
            {
                Assert.Ignore("Kubernetes' OpenAPI document is not at " + TestPaths.KubernetesOpenApi + " (set KUBESONNET_OPENAPI).");
            }

            JsonObject definitions = JsonNode.Parse(File.ReadAllText(TestPaths.KubernetesOpenApi))!["definitions"]!.AsObject();
            ReferenceCorpus corpus = ReferenceCorpus.Load(TestPaths.KubernetesOpenApi, definitions);
            BuildOptions options = ReferenceSchemas.RegisterDefinitions(definitions);
            var tally = new Tally();
            foreach (ReferenceCorpus.KindSchema kind in corpus.Kinds)
            {
                JsonSchema reference = ReferenceSchemas.ForDefinition(kind.Type.DefinitionId, options);
                Compare(corpus, kind, reference, definitions, tally);
            }

            tally.AssertAgreement("swagger-v1.21.2.json");
        }

        private static void Compare(ReferenceCorpus corpus, ReferenceCorpus.KindSchema kind, JsonSchema reference, JsonObject? definitions, Tally tally)
        {
            ValidationSchema ours = corpus.Schema(kind.Type);
            int seed = ManifestMaker.SeedOf(kind.Type.DefinitionId);
            var maker = new ManifestMaker(definitions, seed);
            var random = new Random(seed);
            for (int i = 0; i < ValidPerKind; i++)
            {
                JsonObject valid = maker.Valid(kind.Schema, kind.Type.ApiVersion!, kind.Type.Kind!, optionalFields: i > 0);
                tally.Check(ours, reference, kind.Type.Kind!, "valid", "", valid, expectValid: true);
                List<ManifestMaker.Broken> broken = maker.Break(valid, kind.Schema);
                foreach (ManifestMaker.Broken b in broken.OrderBy(_ => random.Next()).Take(BrokenPerKind / ValidPerKind))
                {
                    tally.Check(ours, reference, kind.Type.Kind!, b.What, b.Path, b.Manifest, expectValid: null);
                }
            }
        }

        /// <summary>Counts and the first disagreements.</summary>
        private sealed class Tally
        {
            private readonly List<string> _disagreements = new List<string>();
            private int _manifests;
            private int _valid;
            private int _invalid;
            private int _unchecked;
            private int _expectedValidButNot;

            public void Check(ValidationSchema ours, JsonSchema reference, string kind, string what, string where, JsonObject manifest, bool? expectValid)
            {
                string json = manifest.ToJsonString();
                IReadOnlyList<ValidationProblem> problems = ours.Validate(Patch.FromJson(json));
                _unchecked += problems.Count(p => !p.Checked);
                List<ValidationProblem> found = problems.Where(p => p.Checked).ToList();
                using JsonDocument document = JsonDocument.Parse(json);
                EvaluationResults results = reference.Evaluate(document.RootElement, ReferenceSchemas.Options);
                _manifests++;
                if (results.IsValid)
                {
                    _valid++;
                }
                else
                {
                    _invalid++;
                }

                if (expectValid == true && !results.IsValid)
                {
                    _expectedValidButNot++;
                }

                var ourPaths = new SortedSet<string>(found.Select(OurLocation), StringComparer.Ordinal);
                var theirPaths = new SortedSet<string>(ReferenceLocations(results, manifest), StringComparer.Ordinal);
                if (results.IsValid != (found.Count == 0) || !ourPaths.SetEquals(theirPaths))
                {
                    if (_disagreements.Count < 10)
                    {
                        string text = json.Length > 3000 ? json.Substring(0, 3000) + "…" : json;
                        _disagreements.Add(kind + " " + what + " at " + where + ": ours [" + string.Join(", ", found) + "] reference valid=" + results.IsValid
                            + " at [" + string.Join(", ", theirPaths) + "]\n" + text);
                    }
                    else
                    {
                        _disagreements.Add(string.Empty);
                    }
                }
            }

            public void AssertAgreement(string corpus)
            {
                TestContext.Out.WriteLine(corpus + ": " + _manifests + " manifests, " + _valid + " valid and " + _invalid + " invalid by the reference; "
                    + _unchecked + " rules reported as not checked; " + _expectedValidButNot + " made-valid manifests the reference refused");
                Assert.That(_disagreements, Is.Empty, string.Join("\n\n", _disagreements.Where(d => d.Length > 0)));
                Assert.That(_valid, Is.GreaterThan(0), "some manifests are valid");
                Assert.That(_invalid, Is.GreaterThan(_manifests / 4), "most broken manifests are invalid");
            }
        }

        // Our problems are where the value is; a missing required field is where its object is, as JSON Schema says.
        private static string OurLocation(ValidationProblem problem)
        {
            if (problem.Rule != "required")
            {
                return problem.Path;
            }

            string path = problem.Path;
            if (path.EndsWith("\"]", StringComparison.Ordinal))
            {
                return path.Substring(0, path.LastIndexOf("[\"", StringComparison.Ordinal));
            }

            int dot = path.LastIndexOf('.');
            return dot < 0 ? string.Empty : path.Substring(0, dot);
        }

        /// <summary>
        /// Where the reference found errors. A branch of anyOf, oneOf, not or if/else that fails is a failure of the
        /// schema holding it, when that schema fails: its location is the branch's schema's.
        /// </summary>
        private static IEnumerable<string> ReferenceLocations(EvaluationResults results, JsonObject manifest)
        {
            if (results.IsValid || results.Details == null)
            {
                yield break;
            }

            var byEvaluationPath = new Dictionary<string, EvaluationResults>(StringComparer.Ordinal);
            foreach (EvaluationResults detail in results.Details)
            {
                byEvaluationPath.TryAdd(detail.EvaluationPath.ToString() + "\u0000" + detail.InstanceLocation, detail);
            }

            foreach (EvaluationResults detail in results.Details.Append(results))
            {
                if (detail.Errors == null || detail.Errors.Count == 0)
                {
                    continue;
                }

                string evaluation = detail.EvaluationPath.ToString();
                string[] segments = evaluation.Split('/');
                int branch = BranchKeyword(segments);
                if (branch < 0)
                {
                    yield return Location(detail.InstanceLocation.ToString(), manifest);
                    continue;
                }

                // The schema that holds the branch: its evaluation path, and the branch's first result there.
                string holder = string.Join("/", segments.Take(branch));
                EvaluationResults? owner = results.Details.FirstOrDefault(d => d.EvaluationPath.ToString() == holder && !d.IsValid);
                if (holder.Length == 0 && !results.IsValid)
                {
                    owner = results;
                }

                if (owner != null && (segments[branch] != "if"))
                {
                    yield return Location(owner.InstanceLocation.ToString(), manifest);
                }
            }
        }

        // The first anyOf, oneOf, not or if in an evaluation path that is a keyword, not a property's name (JSONSchemaProps
        // has properties called not, anyOf, oneOf): -1 when none.
        private static int BranchKeyword(string[] segments)
        {
            for (int i = 1; i < segments.Length; i++)
            {
                if (segments[i] is "anyOf" or "oneOf" or "not" or "if" && !IsName(segments, i))
                {
                    return i;
                }
            }

            return -1;
        }

        // Whether segments[i] is a name (after "properties" or "$defs" standing as keywords) rather than a keyword.
        private static bool IsName(string[] segments, int i) => i > 0 && segments[i - 1] is "properties" or "$defs" && !IsName(segments, i - 1);

        /// <summary>A JSON pointer into the manifest, written as Kubesonnet writes paths.</summary>
        private static string Location(string pointer, JsonObject manifest)
        {
            if (pointer.Length == 0)
            {
                return string.Empty;
            }

            var segments = new List<object>();
            JsonNode? node = manifest;
            foreach (string raw in pointer.Substring(1).Split('/'))
            {
                string segment = raw.Replace("~1", "/").Replace("~0", "~");
                if (node is JsonArray array)
                {
                    int index = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
                    segments.Add(index);
                    node = index < array.Count ? array[index] : null;
                }
                else
                {
                    segments.Add(segment);
                    node = node?[segment];
                }
            }

            return Kubesonnet.Internal.PathText.Format(segments.ToArray());
        }
    }
}
