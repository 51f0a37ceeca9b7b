using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using NUnit.Framework;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// Our loop over SharpYaml's parser builds the tree SharpYaml's own loader builds, with its positions; only the end of
    /// an object or an array differs: SharpYaml's ends where the node's first event does, ours where the node ends (as
    /// <see cref="JsonTree"/>'s positions do), so that a diagnostic about an object spans it.
    /// </summary>
    public class YamlReadingTests
    {
        private static IEnumerable<string> Documents()
        {
            yield return File.ReadAllText(Path.Combine(CrdTests.CrdFolder, "crontab.yaml"));
            yield return File.ReadAllText(Path.Combine(CrdTests.CrdFolder, "ops-bundle.yaml"));
            yield return "# flow style\n" + File.ReadAllText(TestPaths.CertificatesSchema);
            yield return "a: &x { b: [ 1, \"2\", '3', !t five, ~ ] }\nl: |\n  four\n  lines\nf: >-\n  folded\n  text\nc: *x\n---\nd: [ &y e, *y ]\n";
        }

        [Test]
        public void PositionsAreSet()
        {
            Assert.That(YamlReading.SetsPositions, Is.True, "SharpYaml's private setters of Start and End were not found: the pinned version changed?");
        }

        [TestCaseSource(nameof(Documents))]
        public void BuildsTheTreeSharpYamlsLoaderBuilds(string text)
        {
            var expected = new YamlStream();
            expected.Load(new StringReader(text));
            var actual = new YamlStream();
            var diagnostics = new List<DiagnosticInfo>();
            YamlReading.Load(text, actual, new Findings("x.yaml", diagnostics), CancellationToken.None);

            Assert.That(diagnostics, Is.Empty);
            Assert.That(actual.Documents.Count, Is.EqualTo(expected.Documents.Count));
            for (int i = 0; i < expected.Documents.Count; i++)
            {
                AssertSame(actual.Documents[i].RootNode, expected.Documents[i].RootNode, "$");
            }
        }

        private static void AssertSame(YamlNode actual, YamlNode expected, string path)
        {
            Assert.That(actual.GetType(), Is.EqualTo(expected.GetType()), path);
            Assert.That((actual.Start.Index, actual.Start.Line, actual.Start.Column), Is.EqualTo((expected.Start.Index, expected.Start.Line, expected.Start.Column)), path + " start");
            if (expected is YamlScalarNode)
            {
                Assert.That((actual.End.Index, actual.End.Line, actual.End.Column), Is.EqualTo((expected.End.Index, expected.End.Line, expected.End.Column)), path + " end");
            }
            else
            {
                Assert.That(actual.End.Index, Is.GreaterThanOrEqualTo(expected.End.Index), path + " end");
            }
            switch (expected)
            {
                case YamlScalarNode scalar:
                    var other = (YamlScalarNode)actual;
                    Assert.That((other.Value, other.Style, other.Tag), Is.EqualTo((scalar.Value, scalar.Style, scalar.Tag)), path);
                    break;
                case YamlSequenceNode sequence:
                    var items = ((YamlSequenceNode)actual).Children;
                    Assert.That(items.Count, Is.EqualTo(sequence.Children.Count), path);
                    for (int i = 0; i < items.Count; i++)
                    {
                        AssertSame(items[i], sequence.Children[i], path + "/" + i);
                    }

                    break;
                case YamlMappingNode mapping:
                    var entries = ((YamlMappingNode)actual).Children.ToList();
                    Assert.That(entries.Select(e => ((YamlScalarNode)e.Key).Value), Is.EqualTo(mapping.Children.Select(e => ((YamlScalarNode)e.Key).Value)), path);
                    int n = 0;
                    foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                    {
                        AssertSame(entries[n].Key, entry.Key, path + "/" + ((YamlScalarNode)entry.Key).Value + " (key)");
                        AssertSame(entries[n++].Value, entry.Value, path + "/" + ((YamlScalarNode)entry.Key).Value);
                    }

                    break;
            }
        }
    }
}
