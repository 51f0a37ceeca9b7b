using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// <c>Expected/</c> holds copies of what jsonnet printed for our own cases (<c>tests/conformance/cases</c>); this test
    /// keeps the copies equal to the cases they were copied from, so that a case re-run with
    /// <c>tests/conformance/run.sh</c> cannot silently drift from its test. It holds nothing else: the shared corpus'
    /// outputs are read in the shared folder (<see cref="Corpus.SharedExpected"/>), and a file of <c>Expected/</c> with
    /// no case of its own, such as a copy of a shared case, fails here.
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

            string[] expected = Corpus.ExpectedCases.ToArray();
            Assert.That(expected, Is.Not.Empty, "Expected/*.json");
            Assert.Multiple(() =>
            {
                foreach (string name in expected)
                {
                    string copy = Path.Combine(Corpus.ExpectedDirectory, name + ".json");
                    string source = Path.Combine(own!, name + ".json");
                    Assert.That(File.Exists(source), Is.True, name + ".json has no case in " + own);
                    if (File.Exists(source))
                    {
                        Assert.That(File.ReadAllBytes(copy), Is.EqualTo(File.ReadAllBytes(source)), name + ".json differs from " + source);
                    }
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
