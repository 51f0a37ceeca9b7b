using System;
using System.Diagnostics;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <c>--loop STAGE SECONDS</c>: runs one runtime stage in a plain loop for a profiler to sample (BenchmarkDotNet's
    /// own processes are short-lived and hard to attach to) and prints the best time per operation over batches
    /// of 20,000, which other processes on the machine disturb least. See docs/benchmarks.md, "Profiling".
    /// </summary>
    public static class ProfileLoop
    {
        private const int Batch = 20_000;

        public static int Run(string[] args)
        {
            if (args.Length != 3 || !double.TryParse(args[2], out double seconds))
            {
                Console.Error.WriteLine("usage: --loop setters|compose|deployment|write|all SECONDS");
                return 2;
            }

            var stages = new RuntimeStageBenchmarks();
            stages.Setup();
            var write = new RuntimeWriteBenchmarks();
            write.Setup();
            Func<object> operation = args[1] switch
            {
                "setters" => stages.Setters,
                "compose" => stages.Compose,
                "deployment" => stages.ComposeDeployment,
                "write" => stages.Write,
                "all" => write.Kubesonnet,
                _ => null!,
            };
            if (operation is null)
            {
                Console.Error.WriteLine($"unknown stage '{args[1]}'");
                return 2;
            }

            var total = Stopwatch.StartNew();
            double best = double.MaxValue;
            long count = 0;
            while (total.Elapsed.TotalSeconds < seconds)
            {
                var batch = Stopwatch.StartNew();
                for (int i = 0; i < Batch; i++)
                {
                    operation();
                }

                best = Math.Min(best, batch.Elapsed.TotalMilliseconds * 1e6 / Batch);
                count += Batch;
            }

            Console.WriteLine($"{args[1]}: best {best:F0} ns per operation ({count} operations)");
            return 0;
        }
    }
}
