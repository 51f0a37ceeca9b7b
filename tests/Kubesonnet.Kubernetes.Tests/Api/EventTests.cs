using System;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using NUnit.Framework;
using CoreEvent = Kubesonnet.Api.Core.V1.Event;
using Ev = Kubesonnet.Api.Events.V1.Event;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// The events/v1 cases of the shared corpus (<c>../shared/conformance/cases/event_*.jsonnet</c>, made with
    /// <c>lib/event.libsonnet</c>), written with <see cref="Ev"/> and compared with the outputs in the shared folder;
    /// and the two Events of the document side by side.
    /// </summary>
    public class EventTests
    {
        private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;

        // ev.new('e')
        // + ev.regarding.withKind('Pod') + ev.regarding.withName('p') + ev.regarding.withNamespace('ns')
        // + ev.related.withUid('u')
        // + ev.series.withCount(3) + ev.series.withLastObservedTime('2021-01-01T00:00:00.000000Z')
        // + ev.deprecatedSource.withComponent('kubelet') + ev.deprecatedSource.withHost('node-1')
        // + ev.metadata.withFinalizersMixin('x')
        [Test]
        public void event_nested_refs()
        {
            Ev ev = Ev.New("e")
                + Ev.Regarding.WithKind("Pod") + Ev.Regarding.WithName("p") + Ev.Regarding.WithNamespace("ns")
                + Ev.Related.WithUid("u")
                + Ev.Series.WithCount(3) + Ev.Series.WithLastObservedTime("2021-01-01T00:00:00.000000Z")
                + Ev.DeprecatedSource.WithComponent("kubelet") + Ev.DeprecatedSource.WithHost("node-1")
                + Ev.Metadata.WithFinalizersMixin("x");
            Corpus.AssertMatchesShared(nameof(event_nested_refs), ev.ToJson());

            // lastObservedTime is a MicroTime: the DateTimeOffset overload writes the same six-digit UTC text.
            Ev typed = Ev.New("e")
                + Ev.Regarding.WithKind("Pod") + Ev.Regarding.WithName("p") + Ev.Regarding.WithNamespace("ns")
                + Ev.Related.WithUid("u")
                + Ev.Series.WithCount(3) + Ev.Series.WithLastObservedTime(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero))
                + Ev.DeprecatedSource.WithComponent("kubelet") + Ev.DeprecatedSource.WithHost("node-1")
                + Ev.Metadata.WithFinalizersMixin("x");
            Corpus.AssertMatchesShared(nameof(event_nested_refs), typed.ToJson());
        }

        // {
        //   obj: ev.new('e') + ev.withAction({ a: 1 }) + ev.withAction('Created') + ev.withType('Normal') + ev.withDeprecatedCount(2),
        //   replaceObject: { note: { keep: false } } + ev.withNote('n'),
        //   hasWithKind: std.objectHas(ev, 'withKind'),
        //   hasRegardingWithKind: std.objectHas(ev.regarding, 'withKind'),
        //   hasRegardingWithApiVersion: std.objectHas(ev.regarding, 'withApiVersion'),
        // }
        //
        // withAction({ a: 1 }) passes an object for a string: a compile error with WithAction(string). What the case
        // checks (a top-level setter replaces whatever was there, even an object) carries over with the object put in
        // place by an untyped patch, as a patch read from JSON would hold it. { note: { keep: false } } is a
        // hand-written object: Patch.FromJson.
        [Test]
        public void event_top_level_plain()
        {
            Ev actionObject = Patch.Set(new PatchPath("action"), PatchValue.Json(JsonNode.Parse("{\"a\":1}"))).As<Ev>();
            Ev obj = Ev.New("e") + actionObject + Ev.WithAction("Created") + Ev.WithType("Normal") + Ev.WithDeprecatedCount(2);
            Ev replaceObject = Patch.FromJson("{\"note\":{\"keep\":false}}").As<Ev>() + Ev.WithNote("n");

            static string Has(Type type, string method) => type.GetMethods(PublicStatic).Any(m => m.Name == method) ? "true" : "false";

            Corpus.AssertMatchesShared(nameof(event_top_level_plain), Corpus.Object(
                ("obj", obj.ToJson()),
                ("replaceObject", replaceObject.ToJson()),
                ("hasWithKind", Has(typeof(Ev), "WithKind")),
                ("hasRegardingWithKind", Has(typeof(Ev.Regarding), "WithKind")),
                ("hasRegardingWithApiVersion", Has(typeof(Ev.Regarding), "WithApiVersion"))));
        }

        // The document has core/v1 Event (apiVersion v1) and events.k8s.io/v1 Event (and v1beta1): one kind name,
        // three types in three namespaces, each with its own fields.
        [Test]
        public void the_two_events_are_different_types()
        {
            Assert.That(typeof(CoreEvent), Is.Not.EqualTo(typeof(Ev)));
            Assert.That(typeof(CoreEvent).Namespace, Is.EqualTo("Kubesonnet.Api.Core.V1"));
            Assert.That(typeof(Ev).Namespace, Is.EqualTo("Kubesonnet.Api.Events.V1"));
            Assert.That(typeof(Kubesonnet.Api.Events.V1beta1.Event).Namespace, Is.EqualTo("Kubesonnet.Api.Events.V1beta1"));

            Assert.That(CoreEvent.New("e").ToJson(), Is.EqualTo("{\"apiVersion\":\"v1\",\"kind\":\"Event\",\"metadata\":{\"name\":\"e\"}}"));
            Assert.That(Ev.New("e").ToJson(), Is.EqualTo("{\"apiVersion\":\"events.k8s.io/v1\",\"kind\":\"Event\",\"metadata\":{\"name\":\"e\"}}"));
            Assert.That(Kubesonnet.Api.Events.V1beta1.Event.New("e").ToJson(),
                Is.EqualTo("{\"apiVersion\":\"events.k8s.io/v1beta1\",\"kind\":\"Event\",\"metadata\":{\"name\":\"e\"}}"));

            // core/v1: involvedObject, message, source, count; events/v1: regarding, note, deprecatedSource, deprecatedCount.
            Assert.That(typeof(CoreEvent).GetNestedType("InvolvedObject"), Is.Not.Null);
            Assert.That(typeof(CoreEvent).GetNestedType("Source"), Is.Not.Null);
            Assert.That(typeof(CoreEvent).GetMethod("WithMessage"), Is.Not.Null);
            Assert.That(typeof(CoreEvent).GetMethod("WithNote"), Is.Null);
            Assert.That(typeof(Ev).GetNestedType("Regarding"), Is.Not.Null);
            Assert.That(typeof(Ev).GetNestedType("DeprecatedSource"), Is.Not.Null);
            Assert.That(typeof(Ev).GetMethod("WithNote"), Is.Not.Null);
            Assert.That(typeof(Ev).GetMethod("WithMessage"), Is.Null);

            CoreEvent core = CoreEvent.New("e") + CoreEvent.InvolvedObject.WithKind("Pod") + CoreEvent.WithMessage("m") + CoreEvent.WithCount(2);
            Assert.That(core.ToJson(), Is.EqualTo(
                "{\"apiVersion\":\"v1\",\"count\":2,\"involvedObject\":{\"kind\":\"Pod\"},\"kind\":\"Event\",\"message\":\"m\",\"metadata\":{\"name\":\"e\"}}"));
        }
    }
}
