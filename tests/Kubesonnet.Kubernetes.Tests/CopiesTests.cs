using System.IO;
using System.Linq;
using Kubesonnet.Testing;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// <c>Expected/</c> holds copies of what jsonnet printed; these tests keep the copies equal to the cases they were
    /// copied from, so that a case re-run with <c>tests/conformance/run.sh</c> cannot silently drift from its test.
    /// </summary>
    public class CopiesTests
    {
        [Test]
        public void EveryExpectedFileIsAByteForByteCopyOfItsCase()
        {
            string? own = Corpus.FindCases("tests", "conformance", "cases");
            if (own == null)
            {
                Assert.Ignore("tests/conformance/cases is not above " + Corpus.ExpectedDirectory);
            }

            Assert.Multiple(() =>
            {
                foreach (string name in Corpus.ExpectedCases.Where(n => !n.StartsWith("event_", System.StringComparison.Ordinal)))
                {
                    string copy = Path.Combine(Corpus.ExpectedDirectory, name + ".json");
                    string source = Path.Combine(own!, name + ".json");
                    Assert.That(File.Exists(source), Is.True, name + ".json has no case in " + own);
                    if (File.Exists(source))
                    {
                        Assert.That(File.ReadAllBytes(copy), Is.EqualTo(File.ReadAllBytes(source)), name + ".json differs from " + source);
                    }
                }

                foreach (string source in Directory.GetFiles(own!, "*.json"))
                {
                    Assert.That(File.Exists(Path.Combine(Corpus.ExpectedDirectory, Path.GetFileName(source))), Is.True,
                        Path.GetFileName(source) + " has no copy in Expected/");
                }
            });
        }

        [Test]
        public void EveryEventFileIsAByteForByteCopyOfTheSharedCase()
        {
            // The events/v1 cases come from the shared corpus: only there can they be checked.
            string shared = SharedData.RequireDirectory(Corpus.SharedCases, "the shared conformance corpus");
            string[] events = Corpus.ExpectedCases.Where(n => n.StartsWith("event_", System.StringComparison.Ordinal)).ToArray();

            Assert.That(events, Is.Not.Empty);
            Assert.Multiple(() =>
            {
                foreach (string name in events)
                {
                    string source = Path.Combine(shared, name + ".json");
                    Assert.That(File.Exists(source), Is.True, name + ".json is not a case of " + shared);
                    if (File.Exists(source))
                    {
                        Assert.That(File.ReadAllBytes(Path.Combine(Corpus.ExpectedDirectory, name + ".json")), Is.EqualTo(File.ReadAllBytes(source)), name + ".json differs from " + source);
                    }
                }
            });
        }
    }
}
