using Kubesonnet.Generator.Loading;
using NUnit.Framework;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>A document's <c>paths</c> is passed over, not parsed, and everything after it keeps its position.</summary>
    public class JsonTreeSkipTests
    {
        private const string Document = "{\n \"a\": {\"paths\": [1]},\n \"paths\": {\n  \"/x\": { \"s\": \"}\\\"{[\" },\n  \"y\": [ {}, [] ]\n }, \"b\": { \"c\": 2 }\n}";

        [Test]
        public void TheRootsValueIsAnEmptyObjectAndLaterNodesKeepTheirLinesAndColumns()
        {
            YamlDocument document = JsonTree.Parse(Document, skippedKey: "paths");
            var root = (YamlMappingNode)document.RootNode;

            Assert.That(((YamlMappingNode)YamlTree.Get(root, "paths")!).Children, Is.Empty);
            Assert.That(((YamlSequenceNode)YamlTree.Get((YamlMappingNode)YamlTree.Get(root, "a")!, "paths")!).Children, Has.Count.EqualTo(1), "only the root's key is passed over");

            // "b"'s object opens on line 5 (from 0), after the closing brace of paths, where the text has it.
            YamlNode b = YamlTree.Get(root, "b")!;
            (Mark start, Mark end) = (b.Start, b.End);
            int index = Document.IndexOf("{ \"c\"", System.StringComparison.Ordinal);
            Assert.That((start.Line, start.Column, start.Index), Is.EqualTo((5, index - Document.LastIndexOf('\n', index) - 1, index)));
            Assert.That(end.Line, Is.EqualTo(5));
            YamlNode paths = YamlTree.Get(root, "paths")!;
            (Mark pathsStart, Mark pathsEnd) = (paths.Start, paths.End);
            Assert.That((pathsStart.Line, pathsEnd.Line), Is.EqualTo((2, 5)));
        }

        [TestCase("{ \"paths\": \"a string\" }")]
        [TestCase("{ \"paths\": 5, \"b\": {} }")]
        public void AValueThatIsNoObjectOrArrayIsParsedAsAnyOther(string text)
        {
            YamlDocument document = JsonTree.Parse(text, skippedKey: "paths");
            Assert.That(YamlTree.Get((YamlMappingNode)document.RootNode, "paths"), Is.InstanceOf<YamlScalarNode>());
        }

        [Test]
        public void AnUnclosedValueIsParsedAndItsErrorReported()
        {
            YamlException? error = Assert.Throws<YamlException>(() => JsonTree.Parse("{ \"paths\": { \"unterminated\": \"x }", skippedKey: "paths"));
            Assert.That(error!.Start.Line, Is.EqualTo(0));
        }
    }
}
