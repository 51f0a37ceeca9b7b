using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class IncrementalTests
    {
        private static readonly IReadOnlyList<string> s_steps = GeneratorHarness.TrackingNames;

        [Test]
        public void TheStepsAreReadFromTheTrackingNames()
        {
            Assert.That(s_steps, Is.EquivalentTo(new[] { "Kubesonnet.Files", "Kubesonnet.Documents", "Kubesonnet.Plan", "Kubesonnet.Types", "Kubesonnet.Diagnostics" }));
        }

        [Test]
        public void AnUnrelatedEditLeavesEveryStepCachedOrUnchanged()
        {
            CSharpCompilation compilation = GeneratorHarness.Compilation("class A { }");
            GeneratorDriver driver = GeneratorHarness.Driver(new[] { GeneratorHarness.SchemaFile() }).RunGenerators(compilation);

            // The harness's check, which every run of GeneratorHarness and HostileHarness makes, here with every step
            // required to have run with outputs: an empty set would pass the subset check on nothing.
            GeneratorHarness.AssertIncremental(driver, compilation, everyStep: true);
        }

        [Test]
        public void EditingOneDescriptionReemitsOnlyThatTypesFile()
        {
            string schema = File.ReadAllText(TestPaths.CertificatesSchema);
            string marker = "\"io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference\": {";
            int definition = schema.IndexOf(marker, StringComparison.Ordinal);
            Assert.That(definition, Is.GreaterThan(0));
            int description = schema.IndexOf("\"description\": \"", definition, StringComparison.Ordinal) + "\"description\": \"".Length;
            string edited = schema[..description] + "Edited. " + schema[description..];

            CSharpCompilation compilation = GeneratorHarness.Compilation();
            var original = new GeneratorHarness.InMemoryText(TestPaths.CertificatesSchema, schema);
            GeneratorDriver driver = GeneratorHarness.Driver(new[] { original }).RunGenerators(compilation);
            GeneratorHarness.AssertIncremental(driver, compilation);
            driver = driver.ReplaceAdditionalText(original, new GeneratorHarness.InMemoryText(TestPaths.CertificatesSchema, edited));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            var types = second.TrackedSteps[KubesonnetGenerator.TrackingNames.Types].SelectMany(s => s.Outputs).ToArray();
            var modified = types.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((Planning.TypeSpec)o.Value).Name).ToArray();
            Assert.That(modified, Is.EqualTo(new[] { "OwnerReference" }));
            Assert.That(types.Count(o => o.Reason == IncrementalStepRunReason.Unchanged || o.Reason == IncrementalStepRunReason.Cached), Is.EqualTo(types.Length - 1));
        }

        [Test]
        public void NoRoslynOrSharpYamlObjectIsHeldInThePipeline()
        {
            GeneratorRunResult run = GeneratorHarness.Generate(new[] { GeneratorHarness.SchemaFile() }).Results.Single();

            var offenders = new List<string>();
            foreach (string step in s_steps)
            {
                foreach (var output in run.TrackedSteps[step].SelectMany(s => s.Outputs))
                {
                    Walk(output.Value, step, offenders, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }

            Assert.That(offenders, Is.Empty);
        }

        private static void Walk(object? value, string where, List<string> offenders, HashSet<object> seen, int depth)
        {
            if (value == null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 64)
            {
                return;
            }

            Type type = value.GetType();
            string assembly = type.Assembly.GetName().Name ?? string.Empty;
            if (assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || assembly.StartsWith("SharpYaml", StringComparison.Ordinal))
            {
                offenders.Add(where + ": " + type.FullName);
                return;
            }

            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable sequence)
            {
                foreach (object? item in sequence)
                {
                    Walk(item, where, offenders, seen, depth + 1);
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Walk(field.GetValue(value), where + "." + field.Name, offenders, seen, depth + 1);
            }
        }
    }
}
