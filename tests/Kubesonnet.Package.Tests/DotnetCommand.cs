using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kubesonnet.Package.Tests;

/// <summary>
/// What one run of the <c>dotnet</c> CLI did: its command line, exit code, output (standard output and error, as they
/// came) and duration; <see cref="StandardOutput"/> is standard output alone.
/// </summary>
internal sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string Output, TimeSpan Elapsed)
{
    public string StandardOutput { get; init; } = string.Empty;

    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The command and everything it printed, for assertion messages.</summary>
    public string Describe()
    {
        string outcome = TimedOut ? "timed out and was killed" : $"exited with {ExitCode}";
        return $"\n$ {CommandLine}\n  (in {WorkingDirectory}; {outcome} after {Elapsed.TotalSeconds:F1} s)\n{Output}";
    }
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process with a timeout: telemetry off, English messages, no MSBuild
/// variables inherited from the <c>dotnet test</c> that runs these tests, and no build servers left behind (they would
/// hold the output pipes open and outlive the test).
/// </summary>
internal static class DotnetCommand
{
    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (environment != null)
        {
            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }
        }

        string commandLine = "dotnet " + string.Join(" ", arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var gate = new object();
        void Append(string? line, bool isStandardOutput)
        {
            if (line != null)
            {
                lock (gate)
                {
                    output.AppendLine(line);
                    if (isStandardOutput)
                    {
                        standardOutput.Append(line).Append('\n');
                    }
                }
            }
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, isStandardOutput: true);
        process.ErrorDataReceived += (_, e) => Append(e.Data, isStandardOutput: false);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            try
            {
                // Waits for the exit and for the end of both output streams.
                await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                if (!process.HasExited)
                {
                    timedOut = true;
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }

                // Otherwise it exited but something it started still holds the output open: keep what was read.
            }
        }

        stopwatch.Stop();
        string text;
        string standardText;
        lock (gate)
        {
            text = output.ToString();
            standardText = standardOutput.ToString();
        }

        return new CommandResult(commandLine, workingDirectory, process.HasExited ? process.ExitCode : -1, timedOut, text, stopwatch.Elapsed)
        {
            StandardOutput = standardText,
        };
    }
}
