using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;

namespace Kubesonnet.Kubernetes.Tests
{
    /// <summary>
    /// The tests under <c>Api/</c> use types generated from Kubernetes' document, so without the document they cannot
    /// compile. <c>ApiTests.txt</c> names each of them (one line per test case): without the document
    /// <c>ApiPlaceholders</c> turns each line into a test skipped with the shared-inputs message, so that the
    /// run counts them as skipped instead of losing them; with it, <c>Api/ApiListTests</c> checks that the file names
    /// exactly the tests compiled.
    /// </summary>
    internal static class ApiTestList
    {
        public const string Namespace = "Kubesonnet.Kubernetes.Tests.Api";

        public static string File => Path.Combine(AppContext.BaseDirectory, "ApiTests.txt");

        /// <summary>The names in <c>ApiTests.txt</c>, in file order.</summary>
        public static IReadOnlyList<string> Listed() =>
            System.IO.File.ReadAllLines(File).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

        /// <summary>
        /// The test cases compiled in <paramref name="assembly"/> under <see cref="Namespace"/>: <c>Class.Method</c>
        /// for a [Test], <c>Class.Method[i]</c> for the i-th [TestCase] of a method.
        /// </summary>
        public static IReadOnlyList<string> Compiled(Assembly assembly)
        {
            var names = new List<string>();
            foreach (Type type in assembly.GetTypes().Where(t => t.Namespace == Namespace).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                foreach (MethodInfo method in type.GetMethods().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    int cases = method.GetCustomAttributes<TestCaseAttribute>().Count();
                    if (method.GetCustomAttributes<TestCaseSourceAttribute>().Any())
                    {
                        throw new InvalidOperationException(type.Name + "." + method.Name + ": [TestCaseSource] under Api/ cannot be listed in ApiTests.txt; use [TestCase].");
                    }

                    if (cases > 0)
                    {
                        names.AddRange(Enumerable.Range(1, cases).Select(i => type.Name + "." + method.Name + "[" + i + "]"));
                    }
                    else if (method.GetCustomAttribute<TestAttribute>() != null)
                    {
                        names.Add(type.Name + "." + method.Name);
                    }
                }
            }

            return names;
        }
    }

#if !KUBESONNET_API
    /// <summary>Without Kubernetes' document: one skipped test for each test of <c>Api/</c>, named as it is.</summary>
    public class ApiPlaceholders
    {
        private static IEnumerable<TestCaseData> Listed() =>
            ApiTestList.Listed().Select(name => new TestCaseData(name).SetName(name));

        [TestCaseSource(nameof(Listed))]
        public void WithoutTheDocument(string name) =>
            Kubesonnet.Testing.SharedData.Skip("Kubernetes' OpenAPI document (" + name + " uses types generated from it)", DocumentTests.KubernetesOpenApi);
    }
#endif
}
