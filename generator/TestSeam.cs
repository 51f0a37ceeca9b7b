using System;
using System.Threading;

namespace Kubesonnet.Generator
{
    /// <summary>
    /// A fault a test can inject into one stage of the pipeline, for one file or one type, to prove that KSN901 loses
    /// only that file or type and never the build. Internal, reachable only from the test assemblies
    /// (<c>InternalsVisibleTo</c>), and null unless a test sets it on its own async flow: the product never sets it.
    /// </summary>
    internal static class TestSeam
    {
        /// <summary>The stage that reads one file into the model (the argument: the file's path).</summary>
        public const string Load = "load";

        /// <summary>The stage that merges every document into the plan (the argument: the files, comma-separated).</summary>
        public const string Plan = "plan";

        /// <summary>The stage that writes one type's file (the argument: its hint name).</summary>
        public const string Emit = "emit";

        /// <summary>Given a stage and its argument, whether that stage throws there; for the current async flow only.</summary>
        internal static readonly AsyncLocal<Func<string, string, bool>?> Fault = new AsyncLocal<Func<string, string, bool>?>();

        /// <summary>Throws when a test asked this stage to fail for <paramref name="argument"/>; otherwise nothing.</summary>
        internal static void Check(string stage, string argument)
        {
            if (Fault.Value is { } fault && fault(stage, argument))
            {
                throw new InvalidOperationException("a fault injected by a test into the " + stage + " stage for " + argument);
            }
        }
    }
}
