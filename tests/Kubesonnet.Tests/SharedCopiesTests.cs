using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Kubesonnet.Testing;
using NUnit.Framework;

namespace Kubesonnet.Tests
{
    /// <summary>
    /// The repository holds no copy of a file of the shared folder: every shared input is read where it lies. The check
    /// compares whole files byte for byte (by length first, then SHA-256), ignoring files shorter than
    /// <see cref="SharedCopies.MinimumLength"/> bytes (an empty file, <c>{}</c>, a one-line value).
    /// </summary>
    public class SharedCopiesTests
    {
        [Test]
        public void NoFileOfTheRepositoryIsACopyOfASharedFile()
        {
            string shared = SharedData.RequireDirectory(SharedData.Root, "the shared folder");
            string[] files = SharedCopies.RepositoryFiles(SharedData.RepositoryRoot);

            Assert.That(files, Has.Some.EndsWith("Generators.sln"), "the repository's files were listed");
            IReadOnlyList<(string File, string Shared)> copies = SharedCopies.Find(files, shared);
            Assert.That(copies.Select(c => Path.GetRelativePath(SharedData.RepositoryRoot, c.File) + " is a copy of " + c.Shared),
                Is.Empty, "files of the repository identical to a file of " + shared + " (read it there instead)");
        }

        // The check itself, on folders made here: a copy is found wherever it lies, a tiny file or one that only shares
        // the length is not.
        [Test]
        public void TheCheckFindsACopyAndIgnoresTinyAndSameLengthFiles()
        {
            string root = Path.Combine(Path.GetTempPath(), "kubesonnet-copies-" + Guid.NewGuid().ToString("N"));
            try
            {
                string repository = Directory.CreateDirectory(Path.Combine(root, "repository", "sub")).Parent!.FullName;
                string shared = Directory.CreateDirectory(Path.Combine(root, "shared", "deep", "er")).Parent!.Parent!.FullName;
                string text = new string('x', SharedCopies.MinimumLength) + "{\"apiVersion\":\"v1\"}\n";
                File.WriteAllText(Path.Combine(shared, "deep", "er", "case.json"), text);
                File.WriteAllText(Path.Combine(shared, "tiny.json"), "{}\n");
                File.WriteAllText(Path.Combine(shared, "empty.txt"), string.Empty);

                string copy = Path.Combine(repository, "sub", "renamed.json");
                File.WriteAllText(copy, text);
                File.WriteAllText(Path.Combine(repository, "tiny.json"), "{}\n");
                File.WriteAllText(Path.Combine(repository, "empty.cs"), string.Empty);
                File.WriteAllText(Path.Combine(repository, "same-length.json"), text.Replace("v1", "v2", StringComparison.Ordinal));

                string[] files = Directory.GetFiles(repository, "*", SearchOption.AllDirectories);
                Assert.That(files, Has.Length.EqualTo(4));
                Assert.That(SharedCopies.Find(files, shared), Is.EqualTo(new[] { (copy, Path.Combine("deep", "er", "case.json")) }));

                File.Delete(copy);
                Assert.That(SharedCopies.Find(files.Where(f => f != copy), shared), Is.Empty);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Finds files of the repository that are byte-for-byte copies of files of the shared folder.</summary>
    internal static class SharedCopies
    {
        /// <summary>Files shorter than this are too small to be a copy worth reporting (empty files, <c>{}</c>).</summary>
        public const int MinimumLength = 32;

        /// <summary>
        /// The repository's files: what git tracks or would add (<c>git ls-files --cached --others --exclude-standard</c>),
        /// else, without git, every file outside <c>.git</c>, <c>bin</c> and <c>obj</c>.
        /// </summary>
        public static string[] RepositoryFiles(string root)
        {
            string[]? listed = GitFiles(root);
            IEnumerable<string> files = listed != null
                ? listed.Select(f => Path.GetFullPath(Path.Combine(root, f)))
                : Walk(new DirectoryInfo(root));
            return files.Where(File.Exists).ToArray();
        }

        /// <summary>
        /// Each file of <paramref name="files"/> at least <see cref="MinimumLength"/> bytes long that is identical to a
        /// file under <paramref name="shared"/>, with that file's path relative to <paramref name="shared"/>.
        /// </summary>
        public static IReadOnlyList<(string File, string Shared)> Find(IEnumerable<string> files, string shared)
        {
            // Hash only the files whose length some file on the other side has: a few, not the whole shared folder.
            Dictionary<long, List<string>> byLength = files
                .Select(f => new FileInfo(f))
                .Where(f => f.Length >= MinimumLength)
                .GroupBy(f => f.Length)
                .ToDictionary(g => g.Key, g => g.Select(f => f.FullName).ToList());
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            string Hash(string path) => hashes.TryGetValue(path, out string? hash) ? hash : hashes[path] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

            var copies = new List<(string File, string Shared)>();
            foreach (FileInfo sharedFile in new DirectoryInfo(shared).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                if (!byLength.TryGetValue(sharedFile.Length, out List<string>? candidates))
                {
                    continue;
                }

                string hash = Hash(sharedFile.FullName);
                copies.AddRange(candidates.Where(c => Hash(c) == hash).Select(c => (c, Path.GetRelativePath(shared, sharedFile.FullName))));
            }

            return copies;
        }

        private static string[]? GitFiles(string root)
        {
            try
            {
                var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
                {
                    start.ArgumentList.Add(argument);
                }

                using Process git = Process.Start(start)!;
                System.Threading.Tasks.Task<string> errors = git.StandardError.ReadToEndAsync();
                string output = git.StandardOutput.ReadToEnd();
                git.WaitForExit();
                _ = errors.Result;
                return git.ExitCode == 0 ? output.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // no git on the machine
            }
        }

        private static IEnumerable<string> Walk(DirectoryInfo directory)
        {
            foreach (FileInfo file in directory.EnumerateFiles())
            {
                yield return file.FullName;
            }

            foreach (DirectoryInfo child in directory.EnumerateDirectories().Where(d => d.Name is not (".git" or "bin" or "obj")))
            {
                foreach (string file in Walk(child))
                {
                    yield return file;
                }
            }
        }
    }
}
