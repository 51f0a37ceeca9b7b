using System.IO;
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
            string? shared = Corpus.FindCases("shared", "conformance", "cases");
            if (own == null)
            {
                Assert.Ignore("tests/conformance/cases is not above " + Corpus.ExpectedDirectory);
            }

            Assert.Multiple(() =>
            {
                foreach (string name in Corpus.ExpectedCases)
                {
                    string copy = Path.Combine(Corpus.ExpectedDirectory, name + ".json");
                    string source = Path.Combine(own!, name + ".json");
                    if (!File.Exists(source) && shared != null)
                    {
                        source = Path.Combine(shared, name + ".json");
                    }

                    if (!File.Exists(source))
                    {
                        Assert.That(name, Does.StartWith("event_"), "only the shared events/v1 cases may come from ../shared, which is absent");
                        continue;
                    }

                    Assert.That(File.ReadAllBytes(copy), Is.EqualTo(File.ReadAllBytes(source)), name + ".json differs from " + source);
                }

                // Inputs of cases (a YAML the case reads) are copied too.
                foreach (string source in Directory.GetFiles(own!, "*.yaml"))
                {
                    string copy = Path.Combine(Corpus.ExpectedDirectory, Path.GetFileName(source));
                    Assert.That(File.Exists(copy) ? File.ReadAllBytes(copy) : null, Is.EqualTo(File.ReadAllBytes(source)), Path.GetFileName(source) + " has no equal copy in Expected/");
                }

                foreach (string source in Directory.GetFiles(own!, "*.json"))
                {
                    Assert.That(File.Exists(Path.Combine(Corpus.ExpectedDirectory, Path.GetFileName(source))), Is.True,
                        Path.GetFileName(source) + " has no copy in Expected/");
                }
            });
        }
    }
}
