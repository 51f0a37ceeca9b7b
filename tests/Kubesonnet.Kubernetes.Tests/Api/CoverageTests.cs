using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// Every jsonnet case this project carries over is a test named after it: all of <c>tests/conformance/cases</c>, the
    /// shared corpus' <c>event_*</c> cases (read in the shared folder), and every file of <c>Expected/</c>.
    /// </summary>
    public class CoverageTests
    {
        private static readonly HashSet<string> Tests = new(typeof(CoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<TestAttribute>() != null)
            .Select(m => m.Name));

        [Test]
        public void EveryOwnCaseIsATest()
        {
            string? cases = Corpus.FindCases("tests", "conformance", "cases");
            if (cases == null)
            {
                Assert.Ignore("tests/conformance/cases is not above " + Corpus.ExpectedDirectory);
            }

            string[] names = Directory.GetFiles(cases!, "*.jsonnet").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToArray();
            Assert.That(names, Is.Not.Empty);
            Assert.That(names.Where(n => !Tests.Contains(n)), Is.Empty, "cases of tests/conformance/cases without a test");
        }

        [Test]
        public void EverySharedEventCaseIsATest()
        {
            string cases = Kubesonnet.Testing.SharedData.RequireDirectory(Corpus.SharedCases, "the shared conformance corpus");

            string[] events = Directory.GetFiles(cases, "event_*.jsonnet").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToArray();
            Assert.That(events, Is.Not.Empty);
            Assert.That(events.Where(n => !Tests.Contains(n)), Is.Empty, "events/v1 cases of the shared corpus without a test");
        }

        [Test]
        public void EveryExpectedFileIsATest() =>
            Assert.That(Corpus.ExpectedCases.Where(n => !Tests.Contains(n)), Is.Empty, "Expected/*.json without a test");
    }
}
