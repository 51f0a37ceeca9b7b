using System;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Microsoft.OpenApi.Validations;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Reads a SharpYaml tree that Kubesonnet has already parsed and preprocessed with Microsoft.OpenApi.Readers.
    /// </summary>
    /// <remarks>
    /// Microsoft.OpenApi.Readers 1.6 reads a <c>YamlDocument</c> in its internal <c>OpenApiYamlDocumentReader</c>;
    /// its public readers take text only. Handing it our tree saves parsing the document a second time (a fifth
    /// of the generator's time on Kubernetes' 5 MB document). The package version is pinned and shipped beside
    /// the generator, so the entry point cannot change under us; should it be missing all the same, the tree
    /// is written back to text and read through the public <see cref="OpenApiStringReader"/>.
    /// </remarks>
    internal static class OpenApiReading
    {
        private static readonly ConstructorInfo? s_constructor;
        private static readonly MethodInfo? s_read;

        static OpenApiReading()
        {
            try
            {
                Type? type = typeof(OpenApiStringReader).Assembly.GetType("Microsoft.OpenApi.Readers.OpenApiYamlDocumentReader");
                s_constructor = type?.GetConstructor(
                    BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance,
                    null,
                    new[] { typeof(OpenApiReaderSettings) },
                    null);
                s_read = type?.GetMethod(
                    "Read",
                    BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance,
                    null,
                    new[] { typeof(YamlDocument), typeof(OpenApiDiagnostic).MakeByRefType() },
                    null);
            }
            catch (Exception)
            {
                s_constructor = null;
                s_read = null;
            }
        }

        /// <summary>True when the tree is handed to the reader directly (tested: it must be, with the pinned package).</summary>
        public static bool ReadsTreeDirectly => s_constructor != null && s_read != null;

        public static OpenApiDocument Read(YamlDocument document, out OpenApiDiagnostic diagnostic)
        {
            var settings = new OpenApiReaderSettings
            {
                ReferenceResolution = ReferenceResolutionSetting.DoNotResolveReferences,
                RuleSet = ValidationRuleSet.GetEmptyRuleSet(),
                LoadExternalRefs = false,
            };

            if (ReadsTreeDirectly)
            {
                object reader = s_constructor!.Invoke(new object[] { settings });
                object?[] arguments = { document, null };
                try
                {
                    var result = (OpenApiDocument)s_read!.Invoke(reader, arguments);
                    diagnostic = (OpenApiDiagnostic?)arguments[1] ?? new OpenApiDiagnostic();
                    return result;
                }
                catch (TargetInvocationException exception) when (exception.InnerException != null)
                {
                    ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                    throw;
                }
            }

            var text = new StringWriter();
            new YamlStream(document).Save(text, true, 2);
            return new OpenApiStringReader(settings).Read(text.ToString(), out diagnostic);
        }
    }
}
