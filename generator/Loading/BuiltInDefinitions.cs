using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Definitions the generator carries for references that no schema file defines: apimachinery's ObjectMeta and
    /// what it refers to, from Kubernetes v1.21.2 (<c>BuiltIn/meta.v1.json</c>, the same text as in
    /// <c>schema/certificates.k8s.io-v1.json</c>). A custom resource's <c>metadata</c> is ObjectMeta, but a
    /// CustomResourceDefinition does not define it: with only CRD files, these definitions stand in; when a schema
    /// file defines them (Kubernetes' document), the file's are used and these are not generated.
    /// </summary>
    internal static class BuiltInDefinitions
    {
        /// <summary>The path generated files and diagnostics name as the definitions' source.</summary>
        public const string FilePath = "Kubesonnet.Generator/built-in meta.v1.json";

        private const string Resource = "Kubesonnet.Generator.Loading.BuiltIn.meta.v1.json";
        private const string Prefix = "io.k8s.apimachinery.pkg.apis.meta.v1.";

        /// <summary>The ids the built-in document defines, known without reading it.</summary>
        public static readonly IReadOnlyCollection<string> Ids = new HashSet<string>(StringComparer.Ordinal)
        {
            Prefix + "FieldsV1",
            Prefix + "ManagedFieldsEntry",
            Prefix + "ObjectMeta",
            Prefix + "OwnerReference",
            Prefix + "Time",
        };

        private static readonly Lazy<DocumentModel> s_document = new Lazy<DocumentModel>(Read, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The built-in document (<see cref="DocumentModel.IsFallback"/>), read once per process.</summary>
        public static DocumentModel Document => s_document.Value;

        private static DocumentModel Read()
        {
            using Stream stream = typeof(BuiltInDefinitions).Assembly.GetManifestResourceStream(Resource)
                ?? throw new InvalidOperationException("The generator's resource " + Resource + " is missing.");
            using var reader = new StreamReader(stream);
            DocumentModel document = SchemaLoader.Load(FilePath, reader.ReadToEnd(), markedAsSchema: true, CancellationToken.None)
                ?? throw new InvalidOperationException("The generator's resource " + Resource + " is not a schema.");
            return document with { IsFallback = true };
        }
    }
}
