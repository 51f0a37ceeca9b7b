using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Schema.Tests;

/// <summary>
/// Where the user's seed page documents a field, the schema repeats the seed's text byte for byte, so the
/// generated doc comments match k8s-libsonnet's.
/// </summary>
[TestFixture]
public sealed class SeedDescriptionTests
{
    private const int ExpectedSetterCount = 31;

    private SeedDocument seed = null!;
    private JsonObject definitions = null!;
    private string kindDefinitionName = null!;

    [OneTimeSetUp]
    public void LoadSeedAndSchema()
    {
        string seedPath = TestPaths.SeedFile;
        if (!File.Exists(seedPath))
        {
            // Each test says so (RequireSeed): a skip here would not name the shared inputs per test.
            return;
        }

        seed = SeedDocument.Load(seedPath);
        definitions = SchemaDocument.Definitions(SchemaDocument.Load(TestPaths.SchemaFile));

        // The seed's package is named after its kind: certificateSigningRequest → CertificateSigningRequest.
        string kind = char.ToUpperInvariant(seed.PackageName[0]) + seed.PackageName[1..];
        kindDefinitionName = definitions
            .Where(d => d.Value?["x-kubernetes-group-version-kind"] is JsonArray gvks
                        && gvks.Any(g => g?["kind"]?.GetValue<string>() == kind))
            .Select(d => d.Key)
            .Single();
    }

    [SetUp]
    public void RequireSeed() => Kubesonnet.Testing.SharedData.RequireFile(TestPaths.SeedFile, "the seed page");

    [Test]
    public void SeedHasTheExpectedSetters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(seed.Functions, Has.Count.EqualTo(ExpectedSetterCount));
            Assert.That(seed.IndexedFunctionCount, Is.EqualTo(ExpectedSetterCount), "setters listed in the seed's index");
            Assert.That(seed.Groups.Keys, Is.EquivalentTo(new[] { "metadata", "spec" }));
        });
    }

    [Test]
    public void KindDescriptionIsTheSeedsPackageText()
    {
        Assert.That(Description(definitions[kindDefinitionName]), Is.EqualTo(seed.PackageText));
    }

    [Test]
    public void GroupDefinitionDescriptionsAreTheSeedsGroupTexts()
    {
        Assert.Multiple(() =>
        {
            foreach ((string group, string text) in seed.Groups)
            {
                string definitionName = GroupDefinitionName(group);
                Assert.That(Description(definitions[definitionName]), Is.EqualTo(text), $"description of {definitionName} (obj {group})");
            }
        });
    }

    [Test]
    public void GroupPropertiesAreBareRefs()
    {
        JsonObject properties = SchemaDocument.Properties(definitions[kindDefinitionName]!.AsObject());

        Assert.Multiple(() =>
        {
            foreach (string group in seed.Groups.Keys)
            {
                JsonObject? property = properties[group]?.AsObject();
                Assert.That(property?.Select(p => p.Key), Is.EqualTo(new[] { "$ref" }), $"{kindDefinitionName}.{group}");
            }
        });
    }

    [TestCaseSource(nameof(SetterNames))]
    public void PropertyDescriptionIsTheSeedsSetterText(string setter)
    {
        SeedFunction function = seed.Functions.Single(f => f.ToString() == setter);
        string definitionName = GroupDefinitionName(function.Group);
        JsonNode? property = SchemaDocument.Properties(definitions[definitionName]!.AsObject())[function.PropertyName];

        Assert.That(property, Is.Not.Null, $"{definitionName} has no property {function.PropertyName}");
        Assert.That(Description(property), Is.EqualTo(function.Text), $"description of {definitionName}.{function.PropertyName}");
        if (function.IsMixin)
        {
            string? type = property!["type"]?.GetValue<string>();
            Assert.That(type, Is.EqualTo("array").Or.EqualTo("object"), "a Mixin setter needs an array or a map");
        }
    }

    // Names of the seed's setters, read when the cases are built; one placeholder case when the seed is absent,
    // so that the test reports Ignored rather than vanishing.
    private static IEnumerable<string> SetterNames()
    {
        string seedPath = TestPaths.SeedFile;
        if (!File.Exists(seedPath))
        {
            return ["<seed absent>"];
        }

        return SeedDocument.Load(seedPath).Functions.Select(f => f.ToString());
    }

    private string GroupDefinitionName(string group)
    {
        JsonNode? property = SchemaDocument.Properties(definitions[kindDefinitionName]!.AsObject())[group];
        return SchemaDocument.RefTarget(property)
               ?? throw new InvalidOperationException($"{kindDefinitionName}.{group} is not a $ref to a definition.");
    }

    private static string? Description(JsonNode? node) => node?["description"]?.GetValue<string>();
}
