using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Every C# block of the README and the guides compiles against the builders generated from the schemas it names,
    /// as the program of a new console project would: a block is preceded by <c>&lt;!-- compile: NAME --&gt;</c>, where
    /// NAME is one of <see cref="Contexts"/>, and is compiled alone, as top-level statements, with the usings a console
    /// project has by default (<c>ImplicitUsings</c>) and nothing else: a block says its own other usings. Any error or
    /// warning in the block fails the test; the generated code is compiled and checked by the other tests.
    /// </summary>
    public class DocumentationCodeTests
    {
        private const string Marker = "<!-- compile: ";

        /// <summary>
        /// The usings of a console project with <c>ImplicitUsings</c>, and the few values a block may use without
        /// declaring them (the Jsonnet side by side reads a PEM file the way the Jsonnet does).
        /// </summary>
        private const string Prelude = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using static DocumentationContext;

            internal static class DocumentationContext
            {
                /// <summary>A certificate request, as the Jsonnet's <c>pem</c>.</summary>
                public static readonly byte[] pemBytes = System.Text.Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE REQUEST-----\n");
            }
            """;

        /// <summary>Which schemas each context generates from, relative to the repository (the shared Kubernetes document aside).</summary>
        private static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<string>?>> Contexts = new Dictionary<string, Func<IReadOnlyList<string>?>>
        {
            // The sample's project: the CSR's schema and a cert-manager Certificate CRD.
            ["sample"] = () => new[] { Repository("schema", "certificates.k8s.io-v1.json"), Repository("samples", "CertificateRequest", "certificate.crd.yaml") },
            // The test CRDs, CronTab among them.
            ["crontab"] = () => new[] { Repository("tests", "Kubesonnet.Generator.Tests", "Crds", "crontab.yaml") },
            // Kubernetes' v1.21.2 document, from the shared folder (absent: the block is skipped), narrowed as below.
            ["kubernetes"] = () => File.Exists(TestPaths.KubernetesOpenApi) ? new[] { TestPaths.KubernetesOpenApi } : null,
        };

        /// <summary>
        /// The kinds generated from Kubernetes' document: the guides' examples use these and what they refer to. The
        /// whole document's 601 types take half a minute to compile; KubernetesDocumentTests compiles them all.
        /// </summary>
        private const string KubernetesKinds = "apps/v1/Deployment, v1/ConfigMap, rbac.authorization.k8s.io/v1/ClusterRole";

        private static readonly Dictionary<string, ImmutableArray<SyntaxTree>> s_generated = new Dictionary<string, ImmutableArray<SyntaxTree>>();

        public static IEnumerable<TestCaseData> CSharpBlocks() =>
            Blocks("csharp").Select(b => new TestCaseData(b).SetArgDisplayNames(b.File + ":" + b.Line));

        public static IEnumerable<TestCaseData> XmlBlocks() =>
            Blocks("xml").Select(b => new TestCaseData(b).SetArgDisplayNames(b.File + ":" + b.Line));

        [Test]
        public void TheReadmeHasCSharpBlocksAndEachNamesAContext()
        {
            var readme = Blocks("csharp").Where(b => b.File == "README.md").ToList();

            Assert.That(readme, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(readme.Select(b => b.Context), Has.All.Not.Null, "every C# block of the README is compiled");
        }

        [TestCaseSource(nameof(CSharpBlocks))]
        public void CSharpBlockCompiles(Block block)
        {
            if (block.Context == null && block.File != "README.md" && block.File != "docs/index.md")
            {
                // A guide's block that names no context (a guide merged from elsewhere, or code that needs more than a
                // context gives) is reported, not compiled; the README's and the site's start page's must compile.
                Assert.Ignore(block + " has no '" + Marker + "NAME -->' line before it, so it is not compiled.");
            }

            Assert.That(block.Context, Is.Not.Null, block + " has no '" + Marker + "NAME -->' line before it");
            Assert.That(Contexts.Keys, Does.Contain(block.Context), block + " names an unknown context");
            ImmutableArray<SyntaxTree>? generated = Generated(block.Context!);
            if (generated == null)
            {
                Assert.Ignore(block + " needs Kubernetes' OpenAPI document, which is not at " + TestPaths.KubernetesOpenApi + ".");
            }

            SyntaxTree code = CSharpSyntaxTree.ParseText(block.Code, GeneratorHarness.ParseOptions, path: block.File);
            CSharpCompilation compilation = GeneratorHarness.Compilation(Prelude)
                .WithOptions(GeneratorHarness.Compilation().Options.WithOutputKind(OutputKind.ConsoleApplication))
                .AddSyntaxTrees(generated.Value)
                .AddSyntaxTrees(code);

            // The block's own diagnostics (its lines counted from the fence), and the program as a whole (Main).
            var diagnostics = compilation.GetSemanticModel(code).GetDiagnostics()
                .Concat(compilation.GetDeclarationDiagnostics().Where(d => d.Location.SourceTree == code || d.Location == Location.None))
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .Select(d => d.ToString())
                .Distinct()
                .ToList();

            Assert.That(diagnostics, Is.Empty, block + ":\n" + block.Code);
        }

        [Test]
        public void AContextWithAMistakeDoesNotCompile()
        {
            // The check above can fail: a setter that does not exist is an error in the block.
            var block = new Block("README.md", 1, "sample", "using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;\nCsr csr = Csr.New(\"a\") + Csr.Spec.WithNoSuchField(\"b\");\n");
            SyntaxTree code = CSharpSyntaxTree.ParseText(block.Code, GeneratorHarness.ParseOptions);
            CSharpCompilation compilation = GeneratorHarness.Compilation(Prelude)
                .WithOptions(GeneratorHarness.Compilation().Options.WithOutputKind(OutputKind.ConsoleApplication))
                .AddSyntaxTrees(Generated("sample")!.Value)
                .AddSyntaxTrees(code);

            Assert.That(compilation.GetSemanticModel(code).GetDiagnostics().Select(d => d.Id), Does.Contain("CS0117"));
        }

        [TestCaseSource(nameof(XmlBlocks))]
        public void XmlBlockIsWellFormed(Block block)
        {
            // A project file's fragment: one or more elements, comments beside them.
            Assert.DoesNotThrow(() => XElement.Parse("<fragment>" + block.Code + "</fragment>"), block + ":\n" + block.Code);
        }

        /// <summary>The fenced blocks of one language in README.md and docs/*.md, with the context named before each.</summary>
        private static IEnumerable<Block> Blocks(string language)
        {
            string root = TestPaths.RepositoryRoot;
            var files = new[] { Path.Combine(root, "README.md") }
                .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").OrderBy(f => f, StringComparer.Ordinal));
            foreach (string file in files)
            {
                string relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    if (lines[i].Trim() != "```" + language)
                    {
                        continue;
                    }

                    int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                    Assert.That(end, Is.GreaterThan(i), relative + ":" + (i + 1) + " has no closing fence");
                    int before = i - 1;
                    while (before >= 0 && lines[before].Trim().Length == 0)
                    {
                        before--;
                    }

                    string? context = null;
                    if (before >= 0 && lines[before].Trim() is { } marker && marker.StartsWith(Marker, StringComparison.Ordinal) && marker.EndsWith("-->", StringComparison.Ordinal))
                    {
                        context = marker.Substring(Marker.Length, marker.Length - Marker.Length - 3).Trim();
                    }

                    // Blank lines in place of the lines before the block, so that a diagnostic's line is the file's.
                    string code = new string('\n', i + 1) + string.Join("\n", lines, i + 1, end - i - 1) + "\n";
                    yield return new Block(relative, i + 2, context, code);
                    i = end;
                }
            }
        }

        private static ImmutableArray<SyntaxTree>? Generated(string context)
        {
            lock (s_generated)
            {
                if (s_generated.TryGetValue(context, out ImmutableArray<SyntaxTree> trees))
                {
                    return trees;
                }

                IReadOnlyList<string>? schemas = Contexts[context]();
                if (schemas == null)
                {
                    return null;
                }

                var files = schemas.Select(p => (AdditionalText)new GeneratorHarness.InMemoryText(p, File.ReadAllText(p))).ToArray();
                GeneratorDriverRunResult result = GeneratorHarness.Generate(files, GeneratorHarness.Metadata("KubesonnetInclude", KubernetesKinds, TestPaths.KubernetesOpenApi));
                Assert.That(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, context);
                trees = result.GeneratedTrees;
                Assert.That(trees, Is.Not.Empty, context);
                s_generated[context] = trees;
                return trees;
            }
        }

        private static string Repository(params string[] parts) => Path.Combine(new[] { TestPaths.RepositoryRoot }.Concat(parts).ToArray());

        /// <summary>A fenced code block: the file, the line of its first line of code, the context named before it, the code.</summary>
        public sealed record Block(string File, int Line, string? Context, string Code)
        {
            public override string ToString() => File + ":" + Line;
        }
    }
}
