using Kubesonnet.Generator.Loading;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    public class JsonSkimTests
    {
        [Test]
        public void CutsTheTopLevelValueAndKeepsLines()
        {
            string json = "{\n \"a\": {\"paths\": [1]},\n \"paths\": {\n  \"/x\": { \"s\": \"}\\\"{[\" },\n  \"y\": [ {}, [] ]\n },\n \"b\": 2\n}";
            string cut = JsonSkim.WithoutTopLevelValue(json, "paths", out int at, out int removed);

            Assert.That(cut, Is.EqualTo("{\n \"a\": {\"paths\": [1]},\n \"paths\": {}\n\n\n,\n \"b\": 2\n}"));
            Assert.That(cut.Split('\n'), Has.Length.EqualTo(json.Split('\n').Length), "lines keep their numbers");
            Assert.That(at, Is.EqualTo(json.IndexOf("{\n  \"/x\"", System.StringComparison.Ordinal)));
            Assert.That(cut.Length + removed, Is.EqualTo(json.Length));
        }

        [TestCase("{ \"a\": 1 }")]
        [TestCase("[ \"paths\", {} ]")]
        [TestCase("paths: {}\n")]
        [TestCase("{ \"paths\": \"a string\" }")]
        [TestCase("{ \"paths\": { \"unterminated\": \"x }")]
        [TestCase("{ \"a\": { \"paths\": {} } }")]
        public void LeavesOtherTextAlone(string text) =>
            Assert.That(JsonSkim.WithoutTopLevelValue(text, "paths", out _, out int removed), Is.EqualTo(text).And.Length.EqualTo(text.Length - removed));
    }
}
