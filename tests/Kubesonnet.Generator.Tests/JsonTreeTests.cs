using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kubesonnet.Generator.Loading;
using NUnit.Framework;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The JSON fast path builds the same tree, with the same positions, as SharpYaml's YAML parser.</summary>
    public class JsonTreeTests
    {
        // Kubernetes' document is always a case: absent, it is skipped with the shared-inputs message, never left out.
        private static IEnumerable<string> Documents()
        {
            yield return TestPaths.CertificatesSchema;
            yield return TestPaths.KubernetesOpenApi;
        }

        [TestCaseSource(nameof(Documents))]
        public void SameTreeAndPositionsAsSharpYaml(string path)
        {
            if (path == TestPaths.KubernetesOpenApi)
            {
                Kubesonnet.Testing.SharedData.RequireFile(path, "Kubernetes' OpenAPI document");
            }

            // Load passes over paths; SharpYaml gets the text with paths' value written {} and its lines kept.
            string text = File.ReadAllText(path);
            YamlDocument json = JsonTree.Parse(text, skippedKey: "paths");
            string cut = text;
            if (((YamlMappingNode)json.RootNode).Children.TryGetValue(new YamlScalarNode("paths"), out YamlNode? paths))
            {
                (Mark start, Mark end) = (paths.Start, paths.End);
                int newlines = text.Substring(start.Index, end.Index - start.Index).Count(c => c == '\n');
                cut = text.Substring(0, start.Index) + "{}" + new string('\n', newlines) + text.Substring(end.Index);
            }

            var yaml = new YamlStream();
            yaml.Load(new StringReader(cut));

            int compared = 0;
            Compare(yaml.Documents[0].RootNode, json.RootNode, "$", ref compared);
            Assert.That(compared, Is.GreaterThan(50));
        }

        [TestCase("{", 0, 1)]
        [TestCase("{\n \"a\": [1,\n 2,,]\n}", 2, 3)]
        [TestCase("{ \"a\": tru }", 0, 7)]
        [TestCase("{ \"a\": \"x\\q\" }", 0, 10)]
        [TestCase("{ \"a\": 1, \"a\": 2 }", 0, 10)]
        [TestCase("{ \"a\": 1 } x", 0, 11)]
        public void ReportsTheLineAndColumnOfAnError(string text, int line, int column)
        {
            YamlException? error = Assert.Throws<YamlException>(() => JsonTree.Parse(text));
            Assert.That((error!.Start.Line, error.Start.Column), Is.EqualTo((line, column)), error.Message);
        }

        [Test]
        public void NestingPastTheLimitIsALimitErrorNamingWhereItIs()
        {
            string text = "{ \"definitions\": { \"x\": [ 1, " + new string('[', Limits.MaxNesting) + new string(']', Limits.MaxNesting) + " ] } }";

            YamlReadException? error = Assert.Throws<YamlReadException>(() => JsonTree.Parse(text));
            Assert.That(error!.IsLimit, Is.True);
            // The array that opens level 257 is item 0 of level 256: one segment per level above it.
            Assert.That(error.Path, Does.StartWith("definitions/x/1/0/0/"));
            Assert.That(error.Path.Split('/'), Has.Length.EqualTo(Limits.MaxNesting));
            Assert.That(error.Message, Does.Contain("nest deeper than 256"));
        }

        [Test]
        public void NestingAtTheLimitIsRead()
        {
            string text = new string('[', Limits.MaxNesting - 1) + new string(']', Limits.MaxNesting - 1);

            YamlDocument document = JsonTree.Parse("{ \"a\": " + text + " }");

            // The whole tree is there: a, then the arrays one in the next, the innermost empty, each at its column.
            var entry = ((YamlMappingNode)document.RootNode).Children.Single();
            Assert.That(((YamlScalarNode)entry.Key).Value, Is.EqualTo("a"));
            YamlNode node = entry.Value;
            int depth = 0;
            while (node is YamlSequenceNode sequence && sequence.Children.Count == 1)
            {
                Assert.That(sequence.Start.Column, Is.EqualTo(7 + depth), "array " + depth);
                depth++;
                node = sequence.Children[0];
            }

            Assert.That(node, Is.InstanceOf<YamlSequenceNode>().And.Property(nameof(YamlSequenceNode.Children)).Empty);
            Assert.That(depth + 1, Is.EqualTo(Limits.MaxNesting - 1), "arrays read");
        }

        [Test]
        public void DecodesEscapes()
        {
            YamlDocument document = JsonTree.Parse("{ \"k\\u00e9y\": \"a\\\"b\\\\c\\/d\\n\\t\\ud83d\\ude00\" }");
            var entry = ((YamlMappingNode)document.RootNode).Children.Single();
            Assert.That(((YamlScalarNode)entry.Key).Value, Is.EqualTo("k\u00e9y"));
            Assert.That(((YamlScalarNode)entry.Value).Value, Is.EqualTo("a\"b\\c/d\n\t\ud83d\ude00"));
        }

        private static void Compare(YamlNode expected, YamlNode actual, string path, ref int compared)
        {
            switch (expected)
            {
                case YamlMappingNode mapping:
                    Assert.That(actual, Is.InstanceOf<YamlMappingNode>(), path);
                    var other = (YamlMappingNode)actual;
                    Assert.That(other.Children.Select(c => ((YamlScalarNode)c.Key).Value), Is.EqualTo(mapping.Children.Select(c => ((YamlScalarNode)c.Key).Value)), path);
                    AssertPosition(mapping.Start, other.Start, path);
                    compared++;
                    foreach (var (left, right) in mapping.Children.Zip(other.Children))
                    {
                        Compare(left.Value, right.Value, path + "/" + ((YamlScalarNode)left.Key).Value, ref compared);
                    }

                    break;
                case YamlSequenceNode sequence:
                    Assert.That(actual, Is.InstanceOf<YamlSequenceNode>(), path);
                    var items = ((YamlSequenceNode)actual).Children;
                    Assert.That(items, Has.Count.EqualTo(sequence.Children.Count), path);
                    AssertPosition(sequence.Start, actual.Start, path);
                    for (int i = 0; i < items.Count; i++)
                    {
                        Compare(sequence.Children[i], items[i], path + "/" + i, ref compared);
                    }

                    break;
                case YamlScalarNode scalar:
                    Assert.That(actual, Is.InstanceOf<YamlScalarNode>(), path);
                    Assert.That(((YamlScalarNode)actual).Value, Is.EqualTo(scalar.Value), path);
                    Assert.That(((YamlScalarNode)actual).Style == ScalarStyle.Plain, Is.EqualTo(scalar.Style == ScalarStyle.Plain), path + " (quoted or not)");
                    break;
            }
        }

        private static void AssertPosition(Mark expected, Mark actual, string path)
        {
            if ((expected.Line, expected.Column) != (actual.Line, actual.Column))
            {
                Assert.Fail(path + ": at " + actual + ", SharpYaml says " + expected);
            }
        }
    }
}
