using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Kubesonnet.Schema.Tests;

/// <summary>The schema file on its own: well-formed, swagger 2.0, the expected definitions, closed under <c>$ref</c>.</summary>
[TestFixture]
public sealed class SchemaFileTests
{
    private static readonly string[] ExpectedDefinitions =
    [
        "io.k8s.api.certificates.v1.CertificateSigningRequest",
        "io.k8s.api.certificates.v1.CertificateSigningRequestCondition",
        "io.k8s.api.certificates.v1.CertificateSigningRequestList",
        "io.k8s.api.certificates.v1.CertificateSigningRequestSpec",
        "io.k8s.api.certificates.v1.CertificateSigningRequestStatus",
        "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference",
        "io.k8s.apimachinery.pkg.apis.meta.v1.Time",
    ];

    [Test]
    public void FileIsUtf8WithoutBomAndEndsWithNewline()
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.SchemaFile);

        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "the file starts with a BOM");
            Assert.That(bytes[^1], Is.EqualTo((byte)'\n'), "the file does not end with a newline");
            Assert.That(() => new UTF8Encoding(false, true).GetString(bytes), Throws.Nothing, "the file is not valid UTF-8");
            Assert.That(bytes, Does.Not.Contain((byte)'\r'), "the file has CR line endings");
        });
    }

    [Test]
    public void FileIsPrettyPrintedWithTwoSpaces()
    {
        string text = File.ReadAllText(TestPaths.SchemaFile);
        JsonSerializerOptions options = new()
        {
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        string reprinted = SchemaDocument.Load(TestPaths.SchemaFile).ToJsonString(options) + "\n";

        Assert.That(text, Is.EqualTo(reprinted));
    }

    [Test]
    public void IsSwagger2WithTitleAndVersion()
    {
        JsonObject document = SchemaDocument.Load(TestPaths.SchemaFile);

        Assert.Multiple(() =>
        {
            Assert.That(document["swagger"]?.GetValue<string>(), Is.EqualTo("2.0"));
            Assert.That(document["info"]?["title"]?.GetValue<string>(), Is.EqualTo("Kubernetes certificates.k8s.io/v1 (Kubesonnet)"));
            Assert.That(document["info"]?["version"]?.GetValue<string>(), Is.EqualTo("v1.21.2"));
            Assert.That(document["paths"]?.AsObject(), Is.Empty);
        });
    }

    [Test]
    public void HasExactlyTheExpectedDefinitions()
    {
        JsonObject definitions = SchemaDocument.Definitions(SchemaDocument.Load(TestPaths.SchemaFile));

        Assert.That(definitions.Select(d => d.Key), Is.EquivalentTo(ExpectedDefinitions));
    }

    [Test]
    public void EveryRefResolvesInsideTheFile()
    {
        JsonObject document = SchemaDocument.Load(TestPaths.SchemaFile);
        JsonObject definitions = SchemaDocument.Definitions(document);

        List<string> unresolved = SchemaDocument.AllRefs(document)
            .Where(r => !r.Reference.StartsWith(SchemaDocument.DefinitionsPrefix, StringComparison.Ordinal)
                        || !definitions.ContainsKey(r.Reference[SchemaDocument.DefinitionsPrefix.Length..]))
            .Select(r => $"{r.Path}: {r.Reference}")
            .ToList();

        Assert.That(unresolved, Is.Empty);
    }

    [Test]
    public void DefinitionsAndPropertiesAreInOrdinalOrder()
    {
        JsonObject definitions = SchemaDocument.Definitions(SchemaDocument.Load(TestPaths.SchemaFile));
        List<string> unordered = new();

        string[] definitionNames = definitions.Select(d => d.Key).ToArray();
        if (!definitionNames.SequenceEqual(definitionNames.Order(StringComparer.Ordinal)))
        {
            unordered.Add("definitions");
        }

        foreach ((string name, JsonNode? definition) in definitions)
        {
            string[] propertyNames = SchemaDocument.Properties(definition!.AsObject()).Select(p => p.Key).ToArray();
            if (!propertyNames.SequenceEqual(propertyNames.Order(StringComparer.Ordinal)))
            {
                unordered.Add(name);
            }
        }

        Assert.That(unordered, Is.Empty);
    }

    [Test]
    public void EveryDefinitionAndPropertyHasADescription()
    {
        JsonObject definitions = SchemaDocument.Definitions(SchemaDocument.Load(TestPaths.SchemaFile));
        List<string> missing = new();
        foreach ((string name, JsonNode? definition) in definitions)
        {
            if (string.IsNullOrWhiteSpace(definition?["description"]?.GetValue<string>()))
            {
                missing.Add(name);
            }

            foreach ((string property, JsonNode? schema) in SchemaDocument.Properties(definition!.AsObject()))
            {
                // A bare $ref borrows the referenced definition's description.
                bool bareRef = schema is JsonObject { Count: 1 } obj && obj.ContainsKey("$ref");
                if (!bareRef && string.IsNullOrWhiteSpace(schema?["description"]?.GetValue<string>()))
                {
                    missing.Add($"{name}.{property}");
                }
            }
        }

        Assert.That(missing, Is.Empty);
    }
}
