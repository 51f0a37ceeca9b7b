using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Certificates.V1;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;
using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;

namespace Kubesonnet.Tests.Conformance
{
    /// <summary>
    /// The conformance cases where jsonnet fails at run time, or silently concatenates strings: the typed API rejects
    /// them with an exception that names the path (README, "Where Kubesonnet differs"). The untyped values come from
    /// <see cref="Patch.Set"/> with free-form JSON, the way a patch read from JSON would hold them.
    /// </summary>
    public class DeviationTests
    {
        private static Csr Raw(string path, string json) =>
            Patch.Set(new PatchPath(path.Split('.')), PatchValue.Json(JsonNode.Parse(json))).As<Csr>();

        private static void AssertMergeFails(Func<Csr> compose, string path)
        {
            KubesonnetMergeException? exception = Assert.Throws<KubesonnetMergeException>(() => compose());
            Assert.That(exception!.Path, Is.EqualTo(path));
            Assert.That(exception.Message, Does.Contain(path));
        }

        // csr.new('x') + { metadata+: { finalizers: { not: 'array' } } } + csr.metadata.withFinalizersMixin('f'): jsonnet fails too
        [Test]
        public void mixin_array_onto_object() =>
            AssertMergeFails(() => Csr.New("x") + Raw("metadata.finalizers", "{\"not\":\"array\"}") + Csr.Metadata.WithFinalizersMixin("f"), "metadata.finalizers");

        // jsonnet: "str[\"f\"]" (string concatenation); Kubesonnet refuses
        [Test]
        public void mixin_array_onto_string_concats() =>
            AssertMergeFails(() => Csr.New("x") + Raw("metadata.finalizers", "\"str\"") + Csr.Metadata.WithFinalizersMixin("f"), "metadata.finalizers");

        // withLabels(['not', 'an', 'object']) + withLabelsMixin({ a: '1' }): jsonnet fails too
        [Test]
        public void mixin_object_onto_array() =>
            AssertMergeFails(() => Csr.New("x") + Raw("metadata.labels", "[\"not\",\"an\",\"object\"]") + Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["a"] = "1" }), "metadata.labels");

        // withExtra(5) + withExtraMixin({ a: ['1'] }): jsonnet fails too
        [Test]
        public void mixin_object_onto_number() =>
            AssertMergeFails(() => Csr.New("x") + Raw("spec.extra", "5") + Csr.Spec.WithExtraMixin(new Dictionary<string, IReadOnlyList<string>> { ["a"] = new[] { "1" } }), "spec.extra");

        // jsonnet: "str{\"a\": \"1\"}"; Kubesonnet refuses
        [Test]
        public void mixin_object_onto_string_concats() =>
            AssertMergeFails(() => Csr.New("x") + Raw("metadata.labels", "\"str\"") + Csr.Metadata.WithLabelsMixin(new Dictionary<string, string> { ["a"] = "1" }), "metadata.labels");

        // { spec: null } + csr.spec.withSignerName('s'): jsonnet fails too
        [Test]
        public void nested_setter_onto_null_parent() =>
            AssertMergeFails(() => Patch.FromJson("{\"spec\":null}").As<Csr>() + Csr.Spec.WithSignerName("s"), "spec");

        // jsonnet: "str{\"signerName\": \"s\"}"; Kubesonnet refuses
        [Test]
        public void nested_setter_onto_string_parent() =>
            AssertMergeFails(() => Patch.FromJson("{\"spec\":\"str\"}").As<Csr>() + Csr.Spec.WithSignerName("s"), "spec");

        // null_array_with, null_object_mixin_onto_object, null_object_mixin_unset, null_object_with, null_scalar:
        // jsonnet writes null (or fails); the typed setters take non-null values and throw ArgumentNullException naming the
        // parameter. An explicit JSON null is still possible with Patch.Set(path, PatchValue.Null).
        [Test]
        public void null_arguments_throw_naming_the_parameter()
        {
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Metadata.WithLabels(null!))!.ParamName, Is.EqualTo("labels"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Metadata.WithLabelsMixin(null!))!.ParamName, Is.EqualTo("labels"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Spec.WithExtra(null!))!.ParamName, Is.EqualTo("extra"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Metadata.WithNamespace(null!))!.ParamName, Is.EqualTo("namespace"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Spec.WithSignerName(null!))!.ParamName, Is.EqualTo("signerName"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => Csr.Metadata.WithFinalizers((string[])null!))!.ParamName, Is.EqualTo("finalizers"));
            Assert.That(Assert.Throws<ArgumentException>(() => Csr.Spec.WithUsagesMixin(new string[] { null! }))!.ParamName, Is.EqualTo("usages"));

            Csr explicitNull = Csr.New("x") + Patch.Set(new PatchPath("metadata", "labels"), PatchValue.Null).As<Csr>();
            Assert.That(explicitNull.ToJson(), Is.EqualTo("{\"apiVersion\":\"certificates.k8s.io/v1\",\"kind\":\"CertificateSigningRequest\",\"metadata\":{\"labels\":null,\"name\":\"x\"}}"));
        }

        [Test]
        public void patches_of_other_types_do_not_compose()
        {
            // CertificateSigningRequest + CertificateSigningRequestSpec is a compile error: the snippet is compiled
            // against this assembly's generated types, beside a control that adds two of the same type.
            const string Usings = "using Csr = Kubesonnet.Api.Certificates.V1.CertificateSigningRequest;\n"
                + "using Spec = Kubesonnet.Api.Certificates.V1.CertificateSigningRequestSpec;\n";

            Assert.That(CompileErrors(Usings + "static class P { static Csr M(Csr a, Csr b) => a + b; static Spec N(Spec a, Spec b) => a + b; }"), Is.Empty, "the control");
            string[] errors = CompileErrors(Usings + "static class P { static object M(Csr csr, Spec spec) => csr + spec; }");
            Assert.That(errors, Has.Length.EqualTo(1));
            Assert.That(errors[0], Does.StartWith("CS0019").And.Contain("CertificateSigningRequest").And.Contain("CertificateSigningRequestSpec"));
        }

        /// <summary>The errors of compiling <paramref name="source"/> against the framework, the runtime and this assembly.</summary>
        private static string[] CompileErrors(string source)
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            IEnumerable<MetadataReference> references = trusted.Split(System.IO.Path.PathSeparator)
                .Where(p => p.Length > 0)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(typeof(Patch).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(DeviationTests).Assembly.Location));
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Probe",
                new[] { CSharpSyntaxTree.ParseText(source) },
                references.GroupBy(r => System.IO.Path.GetFileName(r.Display)).Select(g => g.First()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray();
        }
    }
}
