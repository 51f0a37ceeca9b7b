using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Kubesonnet.Site.Tests
{
    /// <summary>
    /// The reference site (<c>bash docs/build-site.sh</c> writes it to <c>artifacts/site</c>) opened in headless
    /// Chromium: its start page and the page of one generated type render their titles and their code once the
    /// page's scripts have run. A screenshot of each is kept in <c>artifacts/site-screenshots</c> (or
    /// <c>KUBESONNET_SCREENSHOTS</c>) to look at. Without the built site or a Chromium the tests are skipped and say
    /// so (they fail instead where <c>KUBESONNET_SITE_REQUIRED</c> is set); <c>.ci/run</c> installs Chromium, builds the
    /// site and sets it before the tests.
    /// </summary>
    [NonParallelizable]
    public class SiteTests
    {
        private const string TypePage = "sample-api/Kubesonnet.Api.Certificates.V1.CertificateSigningRequest.html";

        [Test]
        [CancelAfter(180_000)]
        public void TheStartPageRendersItsTitleAndHighlightedCode()
        {
            string dom = Render("index.html", "start-page.png");

            Assert.That(Title(dom), Does.Contain("Kubesonnet"));
            Assert.That(Heading(dom), Is.EqualTo("Kubesonnet"));
            // The C# block, highlighted by the page's script (highlight.js marks the element and wraps tokens).
            string code = CodeElement(dom, "lang-csharp");
            Assert.That(Text(code), Does.Contain("Csr.New(\"alice-client\")"));
            Assert.That(code, Does.Contain("hljs-"), "the code is highlighted");
            // The navigation the template builds from toc.yml at load time.
            Assert.That(dom, Does.Contain("Runtime API").And.Contain("Generated API (sample)"));
            Assert.That(dom, Does.Contain("Kubesonnet.Api.Certificates.V1.CertificateSigningRequest.html"), "the cross-reference to the generated type resolved to its page");
        }

        [Test]
        [CancelAfter(180_000)]
        public void AGeneratedTypesPageRendersItsTitleDeclarationAndMembers()
        {
            string dom = Render(TypePage, "certificate-signing-request.png");

            Assert.That(Title(dom), Does.Contain("CertificateSigningRequest"));
            Assert.That(Heading(dom), Does.Contain("Struct CertificateSigningRequest"));
            // The declaration, as code, and the schema's description as the summary.
            string declaration = CodeElement(dom, "lang-csharp");
            Assert.That(Text(declaration), Does.Contain("public readonly struct CertificateSigningRequest"));
            Assert.That(Text(dom), Does.Contain("CertificateSigningRequest objects provide a mechanism to obtain x509 certificates"));
            // Members the generator wrote, with their own doc comments.
            Assert.That(Text(dom), Does.Contain("New(string)").And.Contain("ToYaml(bool)").And.Contain("ToJson(bool, bool)").And.Contain("Validate()"));
            // A whole-builder Mixin's summary inherits the group's description (<inheritdoc path="/summary/node()"/>
            // inside its own summary) and adds its paragraphs: docfx shows the whole text.
            Assert.That(Text(dom), Does.Match(@"WithSpecMixin\(CertificateSigningRequestSpec\) ?CertificateSigningRequestSpec contains the certificate request\. ?"
                + @"Merges a whole builder into the field, as the group's setters each would\. ?Note: This function appends passed data to existing values"));
        }

        [Test]
        public void ThePagesAreChecked()
        {
            // The checks above can fail: a page without code or with another title does not pass them.
            const string dom = "<html><head><title>Other</title></head><body><h1>Other</h1><p>No code</p></body></html>";

            Assert.That(Title(dom), Does.Not.Contain("Kubesonnet"));
            Assert.Throws<AssertionException>(() => CodeElement(dom, "lang-csharp"));
        }

        /// <summary>Loads a page of the site in headless Chromium, lets its scripts run, and returns the DOM as it is then.</summary>
        private static string Render(string page, string screenshot)
        {
            string site = Path.Combine(RepositoryRoot(), "artifacts", "site");
            string file = Path.Combine(site, page);
            if (!File.Exists(file))
            {
                Skip("The site is not built (no " + file + "): run `bash docs/build-site.sh` (.ci/run does).");
            }

            string? chromium = Chromium();
            if (chromium == null)
            {
                Skip("No Chromium: install Debian's `chromium` package (.ci/run does) or set KUBESONNET_CHROMIUM.");
            }

            // Served over HTTP as a user's browser gets it: the template's scripts are ES modules, which Chromium does
            // not run from file:// URLs.
            using var server = new StaticSite(site);
            string url = server.Address + page;
            string dom = Run(chromium!, "--dump-dom " + url);

            string folder = ScreenshotFolder();
            Directory.CreateDirectory(folder);
            string png = Path.Combine(folder, screenshot);
            File.Delete(png);
            Run(chromium!, "--window-size=1280,1600 --screenshot=" + Quote(png) + " " + url);
            Assert.That(File.Exists(png), "Chromium wrote no screenshot to " + png);
            byte[] bytes = File.ReadAllBytes(png);
            Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), png);
            TestContext.Out.WriteLine("Screenshot of " + page + ": " + png);
            return dom;
        }

        /// <summary>Skips the test, or fails it where <c>KUBESONNET_SITE_REQUIRED</c> is set (.ci/run sets it).</summary>
        private static void Skip(string message)
        {
            if (Environment.GetEnvironmentVariable("KUBESONNET_SITE_REQUIRED") is { Length: > 0 })
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        private static string Run(string chromium, string arguments)
        {
            string profile = Path.Combine(Path.GetTempPath(), "kubesonnet-chromium-" + Guid.NewGuid().ToString("N"));
            var start = new ProcessStartInfo(chromium)
            {
                // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. The virtual time budget lets the
                // page's scripts (navigation, highlighting) finish before the DOM is printed.
                Arguments = "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars "
                    + "--virtual-time-budget=15000 --user-data-dir=" + Quote(profile) + " " + arguments,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            try
            {
                using Process process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(150_000))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("Chromium did not finish: " + arguments);
                }

                Assert.That(process.ExitCode, Is.Zero, "chromium " + arguments + "\n" + error.Result);
                return output;
            }
            finally
            {
                try
                {
                    Directory.Delete(profile, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        private static string Title(string dom) => Text(Regex.Match(dom, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value);

        private static string Heading(string dom)
        {
            Match h1 = Regex.Match(dom, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline);
            Assert.That(h1.Success, "the page has a heading");
            return Text(h1.Groups[1].Value);
        }

        /// <summary>The first <c>&lt;code&gt;</c> element whose class has the given name, with its inner HTML.</summary>
        private static string CodeElement(string dom, string className)
        {
            Match code = Regex.Match(dom, "<code[^>]*class=\"[^\"]*\\b" + Regex.Escape(className) + "\\b[^\"]*\"[^>]*>(.*?)</code>", RegexOptions.Singleline);
            Assert.That(code.Success, "the page has a <code class=\"" + className + "\"> element");
            return code.Value;
        }

        /// <summary>Text without tags, entities decoded, white space collapsed.</summary>
        private static string Text(string html) =>
            Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty)), "\\s+", " ").Trim();

        private static string Quote(string path) => "\"" + path + "\"";

        private static string? Chromium()
        {
            if (Environment.GetEnvironmentVariable("KUBESONNET_CHROMIUM") is { Length: > 0 } configured)
            {
                return File.Exists(configured) ? configured : null;
            }

            return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(d => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(n => Path.Combine(d, n)))
                .FirstOrDefault(File.Exists);
        }

        private static string ScreenshotFolder() =>
            Environment.GetEnvironmentVariable("KUBESONNET_SCREENSHOTS") is { Length: > 0 } folder
                ? folder
                : Path.Combine(RepositoryRoot(), "artifacts", "site-screenshots");

        internal static string RepositoryRoot()
        {
            for (DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No Generators.sln above " + AppContext.BaseDirectory);
        }
    }
}
