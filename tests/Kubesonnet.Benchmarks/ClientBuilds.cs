using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <c>--client-builds ROUNDS [SCHEMA…]</c>: how long a user's build takes, for the same small app (a Deployment
    /// written to JSON) in three layouts, built with the real <c>dotnet build</c> from packages as a user has them:
    /// <list type="bullet">
    /// <item><c>in-app</c>: the generator and the schema in the app project (the whole API is compiled with the app);</item>
    /// <item><c>api-library</c>: the schema and the generated API in a class library that the app references (the
    /// layout the README recommends);</item>
    /// <item><c>kubernetes-client</c>: the same app on KubernetesClient 21.0.8.</item>
    /// </list>
    /// Each round builds every layout clean (no <c>bin</c>, no <c>obj</c> output; restore already done) and then
    /// again after touching <c>Program.cs</c>; the layouts take turns, and the first of a round changes every round,
    /// because the machine is shared and its speed drifts: the figures that mean something are the ratios within a
    /// round. No compiler server, no MSBuild node reuse: each build starts its compiler as a CI build does. The
    /// schema is Kubernetes' v1.21.2 document unless other files are given. See docs/benchmarks.md.
    /// </summary>
    public static class ClientBuilds
    {
        private const string KubernetesClientVersion = "21.0.8";

        private static readonly string[] s_layouts = { "in-app", "api-library", "kubernetes-client" };

        public static int Run(string[] args)
        {
            int rounds = args.Length > 1 && int.TryParse(args[1], out int r) ? r : 3;
            string[] schemas = args.Length > 2 ? args.Skip(2).Select(Path.GetFullPath).ToArray() : new[] { Inputs.Kubernetes };
            foreach (string schema in schemas.Where(s => !File.Exists(s)))
            {
                Console.Error.WriteLine($"{schema} is not there; give schema files after ROUNDS, or set KUBESONNET_OPENAPI.");
                return 2;
            }

            string work = Path.Combine(Path.GetTempPath(), "kubesonnet-client-builds-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            string feed = Path.Combine(work, "feed");
            // A version of its own, so that NuGet's global cache never serves an older build of the packages.
            string suffix = "bench" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            string version = "0.1.0-" + suffix;
            Directory.CreateDirectory(feed);
            Console.WriteLine($"working in {work}");
            foreach (string project in new[] { "runtime/Kubesonnet.csproj", "generator/Kubesonnet.Generator.csproj" })
            {
                Dotnet(Inputs.RepositoryRoot, "pack", Path.Combine(Inputs.RepositoryRoot, project), "-c", "Release", "-o", feed, "-p:VersionSuffix=" + suffix);
            }

            File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            // Keeps the repository's Directory.Build.props (warnings as errors, central versions) out of the clients.
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project />\n");
            string schemaItems = string.Concat(schemas.Select(s => $"    <AdditionalFiles Include=\"{s}\" />\n"));
            string generator = $"    <PackageReference Include=\"Kubesonnet.Generator\" Version=\"{version}\" />\n";

            Write(work, "in-app/App.csproj", Project("Exe", generator + schemaItems));
            Write(work, "in-app/Program.cs", KubesonnetProgram);
            Write(work, "api-library/Api/Api.csproj", Project("Library", generator + schemaItems));
            Write(work, "api-library/App/App.csproj", Project("Exe", "    <ProjectReference Include=\"../Api/Api.csproj\" />\n"));
            Write(work, "api-library/App/Program.cs", KubesonnetProgram);
            Write(work, "kubernetes-client/App.csproj", Project("Exe", $"    <PackageReference Include=\"KubernetesClient\" Version=\"{KubernetesClientVersion}\" />\n"));
            Write(work, "kubernetes-client/Program.cs", KubernetesClientProgram);

            foreach (string layout in s_layouts)
            {
                Dotnet(AppFolder(work, layout), "restore");
            }

            var clean = s_layouts.ToDictionary(l => l, _ => new List<double>());
            var incremental = s_layouts.ToDictionary(l => l, _ => new List<double>());
            for (int round = 0; round < rounds; round++)
            {
                for (int i = 0; i < s_layouts.Length; i++)
                {
                    string layout = s_layouts[(round + i) % s_layouts.Length];
                    string app = AppFolder(work, layout);
                    foreach (string output in Directory.GetDirectories(Path.Combine(work, layout), "*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "bin" or "Debug"))
                    {
                        if (Directory.Exists(output))
                        {
                            Directory.Delete(output, recursive: true);
                        }
                    }

                    clean[layout].Add(Build(app));
                    File.SetLastWriteTimeUtc(Path.Combine(app, "Program.cs"), DateTime.UtcNow);
                    incremental[layout].Add(Build(app));
                    Console.WriteLine($"round {round + 1}, {layout}: clean {clean[layout][round]:0.0} s, after touching Program.cs {incremental[layout][round]:0.0} s");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"{rounds} rounds; per layout: median seconds, and the median of each round's ratio to kubernetes-client");
            Console.WriteLine("| layout | clean build | ratio | incremental build | ratio |");
            Console.WriteLine("|---|--:|--:|--:|--:|");
            foreach (string layout in s_layouts)
            {
                double cleanRatio = Median(Enumerable.Range(0, rounds).Select(i => clean[layout][i] / clean["kubernetes-client"][i]));
                double incrementalRatio = Median(Enumerable.Range(0, rounds).Select(i => incremental[layout][i] / incremental["kubernetes-client"][i]));
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "| {0} | {1:0.0} s ({2:0.0}–{3:0.0}) | {4:0.00}× | {5:0.0} s ({6:0.0}–{7:0.0}) | {8:0.00}× |",
                    layout,
                    Median(clean[layout]),
                    clean[layout].Min(),
                    clean[layout].Max(),
                    cleanRatio,
                    Median(incremental[layout]),
                    incremental[layout].Min(),
                    incremental[layout].Max(),
                    incrementalRatio));
            }

            return 0;
        }

        private static string AppFolder(string work, string layout) =>
            layout == "api-library" ? Path.Combine(work, layout, "App") : Path.Combine(work, layout);

        private static string Project(string outputType, string items) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {items}  </ItemGroup>
            </Project>

            """;

        private const string KubesonnetProgram = """
            using Kubesonnet.Api.Apps.V1;
            using Container = Kubesonnet.Api.Core.V1.Container;

            Deployment deployment = Deployment.New("web")
                + Deployment.Metadata.WithNamespace("shop")
                + Deployment.Spec.WithReplicas(3)
                + Deployment.Spec.Selector.WithMatchLabels(new Dictionary<string, string> { ["app"] = "web" })
                + Deployment.Spec.Template.Metadata.WithLabels(new Dictionary<string, string> { ["app"] = "web" })
                + Deployment.Spec.Template.Spec.WithContainers(Container.WithName("web") + Container.WithImage("nginx:1.27"));
            Console.WriteLine(deployment.ToJson(indented: true));

            """;

        private const string KubernetesClientProgram = """
            using k8s;
            using k8s.Models;

            var labels = new Dictionary<string, string> { ["app"] = "web" };
            var deployment = new V1Deployment
            {
                ApiVersion = "apps/v1",
                Kind = "Deployment",
                Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "shop" },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 3,
                    Selector = new V1LabelSelector { MatchLabels = labels },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = labels },
                        Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Name = "web", Image = "nginx:1.27" } } },
                    },
                },
            };
            Console.WriteLine(KubernetesJson.Serialize(deployment));

            """;

        private static void Write(string work, string relativePath, string text)
        {
            string path = Path.Combine(work, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static double Build(string folder)
        {
            var clock = Stopwatch.StartNew();
            Dotnet(folder, "build", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            return clock.Elapsed.TotalSeconds;
        }

        private static void Dotnet(string folder, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            using Process process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(" ", arguments)} in {folder} exited with {process.ExitCode}:\n{output.Result}\n{error}");
            }
        }

        private static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
