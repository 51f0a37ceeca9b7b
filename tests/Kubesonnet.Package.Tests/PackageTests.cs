using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;

namespace Kubesonnet.Package.Tests;

/// <summary>
/// The NuGet packages as a user gets them: <c>dotnet pack</c> of generator/ and runtime/ into a temporary folder, the
/// two .nupkg files read as zips, and client projects outside the repository that restore Kubesonnet.Generator from
/// that folder with one PackageReference and a KubesonnetSchema item, then build and run.
/// </summary>
[TestFixture]
[Category("Package")]
[NonParallelizable]
public sealed class PackageTests
{
    private const string Version = "0.1.0";
    private const string ClientFramework = "net10.0";

    // What Csr.New("x") + Csr.Spec.WithSignerName("s") prints: the generated builders and the runtime, end to end.
    private const string ExpectedJson =
        """{"apiVersion":"certificates.k8s.io/v1","kind":"CertificateSigningRequest","metadata":{"name":"x"},"spec":{"signerName":"s"}}""";

    private const string ExpectedJsonWithExampleField =
        """{"apiVersion":"certificates.k8s.io/v1","kind":"CertificateSigningRequest","metadata":{"name":"x"},"spec":{"exampleField":"v","signerName":"s"}}""";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly Stopwatch _clock = new();
    private string _repository = null!;
    private string _root = null!;
    private string _feed = null!;
    private CommandResult[] _packs = Array.Empty<CommandResult>();

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        _clock.Start();
        _repository = FindRepository();

        // Outside the repository, so that none of its Directory.Build.props, global.json or nuget.config apply.
        _root = Path.Combine(Path.GetTempPath(), "kubesonnet-package-" + Guid.NewGuid().ToString("N")[..12]);
        _feed = Path.Combine(_root, "feed");
        Directory.CreateDirectory(_feed);

        var packs = new List<CommandResult>();
        foreach (string project in new[] { "runtime/Kubesonnet.csproj", "generator/Kubesonnet.Generator.csproj" })
        {
            CommandResult pack = await DotnetCommand.RunAsync(_repository, PackTimeout, null, "pack", project, "-c", "Release", "-o", _feed).ConfigureAwait(false);
            packs.Add(pack);
            if (!pack.Succeeded)
            {
                break;
            }
        }

        _packs = packs.ToArray();
        TestContext.Progress.WriteLine($"Kubesonnet.Package.Tests: packed into {_feed} in {_clock.Elapsed.TotalSeconds:F0} s.");
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        TestContext.Progress.WriteLine($"Kubesonnet.Package.Tests: {_clock.Elapsed.TotalSeconds:F0} s in all.");
        if (_root != null && Directory.Exists(_root) && Environment.GetEnvironmentVariable("KUBESONNET_KEEP_PACKAGE_TEST") != "1")
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A file still in use: the folder is under the temporary directory anyway.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [SetUp]
    public void RequirePackages()
    {
        foreach (CommandResult pack in _packs)
        {
            Assert.That(pack.Succeeded, Is.True, "dotnet pack failed:" + pack.Describe());
        }

        Assert.That(_packs, Has.Length.EqualTo(2));
    }

    [Test]
    public void PackExactlyTheGeneratorAndTheRuntime()
    {
        Assert.That(
            Directory.GetFiles(_feed).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { $"Kubesonnet.{Version}.nupkg", $"Kubesonnet.Generator.{Version}.nupkg" }));
    }

    [Test]
    public void GeneratorPackageHoldsTheAnalyzerItsDependenciesAndTheMSBuildGlue()
    {
        string package = Path.Combine(_feed, $"Kubesonnet.Generator.{Version}.nupkg");
        string[] entries = Entries(package);
        string[] analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(analyzers, Is.EquivalentTo(new[]
            {
                "analyzers/dotnet/cs/Kubesonnet.Generator.dll",
                "analyzers/dotnet/cs/SharpYaml.dll",
            }));
            Assert.That(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal)), Is.Empty, "an analyzer package has no lib/ assembly");
            Assert.That(entries, Does.Contain("build/Kubesonnet.Generator.props"));
            Assert.That(entries, Does.Contain("build/Kubesonnet.Generator.targets"));
            Assert.That(entries, Does.Contain("buildTransitive/Kubesonnet.Generator.props"));
            Assert.That(entries, Does.Contain("buildTransitive/Kubesonnet.Generator.targets"));
            Assert.That(entries, Does.Contain("README.md"));
        });

        string props = ReadEntry(package, "buildTransitive/Kubesonnet.Generator.props");
        Assert.Multiple(() =>
        {
            Assert.That(props, Does.Contain("""<CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="KubesonnetSchema" />"""));
            Assert.That(props, Does.Contain("""<CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="KubesonnetInclude" />"""));
            Assert.That(props, Does.Contain("""<CompilerVisibleProperty Include="KubesonnetNamespace" />"""));
        });

        XElement metadata = Metadata(package);
        XElement[] dependencies = metadata.Descendants(metadata.Name.Namespace + "dependency").ToArray();
        Assert.That(dependencies, Has.Length.EqualTo(1), metadata.ToString());
        Assert.Multiple(() =>
        {
            Assert.That((string?)dependencies[0].Attribute("id"), Is.EqualTo("Kubesonnet"));
            Assert.That((string?)dependencies[0].Attribute("version"), Is.EqualTo(Version));
            Assert.That((string?)dependencies[0].Attribute("exclude"), Does.Not.Contain("Compile").And.Not.Contain("Runtime"), "the runtime must reach the client's compilation and output");
            Assert.That(Value(metadata, "developmentDependency"), Is.Null.Or.EqualTo("false"), "a development dependency would not flow the runtime");
            Assert.That(Value(metadata, "description"), Does.Contain("Roslyn 4.8").And.Contain(".NET 8 SDK").And.Contain("17.8"));
        });
        AssertCommonMetadata(metadata, "Kubesonnet.Generator");
    }

    [Test]
    public void RuntimePackageHoldsTheLibraryForNet8()
    {
        string package = Path.Combine(_feed, $"Kubesonnet.{Version}.nupkg");
        string[] entries = Entries(package);
        Assert.Multiple(() =>
        {
            Assert.That(entries, Does.Contain("lib/net8.0/Kubesonnet.dll"));
            Assert.That(entries, Does.Contain("lib/net8.0/Kubesonnet.xml"));
            Assert.That(entries, Does.Contain("README.md"));
            Assert.That(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), Is.Empty);
        });

        XElement metadata = Metadata(package);
        Assert.That(metadata.Descendants(metadata.Name.Namespace + "dependency"), Is.Empty, "the runtime depends on nothing");
        AssertCommonMetadata(metadata, "Kubesonnet");
    }

    [Test]
    public async Task ClientBuildsRunsAndRegeneratesWhenTheSchemaChangesAsync()
    {
        string client = CreateClient("client", extraProperties: "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        string schema = Path.Combine(client, "certificates.k8s.io-v1.json");
        string original = File.ReadAllText(schema);
        WriteProgram(client, "Csr.New(\"x\") + Csr.Spec.WithSignerName(\"s\")");

        // 1. One PackageReference and a KubesonnetSchema item: builds, runs, prints the manifest.
        await BuildAndAssertSucceededAsync(client).ConfigureAwait(false);
        Assert.That(await RunClientAsync(client).ConfigureAwait(false), Is.EqualTo(ExpectedJson));
        string generated = Path.Combine(client, "obj", "Debug", ClientFramework, "generated", "Kubesonnet.Generator", "Kubesonnet.Generator.KubesonnetGenerator");
        Assert.That(Path.Combine(generated, "Certificates.V1.CertificateSigningRequest.g.cs"), Does.Exist, "EmitCompilerGeneratedFiles writes the generated files under obj/");

        // 2. A field added to the schema is usable in the next build, without cleaning.
        File.WriteAllText(schema, AddExampleField(original));
        WriteProgram(client, "Csr.New(\"x\") + Csr.Spec.WithSignerName(\"s\") + Csr.Spec.WithExampleField(\"v\")");
        await BuildAndAssertSucceededAsync(client).ConfigureAwait(false);
        Assert.That(await RunClientAsync(client).ConfigureAwait(false), Is.EqualTo(ExpectedJsonWithExampleField));

        // 3. Removed from the schema again: the setter is gone and the build fails where Program.cs still uses it.
        File.WriteAllText(schema, original);
        CommandResult build = await BuildAsync(client).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(build.TimedOut, Is.False, build.Describe());
            Assert.That(build.ExitCode, Is.Not.EqualTo(0), "the build must fail once exampleField is gone:" + build.Describe());
            Assert.That(build.Output, Does.Contain("error CS0117").And.Contain("WithExampleField"), build.Describe());
        });
    }

    [Test]
    public async Task KubesonnetEnabledFalseGeneratesNothingButKeepsTheRuntimeAsync()
    {
        string client = CreateClient(
            "disabled",
            extraProperties: "<KubesonnetEnabled>false</KubesonnetEnabled><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        File.WriteAllText(Path.Combine(client, "Program.cs"), """
            using System;
            using System.Linq;

            int generated = typeof(Program).Assembly.GetTypes().Count(t => t.Namespace?.StartsWith("Kubesonnet.Api", StringComparison.Ordinal) == true);
            Console.WriteLine($"generated types: {generated}");
            Console.WriteLine(Kubesonnet.Patch.FromJson("{\"a\":1}").ToJson());
            """);

        await BuildAndAssertSucceededAsync(client).ConfigureAwait(false);
        string output = await RunClientAsync(client).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(output, Is.EqualTo("generated types: 0\n{\"a\":1}").Or.EqualTo("generated types: 0" + Environment.NewLine + "{\"a\":1}"));
            Assert.That(Path.Combine(client, "obj", "Debug", ClientFramework, "generated", "Kubesonnet.Generator"), Does.Not.Exist);
        });

        // Switched back on from the command line: the next build, without cleaning, has the types again.
        CommandResult enabled = await BuildAsync(client, "-p:KubesonnetEnabled=true").ConfigureAwait(false);
        Assert.That(enabled.Succeeded, Is.True, enabled.Describe());
        Assert.That(await RunClientAsync(client).ConfigureAwait(false), Does.Not.StartWith("generated types: 0"));
    }

    [Test]
    public async Task CompilerOlderThanRoslyn48GetsWarningKsn800Async()
    {
        // The check reads CompilerApiVersion, the SDK's own reading of the compiler's version; this SDK's compiler is
        // newer than the floor, so the property is set here as an older compiler would set it.
        string client = CreateClient("old-compiler");
        WriteProgram(client, "Csr.New(\"x\") + Csr.Spec.WithSignerName(\"s\")");
        CommandResult build = await BuildAsync(client, "-p:CompilerApiVersion=roslyn4.7").ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(build.Succeeded, Is.True, build.Describe());
            Assert.That(build.Output, Does.Contain("warning KSN800").And.Contain("Roslyn 4.8").And.Contain("Roslyn 4.7"), build.Describe());
        });

        CommandResult current = await BuildAsync(client).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(current.Succeeded, Is.True, current.Describe());
            Assert.That(current.Output, Does.Not.Contain("KSN800"), current.Describe());
        });
    }

    [Test]
    public async Task ClientBuildsWithAnOlderCompilerThanTheSdksAsync()
    {
        // Roslyn 4.14 (Visual Studio 17.14), from the compiler toolset package: the oldest compiler NuGet serves here
        // (4.8.0, the floor itself, is not). RoslynCompilerType=Custom stops the SDK from replacing the package's
        // compiler with its own.
        string client = CreateClient(
            "roslyn-4.14",
            extraProperties: "<RoslynCompilerType>Custom</RoslynCompilerType>",
            extraItems: """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />""");
        WriteProgram(client, "Csr.New(\"x\") + Csr.Spec.WithSignerName(\"s\")");

        CommandResult build = await BuildAsync(client, "-v:normal").ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(build.Succeeded, Is.True, build.Describe());
            Assert.That(build.Output, Does.Contain(Path.Combine("microsoft.net.compilers.toolset", "4.14.0")), "the package's compiler must be the one that ran:" + build.Describe());
        });
        Assert.That(await RunClientAsync(client).ConfigureAwait(false), Is.EqualTo(ExpectedJson));
    }

    [Test]
    public async Task KubesonnetIncludeWithCommasAndKubesonnetSchemaFalseWorkThroughMSBuildAsync()
    {
        // demo.json: three independent kinds; KubesonnetInclude chooses two, separated by a comma (and a space).
        // gadget.crd.yaml: a CRD read because it is one. gizmo.crd.yaml (a CRD) and broken.json (an OpenAPI
        // document cut short, which would be KSN001) are marked KubesonnetSchema="false": never read.
        string client = CreateClient(
            "selection",
            certificatesSchema: false,
            extraItems: """
                <KubesonnetSchema Include="demo.json" KubesonnetInclude="demo.example.io/v1/Alpha, demo.example.io/v1/Beta" />
                <AdditionalFiles Include="gadget.crd.yaml" />
                <AdditionalFiles Include="gizmo.crd.yaml" KubesonnetSchema="false" />
                <AdditionalFiles Include="broken.json" KubesonnetSchema="false" />
                """);
        string kinds = string.Join(", ", new[] { "Alpha", "Beta", "Gamma" }.Select(kind =>
            $$"""
            "io.example.demo.v1.{{kind}}": { "type": "object", "description": "{{kind}}.",
              "x-kubernetes-group-version-kind": [ { "group": "demo.example.io", "version": "v1", "kind": "{{kind}}" } ],
              "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "size": { "type": "integer" },
                "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" } } }
            """));
        File.WriteAllText(Path.Combine(client, "demo.json"), """{ "swagger": "2.0", "info": { "title": "demo", "version": "1" }, "paths": {}, "definitions": { """ + kinds + " } }\n");
        File.WriteAllText(Path.Combine(client, "gadget.crd.yaml"), Crd("Gadget"));
        File.WriteAllText(Path.Combine(client, "gizmo.crd.yaml"), Crd("Gizmo"));
        File.WriteAllText(Path.Combine(client, "broken.json"), "{ \"swagger\": \"2.0\", \"definitions\": { \"io.example.demo.v1.Broken\": { \"type\": ");
        File.WriteAllText(Path.Combine(client, "Program.cs"), """
            using System;
            using System.Linq;

            foreach (string name in typeof(Program).Assembly.GetTypes()
                .Where(t => !t.IsNested && t.Namespace?.StartsWith("Kubesonnet.Api", StringComparison.Ordinal) == true)
                .Select(t => t.FullName!)
                .OrderBy(n => n, StringComparer.Ordinal))
            {
                Console.WriteLine(name);
            }

            Console.WriteLine((Kubesonnet.Api.Demo.V1.Beta.New("b") + Kubesonnet.Api.Demo.V1.Beta.WithSize(2)).ToJson());
            """);

        CommandResult build = await BuildAsync(client).ConfigureAwait(false);
        Assert.That(build.Succeeded, Is.True, "the client must build:" + build.Describe());
        Assert.That(build.Output, Does.Not.Contain("KSN"), "nothing is reported: broken.json is never read" + build.Describe());
        Assert.That((await RunClientAsync(client).ConfigureAwait(false)).Split('\n').Select(l => l.TrimEnd('\r')), Is.EqualTo(new[]
        {
            "Kubesonnet.Api.Demo.V1.Alpha",
            "Kubesonnet.Api.Demo.V1.Beta",
            "Kubesonnet.Api.Meta.V1.ManagedFieldsEntry",
            "Kubesonnet.Api.Meta.V1.ObjectMeta",
            "Kubesonnet.Api.Meta.V1.OwnerReference",
            "Kubesonnet.Api.Stable.V1.Gadget",
            """{"apiVersion":"demo.example.io/v1","kind":"Beta","metadata":{"name":"b"},"size":2}""",
        }));
    }

    /// <summary>A CustomResourceDefinition of stable.example.com/v1 <paramref name="kind"/>, with one field.</summary>
    private static string Crd(string kind) => $$"""
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: {{kind.ToLowerInvariant()}}s.stable.example.com }
        spec:
          group: stable.example.com
          scope: Namespaced
          names: { kind: {{kind}}, plural: {{kind.ToLowerInvariant()}}s }
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec: { type: object, properties: { size: { type: integer } } }
        """;

    private static void AssertCommonMetadata(XElement metadata, string id)
    {
        XNamespace ns = metadata.Name.Namespace;
        XElement? repository = metadata.Element(ns + "repository");
        XElement? license = metadata.Element(ns + "license");
        Assert.Multiple(() =>
        {
            Assert.That(Value(metadata, "id"), Is.EqualTo(id));
            Assert.That(Value(metadata, "version"), Is.EqualTo(Version));
            Assert.That(Value(metadata, "authors"), Is.Not.Null.And.Not.Empty);
            Assert.That(Value(metadata, "description"), Is.Not.Null.And.Not.Empty);
            Assert.That(Value(metadata, "releaseNotes"), Is.Not.Null.And.Not.Empty);
            Assert.That(Value(metadata, "tags"), Does.Contain("kubernetes"));
            Assert.That(Value(metadata, "readme"), Is.EqualTo("README.md"));
            Assert.That((string?)license?.Attribute("type"), Is.EqualTo("expression"));
            Assert.That(license?.Value, Is.EqualTo("Apache-2.0"));
            Assert.That((string?)repository?.Attribute("type"), Is.EqualTo("git"));
            Assert.That((string?)repository?.Attribute("url"), Is.EqualTo("https://github.com/kubesonnet/kubesonnet"));
        });
    }

    private static string? Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value;

    private static string[] Entries(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private static string ReadEntry(string package, string name)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in {package}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static XElement Metadata(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        ZipArchiveEntry nuspec = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspec.Open();
        XElement root = XDocument.Load(stream).Root ?? throw new InvalidDataException("empty nuspec");
        return root.Element(root.Name.Namespace + "metadata") ?? throw new InvalidDataException("nuspec without metadata");
    }

    /// <summary>Adds a string property <c>exampleField</c> to CertificateSigningRequestSpec, as a person would: in the text.</summary>
    private static string AddExampleField(string schema)
    {
        const string Definition = "\"io.k8s.api.certificates.v1.CertificateSigningRequestSpec\": {";
        const string Properties = "\"properties\": {";
        int definition = schema.IndexOf(Definition, StringComparison.Ordinal);
        Assert.That(definition, Is.GreaterThanOrEqualTo(0), "CertificateSigningRequestSpec is not in the schema");
        int properties = schema.IndexOf(Properties, definition, StringComparison.Ordinal);
        Assert.That(properties, Is.GreaterThan(definition), "CertificateSigningRequestSpec has no properties");
        int at = properties + Properties.Length;
        const string Field = "\n        \"exampleField\": {\n          \"description\": \"exampleField is a field added by a test.\",\n          \"type\": \"string\"\n        },";
        return schema[..at] + Field + schema[at..];
    }

    /// <summary>
    /// A console project in its own folder under the temporary root: a nuget.config that knows only the freshly packed
    /// folder and nuget.org and keeps its own global packages folder (so no cached 0.1.0 is taken for the new one),
    /// empty Directory.Build files (nothing from the folders above applies), the certificates schema (unless <paramref name="certificatesSchema"/> is false), and one PackageReference.
    /// </summary>
    private string CreateClient(string name, string extraProperties = "", string extraItems = "", bool certificatesSchema = true)
    {
        string client = Path.Combine(_root, name);
        Directory.CreateDirectory(client);
        File.Copy(Path.Combine(_repository, "schema", "certificates.k8s.io-v1.json"), Path.Combine(client, "certificates.k8s.io-v1.json"));
        File.WriteAllText(Path.Combine(client, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(client, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(client, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(client, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder(client)}" />
              </config>
              <packageSources>
                <clear />
                <add key="kubesonnet-local" value="{_feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(client, "Client.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{ClientFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Kubesonnet.Generator" Version="{Version}" />
                {(certificatesSchema ? "<KubesonnetSchema Include=\"certificates.k8s.io-v1.json\" />" : string.Empty)}
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        return client;
    }

    private static string PackagesFolder(string client) => Path.Combine(client, "packages");

    private static void WriteProgram(string client, string expression) =>
        File.WriteAllText(Path.Combine(client, "Program.cs"), $$"""
            using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

            Csr csr = {{expression}};
            System.Console.WriteLine(csr.ToJson());
            """);

    private static Task<CommandResult> BuildAsync(string client, params string[] extra)
    {
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder(client) };
        string[] arguments = new[] { "build", "Client.csproj", "-v:minimal" }.Concat(extra).ToArray();
        return DotnetCommand.RunAsync(client, BuildTimeout, environment, arguments);
    }

    private static async Task BuildAndAssertSucceededAsync(string client)
    {
        CommandResult build = await BuildAsync(client).ConfigureAwait(false);
        Assert.That(build.Succeeded, Is.True, "the client must build:" + build.Describe());
    }

    private static async Task<string> RunClientAsync(string client)
    {
        string assembly = Path.Combine(client, "bin", "Debug", ClientFramework, "Client.dll");
        CommandResult run = await DotnetCommand.RunAsync(client, RunTimeout, null, assembly).ConfigureAwait(false);
        Assert.That(run.Succeeded, Is.True, "the client must run:" + run.Describe());
        return run.Output.TrimEnd();
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? directory = new(TestContext.CurrentContext.TestDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Generators.sln was not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
