using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using Json.Schema;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Planning;
using Kubesonnet.Generator.Tests.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Issue 12's "Done when", checked on each operator of <see cref="RealCrdTests.OperatorCases"/> (<c>../shared/crds</c>
    /// and, where <c>KUBESONNET_MORE_CRDS</c> names them, other operators' CRDs): the client compiles without a warning;
    /// every served version's kind is a type named as its <c>kind</c>, <c>[Obsolete]</c> (with its warning) exactly
    /// when the version is deprecated; no type is numbered for a clash; no two types have the same shape; and for
    /// every served version, manifests made by its schema are built with the client's setters (loaded by reflection),
    /// come out as made, and validate against the CRD's own schema (JsonSchema.Net), free-form fields having their
    /// <c>With…Mixin(JsonNode)</c>.
    /// </summary>
    public class RealCrdClientTests
    {
        /// <summary>Manifests built per served version: the first made with required fields only, the others with all.</summary>
        private const int ManifestsPerVersion = 3;

        /// <summary>One served version of a CRD: what its kind is called and where, and its schema.</summary>
        private sealed record ServedVersion(string File, string ApiVersion, string Kind, bool Deprecated, string? Warning, JsonObject? Schema);

        [TestCaseSource(typeof(RealCrdTests), nameof(RealCrdTests.OperatorCases))]
        [CancelAfter(1_800_000)]
        public void AnOperatorsClientKeepsItsKindsAndBuildsManifestsItsCrdsAccept(string name)
        {
            RealCrdTests.SkipWithoutCrds(name);
            AdditionalText[] files = RealCrdTests.Files(RealCrdTests.Folder(name));
            var (figures, output) = RealCrdTests.Measure(files);
            var problems = new List<string>();

            problems.AddRange(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).Select(d => "the client does not compile cleanly: " + d));
            problems.AddRange(NumberedNames(figures.TypeNames));
            problems.AddRange(SameShapes(files));

            List<ServedVersion> versions = files.SelectMany(f => Versions(f.Path, f.GetText()!.ToString())).ToList();
            Assert.That(versions, Is.Not.Empty, "served versions of CRDs in " + name);

            int built = 0;
            int freeForm = 0;
            int unmade = 0;
            int emptyObjects = 0;
            int stringified = 0;
            var examples = new SortedSet<string>(StringComparer.Ordinal);
            using (var stream = new MemoryStream())
            {
                EmitResult emitted = output.Emit(stream);
                Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
                stream.Position = 0;
                var context = new AssemblyLoadContext("client-" + name, isCollectible: true);
                try
                {
                    Assembly client = context.LoadFromStream(stream);
                    Dictionary<string, Type> kinds = Kinds(client);
                    foreach (ServedVersion version in versions)
                    {
                        string key = version.ApiVersion + " " + version.Kind;
                        if (!kinds.TryGetValue(key, out Type? type))
                        {
                            problems.Add(key + " (" + version.File + "): no generated type");
                            continue;
                        }

                        problems.AddRange(KindProblems(version, type));
                        if (version.Schema == null)
                        {
                            continue;
                        }

                        JsonSchema reference = ReferenceSchemas.ForCrd(version.Schema);
                        var maker = new ManifestMaker(null, ManifestMaker.SeedOf(key));
                        int builtHere = 0;
                        for (int i = 0; i < ManifestsPerVersion * 4 && builtHere < ManifestsPerVersion; i++)
                        {
                            JsonObject manifest = maker.Valid(version.Schema, version.ApiVersion, version.Kind, optionalFields: i > 0);
                            if (!IsValid(reference, manifest, out _))
                            {
                                // The maker's limits (CEL rules, oneOf of required fields): not the client's.
                                unmade++;
                                continue;
                            }

                            var builder = new SetterBuilder();
                            object value = builder.BuildKind(type, manifest);

                            // An object written out as a group has setters for its fields only: an empty one cannot be set.
                            emptyObjects += builder.LeftOut.Count;
                            examples.UnionWith(builder.LeftOut.Concat(builder.Stringified).Select(p => key + " " + p));
                            builder.LeftOut.ForEach(path => Edit(manifest, path, null));
                            builder.Stringified.ForEach(path => Edit(manifest, path, n => JsonValue.Create(n!.ToJsonString())));
                            stringified += builder.Stringified.Count;
                            string json = (string)type.GetMethod("ToJson", new[] { typeof(bool), typeof(bool) })!.Invoke(value, new object[] { false, false })!;
                            JsonNode written = JsonNode.Parse(json)!;
                            built++;
                            builtHere++;
                            freeForm += builder.FreeFormFields.Count;
                            problems.AddRange(builder.Problems.Select(p => key + ": " + p));
                            problems.AddRange(builder.FreeFormFields.Where(f => !f.HasMixin).Select(f => key + ": " + f.Path + " is free-form and has no With…Mixin(JsonNode)"));
                            if (!JsonNode.DeepEquals(written, manifest))
                            {
                                problems.Add(key + ": the built manifest is not the one made\n  made:  " + manifest.ToJsonString() + "\n  built: " + json);
                            }

                            if (!IsValid(reference, written, out string errors) && !OnlyLeftOut(errors, builder.LeftOut))
                            {
                                problems.Add(key + ": the built manifest does not validate against the CRD's schema: " + errors + "\n  " + json);
                            }
                        }
                    }
                }
                finally
                {
                    context.Unload();
                }
            }

            TestContext.Out.WriteLine(name + ": " + versions.Count + " served versions, " + built + " manifests built with the setters and validated, "
                + freeForm + " free-form fields set, " + unmade + " manifests the maker could not make valid, " + emptyObjects + " empty group objects left out, "
                + stringified + " numbers set as strings" + (examples.Count == 0 ? string.Empty : " (" + string.Join(", ", examples.Take(4)) + ")"));
            Assert.That(problems, Is.Empty, name);
            Assert.That(built, Is.GreaterThan(0), "no manifest was built");
        }

        /// <summary>A kind's type: named as its kind, obsolete (with the CRD's warning) exactly when its version is deprecated.</summary>
        private static IEnumerable<string> KindProblems(ServedVersion version, Type type)
        {
            string key = version.ApiVersion + " " + version.Kind;
            if (type.Name != version.Kind)
            {
                yield return key + ": the type is named " + type.Name;
            }

            ObsoleteAttribute? obsolete = type.GetCustomAttribute<ObsoleteAttribute>();
            if (version.Deprecated && obsolete == null)
            {
                yield return key + ": deprecated, but the type is not [Obsolete]";
            }
            else if (!version.Deprecated && obsolete != null)
            {
                yield return key + ": not deprecated, but the type is [Obsolete]";
            }
            else if (version.Warning != null && obsolete?.Message?.Contains(version.Warning, StringComparison.Ordinal) != true)
            {
                yield return key + ": [Obsolete] does not carry the deprecationWarning";
            }
        }

        /// <summary>Type names that are another's with a number added: a clash the generator settled by numbering.</summary>
        private static IEnumerable<string> NumberedNames(IEnumerable<string> typeNames)
        {
            var names = new HashSet<string>(typeNames, StringComparer.Ordinal);
            foreach (string typeName in names.OrderBy(n => n, StringComparer.Ordinal))
            {
                string stem = typeName.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (stem.Length > 0 && stem.Length < typeName.Length && names.Contains(stem))
                {
                    yield return typeName + " is " + stem + " numbered";
                }
            }
        }

        /// <summary>Removes (<paramref name="change"/> null) or changes the field at <paramref name="path"/> (<c>/spec/listeners/0/tls</c>).</summary>
        private static void Edit(JsonObject manifest, string path, Func<JsonNode?, JsonNode?>? change)
        {
            string[] segments = path.Trim('/').Split('/');
            JsonNode? parent = manifest;
            foreach (string segment in segments.Take(segments.Length - 1))
            {
                parent = parent is JsonArray list ? list[int.Parse(segment, CultureInfo.InvariantCulture)] : parent?[segment];
            }

            string last = segments[^1];
            if (parent is JsonArray array)
            {
                int index = int.Parse(last, CultureInfo.InvariantCulture);
                array[index] = change!(array[index]?.DeepClone());
            }
            else if (change == null)
            {
                parent?.AsObject().Remove(last);
            }
            else if (parent is JsonObject obj)
            {
                obj[last] = change(obj[last]?.DeepClone());
            }
        }

        /// <summary>True when every error is a required field that is an empty group object, which no setter writes.</summary>
        private static bool OnlyLeftOut(string errors, List<string> leftOut)
        {
            var missing = new List<string>();
            foreach (string error in errors.Split("; "))
            {
                Match match = Regex.Match(error, "^(?<at>[^:]*): Required properties \\[(?<names>[^\\]]*)\\] are not present$");
                if (!match.Success)
                {
                    return false;
                }

                missing.AddRange(match.Groups["names"].Value.Split(',').Select(n => match.Groups["at"].Value + "/" + n.Trim().Trim('"')));
            }

            return missing.All(leftOut.Contains);
        }

        /// <summary>
        /// Item and value types of the same shape: the same fields (by path), the same kinds of setters and the same
        /// value types, groups included, descriptions aside. Kinds are left out: two kinds may have one shape.
        /// </summary>
        private static IEnumerable<string> SameShapes(AdditionalText[] files)
        {
            var documents = files
                .Select(f => SchemaLoader.Load(f.Path, f.GetText()!.ToString(), markedAsSchema: false, CancellationToken.None))
                .Where(d => d != null)
                .Select(d => d!)
                .ToList();
            Plan plan = Planner.Create(documents, "Kubesonnet.Api", CancellationToken.None);
            return plan.Types
                .Where(t => t.Kind == null)
                .GroupBy(t => Shape(t.Members) + "|" + Shape(t.Setters), StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .Select(g => "one shape, several types: " + string.Join(", ", g.Select(t => t.Namespace + "." + t.Name)));
        }

        private static string Shape(IEnumerable<MemberSpec> members) =>
            string.Join(";", members.Select(m => m.Kind + " " + string.Join(".", m.Path) + " " + Shape(m.Shape) + " " + m.BaseDefinition + "{" + Shape(m.Members) + "}")
                .OrderBy(s => s, StringComparer.Ordinal));

        private static string Shape(ValueShape? shape) =>
            shape == null ? "-" : shape.Kind + "(" + shape.TypeName + "," + Shape(shape.Element) + ")";

        /// <summary>Each served version of each CRD of a file (apiextensions v1, or v1beta1's <c>validation</c> and <c>version</c>).</summary>
        private static IEnumerable<ServedVersion> Versions(string path, string text)
        {
            string file = Path.GetFileName(path);
            foreach (Patch document in Manifests.Read(text))
            {
                JsonObject crd = JsonNode.Parse(document.ToJson())!.AsObject();
                if ((string?)crd["kind"] != "CustomResourceDefinition" || crd["spec"] is not JsonObject spec)
                {
                    continue;
                }

                string group = (string)spec["group"]!;
                string kind = (string)spec["names"]!["kind"]!;
                var shared = spec["validation"]?["openAPIV3Schema"] as JsonObject;
                JsonArray versions = spec["versions"] as JsonArray ?? new JsonArray(new JsonObject { ["name"] = (string?)spec["version"], ["served"] = true });
                foreach (JsonObject version in versions.OfType<JsonObject>())
                {
                    if (version["served"]?.GetValue<bool>() != true)
                    {
                        continue;
                    }

                    yield return new ServedVersion(
                        file,
                        group + "/" + (string)version["name"]!,
                        kind,
                        version["deprecated"]?.GetValue<bool>() == true,
                        (string?)version["deprecationWarning"],
                        version["schema"]?["openAPIV3Schema"] as JsonObject ?? shared);
                }
            }
        }

        /// <summary>The client's kinds, by <c>apiVersion kind</c>, read through <see cref="IKubernetesObject{TSelf}"/>.</summary>
        private static Dictionary<string, Type> Kinds(Assembly client)
        {
            MethodInfo kindOf = typeof(RealCrdClientTests).GetMethod(nameof(KindOf), BindingFlags.NonPublic | BindingFlags.Static)!;
            return client.GetTypes()
                .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IKubernetesObject<>) && i.GetGenericArguments()[0] == t))
                .ToDictionary(t => (string)kindOf.MakeGenericMethod(t).Invoke(null, null)!, t => t, StringComparer.Ordinal);
        }

        private static string KindOf<T>()
            where T : struct, IKubernetesObject<T> => T.ApiVersion + " " + T.Kind;

        private static bool IsValid(JsonSchema reference, JsonNode manifest, out string errors)
        {
            using JsonDocument document = JsonDocument.Parse(manifest.ToJsonString());
            EvaluationResults results = reference.Evaluate(document.RootElement, ReferenceSchemas.Options);
            errors = string.Join("; ", ((IEnumerable<EvaluationResults>?)results.Details ?? Array.Empty<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))
                .Take(10));
            return results.IsValid;
        }
    }
}
