using System.Collections.Generic;
using Kubesonnet.Generator.Emitting;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>
    /// The emitting stage alone: hand-built type specs in, C# out, compared with one small snapshot folder per
    /// scenario (<c>Snapshots/Emitter/…</c>), and compiled.
    /// </summary>
    public class EmitterTests
    {
        private static EquatableArray<string> Path(params string[] segments) => segments.ToEquatableArray();

        private static MemberSpec Setter(string name, string parameter, ValueShape shape, params string[] path) =>
            new MemberSpec(MemberKind.Setter, name, "Sets " + parameter + ".", parameter, Path(path), shape, string.Empty, string.Empty, EquatableArray<MemberSpec>.Empty);

        private static MemberSpec Mixin(string name, string parameter, ValueShape shape, params string[] path) =>
            new MemberSpec(MemberKind.Mixin, name, "Merges into " + parameter + ".", parameter, Path(path), shape, string.Empty, string.Empty, EquatableArray<MemberSpec>.Empty);

        private static MemberSpec Group(string name, string[] path, params MemberSpec[] members) =>
            new MemberSpec(MemberKind.Group, name, "The " + name + " group.", string.Empty, Path(path), null, string.Empty, string.Empty, members.ToEquatableArray());

        private static ValueShape Of(ShapeKind kind) => ValueShape.Of(kind);

        private static TypeSpec Type(string name, string? kind, EquatableArray<MemberSpec> members, EquatableArray<MemberSpec> setters) =>
            new TypeSpec("Demo.V1." + name + ".g.cs", "Kubesonnet.Api.Demo.V1", name, "A " + name + " <made> by hand.", "com.example.demo.v1." + name, "/p/demo.json", kind == null ? null : "demo.example.com/v1", kind, false, members, setters);

        private static readonly TypeSpec s_kind = Type(
            "Gizmo",
            "Gizmo",
            new[]
            {
                Setter("WithName", "name", Of(ShapeKind.String), "name"),
                Setter("WithCount", "count", Of(ShapeKind.Int32), "count"),
                Setter("WithSize", "size", Of(ShapeKind.Int64), "size"),
                Setter("WithRatio", "ratio", Of(ShapeKind.Number), "ratio"),
                Setter("WithEnabled", "enabled", Of(ShapeKind.Boolean), "enabled"),
                Setter("WithData", "data", Of(ShapeKind.Bytes), "data"),
                Setter("WithSince", "since", Of(ShapeKind.Time), "since"),
                Setter("WithPort", "port", Of(ShapeKind.IntOrString), "port"),
                Setter("WithExtra", "extra", Of(ShapeKind.Json), "extra"),
                Setter("WithTags", "tags", new ValueShape(ShapeKind.Array, null, Of(ShapeKind.String)), "tags"),
                Mixin("WithTagsMixin", "tags", new ValueShape(ShapeKind.Array, null, Of(ShapeKind.String)), "tags"),
                Setter("WithLabels", "labels", new ValueShape(ShapeKind.Map, null, Of(ShapeKind.String)), "labels"),
                Mixin("WithLabelsMixin", "labels", new ValueShape(ShapeKind.Map, null, Of(ShapeKind.String)), "labels"),
                Group("Spec", new[] { "spec" }, Setter("WithMode", "mode", Of(ShapeKind.String), "spec", "mode")),
            }.ToEquatableArray(),
            EquatableArray<MemberSpec>.Empty);

        private static readonly TypeSpec s_part = Type(
            "Part",
            null,
            new[] { Setter("WithSerial", "serial", Of(ShapeKind.String), "serial") }.ToEquatableArray(),
            new[] { Setter("WithSerial", "serial", Of(ShapeKind.String), "serial") }.ToEquatableArray());

        private static readonly TypeSpec s_holder = Type(
            "Holder",
            "Holder",
            new[]
            {
                new MemberSpec(MemberKind.Group, "Part", "The part.", string.Empty, Path("part"), null, "global::Kubesonnet.Api.Demo.V1.Part", "com.example.demo.v1.Part", EquatableArray<MemberSpec>.Empty),
                Setter("WithParts", "parts", new ValueShape(ShapeKind.Array, null, new ValueShape(ShapeKind.Object, "global::Kubesonnet.Api.Demo.V1.Part", null)), "parts"),
            }.ToEquatableArray(),
            EquatableArray<MemberSpec>.Empty);

        [Test]
        public void AKindWithASetterOfEveryShape() => Verify("Emitter/KindWithEveryShape", s_kind);

        [Test]
        public void AGroupDerivedFromAnotherTypesSetters() => Verify("Emitter/GroupFromSetters", s_holder, s_part);

        private static void Verify(string folder, params TypeSpec[] types)
        {
            var files = new Dictionary<string, string>();
            var sources = new List<string>();
            foreach (TypeSpec type in types)
            {
                string source = Emitter.Emit(type);
                files.Add(type.HintName, source);
                sources.Add(source);
            }

            // What the emitter writes compiles without a warning against the runtime.
            var diagnostics = GeneratorHarness.Compilation(sources.ToArray()).GetDiagnostics();
            Assert.That(diagnostics, Is.Empty, string.Join("\n", diagnostics));
            Snapshots.Verify(folder, files);
        }
    }
}
