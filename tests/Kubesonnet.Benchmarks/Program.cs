using BenchmarkDotNet.Running;

namespace Kubesonnet.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--loop")
            {
                return ProfileLoop.Run(args);
            }

            if (args.Length > 0 && args[0] == "--compile")
            {
                return CompileLoop.Run(args);
            }

            if (args.Length > 0 && args[0] == "--interleave-read")
            {
                return ProfileLoop.InterleaveRead(args);
            }

            if (args.Length > 0 && args[0] == "--client-builds")
            {
                return ClientBuilds.Run(args);
            }

            if (args.Length > 0 && args[0] == "--interleave")
            {
                return ProfileLoop.Interleave(args);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
