using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <c>--loop STAGE SECONDS</c>: runs one runtime stage in a plain loop for a profiler to sample (BenchmarkDotNet's
    /// own processes are short-lived and hard to attach to) and prints the best time per operation over batches
    /// of 20,000, which other processes on the machine disturb least. <c>--interleave ROUNDS</c>: the rows of
    /// <see cref="RuntimeWriteBenchmarks"/> in turn, a batch each per round, so that a slow spell of a shared machine
    /// falls on all of them alike; prints each row's best and median batch and their ratios to the hand-written
    /// writer. See docs/benchmarks.md.
    /// </summary>
    public static class ProfileLoop
    {
        private const int Batch = 20_000;

        /// <summary>
        /// <c>--interleave-read ROUNDS</c>: the rows of <see cref="ReadBenchmarks"/> in turn, one read of the 2,000
        /// manifests each per round; ratios to YamlDotNet's event parser.
        /// </summary>
        public static int InterleaveRead(string[] args)
        {
            if (args.Length != 2 || !int.TryParse(args[1], out int rounds) || rounds < 1)
            {
                Console.Error.WriteLine("usage: --interleave-read ROUNDS");
                return 2;
            }

            var read = new ReadBenchmarks();
            read.Setup();
            (string Name, Func<object> Run, int Batch)[] rows =
            {
                ("YamlDotNetParserEvents", () => read.YamlDotNetParserEvents(), 1),
                ("KubesonnetReader", () => read.KubesonnetReader(), 1),
                ("KubesonnetManifestsRead", () => read.KubesonnetManifestsRead(), 1),
                ("YamlDotNetYamlStream", () => read.YamlDotNetYamlStream(), 1),
            };
            Report(rows, rounds, "ms", 1, "YamlDotNetParserEvents");
            return 0;
        }

        public static int Interleave(string[] args)
        {
            if (args.Length != 2 || !int.TryParse(args[1], out int rounds) || rounds < 1)
            {
                Console.Error.WriteLine("usage: --interleave ROUNDS");
                return 2;
            }

            var write = new RuntimeWriteBenchmarks();
            write.Setup();
            (string Name, Func<object> Run, int Batch)[] rows =
            {
                ("HandWritten", write.HandWritten, Batch),
                ("Kubesonnet", write.Kubesonnet, Batch),
                ("KubernetesClientJson", write.KubernetesClientJson, Batch),
                ("KubesonnetYaml", write.KubesonnetYaml, Batch / 4),
                ("KubernetesClientYaml", write.KubernetesClientYaml, Batch / 100),
            };
            Report(rows, rounds, "ns", 1e6, "HandWritten");
            return 0;
        }

        public static int Run(string[] args)
        {
            if (args.Length != 3 || !double.TryParse(args[2], out double seconds))
            {
                Console.Error.WriteLine("usage: --loop setters|compose|deployment|write|all|validate|deployment-json|generator|load|plan|emit SECONDS");
                return 2;
            }

            if (args[1] is "generator" or "load" or "plan" or "emit")
            {
                return LoopGenerator(args[1], seconds);
            }

            var stages = new RuntimeStageBenchmarks();
            stages.Setup();
            var write = new RuntimeWriteBenchmarks();
            write.Setup();
            ValidationBenchmarks? validation = args[1] is "validate" or "validate-root" or "deployment-json" ? new ValidationBenchmarks() : null;
            validation?.Setup();
            Func<object> operation = args[1] switch
            {
                "validate" => validation!.Validate,
                "validate-root" => validation!.ValidateRootOnly,
                "deployment-json" => validation!.ToJson,
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

            return Loop(args[1], operation, Batch, seconds);
        }

        // The generator on Kubernetes' v1.21.2 document: a fresh driver (GeneratorBenchmarks.FreshDriver) or one stage
        // (GeneratorStageBenchmarks), one run per batch.
        private static int LoopGenerator(string stage, double seconds)
        {
            Func<object> operation;
            if (stage == "generator")
            {
                var generator = new GeneratorBenchmarks { Schema = "kubernetes-v1.21.2" };
                generator.Setup();
                operation = generator.FreshDriver;
            }
            else
            {
                var stages = new GeneratorStageBenchmarks();
                stages.Setup();
                operation = stage switch
                {
                    "load" => stages.Load,
                    "plan" => stages.Plan,
                    _ => () => stages.Emit(),
                };
            }

            return Loop(stage, operation, 1, seconds);
        }

        private static int Loop(string name, Func<object> operation, int batchSize, double seconds)
        {
            var total = Stopwatch.StartNew();
            double best = double.MaxValue;
            var times = new List<double>();
            long count = 0;
            int[] collections = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            TimeSpan paused = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            while (total.Elapsed.TotalSeconds < seconds)
            {
                var batch = Stopwatch.StartNew();
                for (int i = 0; i < batchSize; i++)
                {
                    operation();
                }

                double perOperation = batch.Elapsed.TotalMilliseconds * 1e6 / batchSize;
                times.Add(perOperation);
                best = Math.Min(best, perOperation);
                count += batchSize;
            }

            times.Sort();
            double spent = total.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{name}: best {best:F0} ns, median {times[times.Count / 2]:F0} ns per operation ({count} operations)");
            Console.WriteLine(
                $"  per operation: {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)count / 1e6:F2} MB allocated; "
                + $"collections gen0 {(GC.CollectionCount(0) - collections[0]) / (double)count:F2}, gen1 {(GC.CollectionCount(1) - collections[1]) / (double)count:F2}, "
                + $"gen2 {(GC.CollectionCount(2) - collections[2]) / (double)count:F2}; paused for collections {100 * (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / spent:F0} % of the time");
            return 0;
        }

        // Warms every row up (a batch each), then runs `rounds` rounds of one batch per row in turn; prints each
        // row's best and median batch per operation (milliseconds times `scale`, in `unit`) and their ratios to the
        // first row's.
        private static void Report((string Name, Func<object> Run, int Batch)[] rows, int rounds, string unit, double scale, string baseline)
        {
            var times = new List<double>[rows.Length];
            for (int r = 0; r < rows.Length; r++)
            {
                times[r] = new List<double>();
                for (int i = 0; i < rows[r].Batch; i++)
                {
                    rows[r].Run(); // warm up: every tier of the JIT
                }
            }

            for (int round = 0; round < rounds; round++)
            {
                for (int r = 0; r < rows.Length; r++)
                {
                    var batch = Stopwatch.StartNew();
                    for (int i = 0; i < rows[r].Batch; i++)
                    {
                        rows[r].Run();
                    }

                    times[r].Add(batch.Elapsed.TotalMilliseconds * scale / rows[r].Batch);
                }
            }

            double Median(List<double> values)
            {
                var sorted = values.OrderBy(v => v).ToList();
                return sorted[sorted.Count / 2];
            }

            double baseBest = times[0].Min();
            double baseMedian = Median(times[0]);
            Console.WriteLine($"{rounds} rounds; per operation: best batch, median batch, ratios to {baseline}");
            for (int r = 0; r < rows.Length; r++)
            {
                double best = times[r].Min();
                double median = Median(times[r]);
                Console.WriteLine($"{rows[r].Name,-24} best {best,10:F0} {unit} ({best / baseBest,6:F2}x)   median {median,10:F0} {unit} ({median / baseMedian,6:F2}x)");
            }
        }
    }
}
