using System;
using System.Text.Json;

namespace Kubesonnet.Tests;

public class FromJsonTests
{
    [Test]
    public void EveryFieldIsAReplace()
    {
        Patch patch = Patch.FromJson("{\"b\":{\"y\":[1,{\"z\":null}],\"x\":true},\"a\":\"s\"}");
        Assert.That(patch.ToModeText(), Is.EqualTo("{a: \"s\", b: {x: true, y: [1, {z: null}]}}"));
    }

    [Test]
    public void WhitespaceAndEscapesAreAccepted()
    {
        Patch patch = Patch.FromJson(" \r\n\t{ \"k\\u00e9y\" : \"v\\n\\\"\\u00e9\\ud83d\\ude00\" } \n");
        Assert.That(patch.ToJson(), Is.EqualTo("{\"kéy\":\"v\\n\\\"é😀\"}"));
    }

    [Test]
    public void EmptyObjectIsTheEmptyPatch()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Patch.FromJson("{}").IsEmpty, Is.True);
            Assert.That(Patch.FromJson("{}"), Is.EqualTo(Patch.Empty));
        });
    }

    private static JsonException Fails(string json) => Assert.Throws<JsonException>(() => Patch.FromJson(json))!;

    [Test]
    public void SyntaxErrorsGiveLineAndColumn()
    {
        JsonException error = Fails("{\n  \"a\": 1,\n  \"b\": nope\n}");
        Assert.Multiple(() =>
        {
            // The reader stops at the 'o': "n" could still have been null.
            Assert.That(error.Message, Does.StartWith("Invalid patch JSON at line 3, column 9: "));
            Assert.That(error.LineNumber, Is.EqualTo(2), "JsonException's own numbers are 0-based");
            Assert.That(error.BytePositionInLine, Is.EqualTo(8));
            Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
        });
    }

    [Test]
    public void ColumnsCountCharactersNotBytes()
    {
        JsonException error = Fails("{\"é日本\": x}");
        Assert.That(error.Message, Does.StartWith("Invalid patch JSON at line 1, column 9: "));
    }

    [TestCase("[1,2]", "found an array", 1)]
    [TestCase("\"text\"", "found a string", 1)]
    [TestCase("  42", "found a number", 3)]
    [TestCase("null", "found null", 1)]
    [TestCase("true", "found a boolean", 1)]
    public void TheRootMustBeAnObject(string json, string found, int column)
    {
        JsonException error = Fails(json);
        Assert.That(error.Message, Is.EqualTo($"Invalid patch JSON at line 1, column {column}: expected a JSON object at the root, {found}."));
    }

    [TestCase("", 1, 1)]
    [TestCase("   ", 1, 4)]
    [TestCase("{\"a\":1", 1, 7)]
    [TestCase("{\"a\":1,}", 1, 8)]
    [TestCase("{\"a\":1} {}", 1, 9)]
    [TestCase("{\"a\":1} x", 1, 9)]
    [TestCase("// comment\n{}", 1, 1)]
    [TestCase("{'a':1}", 1, 2)]
    public void MalformedInputIsRejectedWithItsPosition(string json, int line, int column)
    {
        JsonException error = Fails(json);
        Assert.That(error.Message, Does.StartWith($"Invalid patch JSON at line {line}, column {column}: "));
    }

    [Test]
    public void DuplicateKeysAreRejectedAtTheSecondOccurrence()
    {
        JsonException error = Fails("{\n \"a\": 1,\n \"b\": {\"x\": 1, \"x\": 2}\n}");
        Assert.That(error.Message, Is.EqualTo("Invalid patch JSON at line 3, column 16: duplicate key \"x\"."));
    }

    [Test]
    public void NullIsRejected() =>
        Assert.That(() => Patch.FromJson(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("json"));

    [Test]
    public void DeepDocumentsAreRead()
    {
        string json = new string('[', 200) + new string(']', 200);
        Patch patch = Patch.FromJson("{\"deep\":" + json + "}");
        Assert.That(patch.ToJson(), Is.EqualTo("{\"deep\":" + json + "}"));
    }
}
