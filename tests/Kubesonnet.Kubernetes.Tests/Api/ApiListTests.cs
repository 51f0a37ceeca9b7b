using System;
using Kubesonnet.Testing;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

[assembly: Kubesonnet.Kubernetes.Tests.Api.UsesKubernetesDocument]

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>ApiTests.txt names exactly the tests of Api/ (what stands in for them when the document is absent).</summary>
    public class ApiListTests
    {
        [Test]
        public void TheListNamesEveryApiTest()
        {
            var compiled = ApiTestList.Compiled(typeof(ApiListTests).Assembly);

            Assert.That(compiled, Has.Count.GreaterThanOrEqualTo(40), "the tests under Api/");
            Assert.That(ApiTestList.Listed(), Is.EqualTo(compiled),
                "ApiTests.txt must name every test of Api/ in this order (one line each):\n" + string.Join("\n", compiled));
        }
    }

    /// <summary>
    /// Marks every test of Api/ as one that uses the shared inputs (the types it calls were generated from Kubernetes'
    /// document at build time), for the count <c>.ci/run</c> checks.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class UsesKubernetesDocumentAttribute : Attribute, ITestAction
    {
        public ActionTargets Targets => ActionTargets.Test;

        public void BeforeTest(ITest test)
        {
            if (test.Method?.MethodInfo.DeclaringType?.Namespace == ApiTestList.Namespace)
            {
                SharedData.Used("Kubernetes' OpenAPI document, through the types generated from it");
            }
        }

        public void AfterTest(ITest test)
        {
        }
    }
}
