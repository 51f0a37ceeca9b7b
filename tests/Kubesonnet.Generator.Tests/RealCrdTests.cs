using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Issue 12: real operators' CustomResourceDefinitions (<c>../shared/crds</c>) at full scale. Each operator's files
    /// are generated alone, as a client project holding them would; the figures (generated C#, types, longest name,
    /// diagnostics) are written to the test output and held to the goals. Other operators' CRDs are checked
    /// the same way when <c>KUBESONNET_MORE_CRDS</c> names a folder holding one folder per operator (never copied into
    /// the repository): each of them alone, then all of them together.
    /// </summary>
    public class RealCrdTests
    {
        /// <summary>Generated C# per operator before issue 12 (MB): the goal is at most a third of it.</summary>
        private static readonly Dictionary<string, double> s_before = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["cert-manager"] = 3.1,
            ["prometheus-operator"] = 6.3,
            ["argo-cd"] = 13.2,
        };

        /// <summary>The longest type name a generated type may have.</summary>
        private const int MaxTypeName = 64;

        internal static string CrdRoot => Path.Combine(TestPaths.Shared, "crds");

        /// <summary>Names a folder of more operators' CRDs, one folder per operator, checked as <see cref="CrdRoot"/> is.</summary>
        internal const string MoreCrdsVariable = "KUBESONNET_MORE_CRDS";

        /// <summary>How a case of <see cref="MoreCrdsVariable"/>'s folder is named: <c>more:OPERATOR</c>.</summary>
        internal const string MorePrefix = "more:";

        /// <summary>The case of all of <see cref="MoreCrdsVariable"/>'s operators in one client.</summary>
        internal const string AllMore = MorePrefix + "(all)";

        /// <summary><see cref="MoreCrdsVariable"/>'s folder, or null when the variable is not set.</summary>
        internal static string? MoreRoot =>
            Environment.GetEnvironmentVariable(MoreCrdsVariable) is { Length: > 0 } more ? Path.GetFullPath(more) : null;

        /// <summary>The folder of a case: an operator of <see cref="CrdRoot"/>, <c>more:OPERATOR</c>, or <see cref="AllMore"/>.</summary>
        internal static string Folder(string name) =>
            name == AllMore ? MoreRoot!
            : name.StartsWith(MorePrefix, StringComparison.Ordinal) ? Path.Combine(MoreRoot!, name.Substring(MorePrefix.Length))
            : Path.Combine(CrdRoot, name);

        internal static string[] Operators() =>
            Directory.Exists(CrdRoot)
                ? Directory.GetDirectories(CrdRoot).Select(d => Path.GetFileName(d)!).OrderBy(n => n, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();

        internal static AdditionalText[] Files(string folder) =>
            Directory.GetFiles(folder, "*.y*ml", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (AdditionalText)new GeneratorHarness.InMemoryText(p, File.ReadAllText(p)))
                .ToArray();

        internal static void SkipWithoutCrds(string? name = null)
        {
            if (name != null && name.StartsWith(MorePrefix, StringComparison.Ordinal))
            {
                Assert.That(Directory.Exists(Folder(name)), Is.True, Folder(name) + " (" + MoreCrdsVariable + ") is not there");
                return;
            }

            if (!Directory.Exists(CrdRoot))
            {
                Assert.Ignore(CrdRoot + " is not there (set KUBESONNET_SHARED to the shared folder): real CRDs are not checked.");
            }
        }

        /// <summary>What one generator run over some CRD files gives.</summary>
        internal sealed record Figures(int Files, long Bytes, int Types, string LongestName, double MedianName, IReadOnlyDictionary<string, int> DiagnosticCounts, IReadOnlyList<string> TypeNames, IReadOnlyList<Diagnostic> Diagnostics)
        {
            public double Megabytes => Bytes / 1_000_000.0;

            public int Count(string id) => DiagnosticCounts.TryGetValue(id, out int n) ? n : 0;

            public override string ToString() =>
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} files, {1:0.00} MB of C#, {2} types, longest name {3} ({4} chars), median name {5} chars, diagnostics: {6}",
                    Files,
                    Megabytes,
                    Types,
                    LongestName,
                    LongestName.Length,
                    MedianName,
                    DiagnosticCounts.Count == 0 ? "none" : string.Join(", ", DiagnosticCounts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " x" + p.Value)));
        }

        internal static (Figures Figures, Compilation Output) Measure(params AdditionalText[] files)
        {
            var (result, output, diagnostics) = GeneratorHarness.Run(files);
            Assert.That(result.Results.Single().Exception, Is.Null);
            GeneratedSourceResult[] sources = result.Results.Single().GeneratedSources.ToArray();
            long bytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            var names = new List<string>();
            foreach (GeneratedSourceResult source in sources)
            {
                SyntaxNode root = source.SyntaxTree.GetRoot();
                names.AddRange(root.DescendantNodes()
                    .OfType<TypeDeclarationSyntax>()
                    .Where(t => t.Parent is BaseNamespaceDeclarationSyntax)
                    .Select(t => t.Identifier.ValueText));
            }

            names.Sort(StringComparer.Ordinal);
            int[] lengths = names.Select(n => n.Length).OrderBy(n => n).ToArray();
            double median = lengths.Length == 0 ? 0 : lengths.Length % 2 == 1 ? lengths[lengths.Length / 2] : (lengths[lengths.Length / 2 - 1] + lengths[lengths.Length / 2]) / 2.0;
            string longest = names.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
            var counts = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return (new Figures(files.Length, bytes, names.Count, longest, median, counts, names, diagnostics), output);
        }

        /// <summary>The figures of each operator's files alone: written to the test output, and held to the goals.</summary>
        [TestCaseSource(nameof(OperatorCases))]
        public void AnOperatorsCrdsGenerateAThirdOfTheCodeWithShortNamesAndNoWarnings(string name)
        {
            SkipWithoutCrds(name);
            Figures figures = Measure(Files(Folder(name))).Figures;
            TestContext.Out.WriteLine(name + ": " + figures);

            Assert.Multiple(() =>
            {
                Assert.That(figures.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty, "warnings on real CRDs");
                Assert.That(figures.LongestName.Length, Is.LessThanOrEqualTo(MaxTypeName), "the longest type name");
                if (s_before.TryGetValue(name, out double before))
                {
                    // Issue 12's goal: a third of the old size.
                    double bound = before / 3;
                    Assert.That(figures.Megabytes, Is.LessThanOrEqualTo(bound), "MB of generated C#, at most " + bound.ToString("0.00", CultureInfo.InvariantCulture));
                }
            });
        }

        /// <summary>The type a setter takes, looked up through the group's base classes (a group derives its setters).</summary>
        private static string SetterParameter(Compilation output, string type, string method)
        {
            for (INamedTypeSymbol? t = output.GetTypeByMetadataName(type); t != null; t = t.BaseType)
            {
                IMethodSymbol? setter = t.GetMembers(method).OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1 && m.Parameters[0].IsParams);
                if (setter != null)
                {
                    return setter.Parameters[0].Type.ToDisplayString();
                }
            }

            Assert.Fail(type + " has no " + method);
            return string.Empty;
        }

        [Test]
        public void AContainerIsOneTypeForPrometheusAndAlertmanagerAndForContainersAndInitContainers()
        {
            SkipWithoutCrds();
            Compilation output = Measure(Files(Path.Combine(CrdRoot, "prometheus-operator"))).Output;

            string[] uses =
            {
                SetterParameter(output, "Kubesonnet.Api.Monitoring.V1.Prometheus+Spec", "WithContainers"),
                SetterParameter(output, "Kubesonnet.Api.Monitoring.V1.Prometheus+Spec", "WithInitContainers"),
                SetterParameter(output, "Kubesonnet.Api.Monitoring.V1.Alertmanager+Spec", "WithContainers"),
                SetterParameter(output, "Kubesonnet.Api.Monitoring.V1.Alertmanager+Spec", "WithInitContainers"),
            };
            Assert.That(uses.Distinct(), Is.EqualTo(new[] { "Kubesonnet.Api.Monitoring.V1.Container[]" }));
            Assert.That(SetterParameter(output, "Kubesonnet.Api.Monitoring.V1.Container", "WithEnv"), Is.EqualTo("Kubesonnet.Api.Monitoring.V1.EnvVar[]"), "named for its Go type");
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the client compiles");
        }

        [Test]
        public void IssuerAndClusterIssuerShareTheirSpecType()
        {
            SkipWithoutCrds();
            Compilation output = Measure(Files(Path.Combine(CrdRoot, "cert-manager"))).Output;

            INamedTypeSymbol issuer = output.GetTypeByMetadataName("Kubesonnet.Api.CertManager.V1.Issuer+Spec")!;
            INamedTypeSymbol clusterIssuer = output.GetTypeByMetadataName("Kubesonnet.Api.CertManager.V1.ClusterIssuer+Spec")!;
            Assert.That(issuer.BaseType!.OriginalDefinition.ToDisplayString(), Is.EqualTo(clusterIssuer.BaseType!.OriginalDefinition.ToDisplayString()));
            Assert.That(issuer.BaseType.ContainingType?.ToDisplayString(), Does.StartWith("Kubesonnet.Api.CertManager.V1."));
        }

        internal static IEnumerable<TestCaseData> OperatorCases()
        {
            string[] operators = Operators();
            if (operators.Length == 0)
            {
                // One case that reports the absence, rather than no test at all.
                yield return new TestCaseData("(none)").SetName("RealCrds_absent");
            }

            foreach (string name in operators)
            {
                yield return new TestCaseData(name);
            }

            // Other operators' CRDs, where the variable names them: each alone, then all together.
            if (MoreRoot is string more && Directory.Exists(more))
            {
                foreach (string folder in Directory.GetDirectories(more).OrderBy(d => d, StringComparer.Ordinal))
                {
                    yield return new TestCaseData(MorePrefix + Path.GetFileName(folder));
                }

                yield return new TestCaseData(AllMore);
            }
        }
    }
}
