using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Apps.V1;
using Kubesonnet.Api.Core.V1;
using Kubesonnet.Api.Meta.V1;
using NUnit.Framework;
using Props = Kubesonnet.Api.Apiextensions.V1.JSONSchemaProps;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// The names and parameter types issue 3 asks for, read by reflection from what the generator made of the whole
    /// v1.21.2 document: names with <c>$</c> and <c>-</c>, C# keywords as parameters, free-form JSON, Quantity and
    /// IntOrString; and each time, that the key on the wire is the schema's own.
    /// </summary>
    public class NamingTests
    {
        private static ParameterInfo Parameter(Type type, string method) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Where(m => m.Name == method).Select(m => m.GetParameters().Single()).First();

        private static Type[] ParameterTypes(Type type, string method) =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == method)
                .Select(m => m.GetParameters().Single().ParameterType).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

        // JSONSchemaProps: "$ref", "$schema" and the x-kubernetes-* extensions.
        [TestCase("WithRef", "ref", typeof(string), "$ref")]
        [TestCase("WithSchema", "schema", typeof(string), "$schema")]
        [TestCase("WithXKubernetesIntOrString", "xKubernetesIntOrString", typeof(bool), "x-kubernetes-int-or-string")]
        [TestCase("WithXKubernetesPreserveUnknownFields", "xKubernetesPreserveUnknownFields", typeof(bool), "x-kubernetes-preserve-unknown-fields")]
        [TestCase("WithXKubernetesEmbeddedResource", "xKubernetesEmbeddedResource", typeof(bool), "x-kubernetes-embedded-resource")]
        [TestCase("WithXKubernetesListType", "xKubernetesListType", typeof(string), "x-kubernetes-list-type")]
        [TestCase("WithXKubernetesMapType", "xKubernetesMapType", typeof(string), "x-kubernetes-map-type")]
        public void dollar_and_dash_names_become_identifiers_and_keep_their_json_name(string method, string parameter, Type type, string jsonName)
        {
            ParameterInfo info = Parameter(typeof(Props), method);
            Assert.That(info.Name, Is.EqualTo(parameter));
            Assert.That(info.ParameterType, Is.EqualTo(type));

            object value = type == typeof(bool) ? true : "v";
            var props = (Props)typeof(Props).GetMethod(method, new[] { type })!.Invoke(null, new[] { value })!;
            JsonObject json = JsonNode.Parse(props.ToJson())!.AsObject();
            Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { jsonName }));
        }

        [Test]
        public void dollar_names_on_the_wire()
        {
            Props props = Props.WithSchema("http://json-schema.org/draft-04/schema#") + Props.WithRef("#/definitions/io.k8s.api.core.v1.Pod")
                + Props.WithXKubernetesListMapKeys("name", "protocol") + Props.WithXKubernetesListType("map");
            Assert.That(props.ToJson(), Is.EqualTo(
                "{\"$ref\":\"#/definitions/io.k8s.api.core.v1.Pod\",\"$schema\":\"http://json-schema.org/draft-04/schema#\","
                + "\"x-kubernetes-list-map-keys\":[\"name\",\"protocol\"],\"x-kubernetes-list-type\":\"map\"}"));
        }

        // C# keywords as parameter names: escaped with @ in the source, the plain name in metadata (named arguments work).
        [TestCase(typeof(Props), "WithDefault", "default")]
        [TestCase(typeof(Props), "WithEnum", "enum")]
        [TestCase(typeof(Props), "WithRef", "ref")]
        [TestCase(typeof(ObjectMeta), "WithNamespace", "namespace")]
        [TestCase(typeof(LabelSelectorRequirement), "WithOperator", "operator")]
        [TestCase(typeof(ListMeta), "WithContinue", "continue")]
        [TestCase(typeof(WatchEvent), "WithObject", "object")]
        public void keyword_parameters(Type type, string method, string parameter) =>
            Assert.That(Parameter(type, method).Name, Is.EqualTo(parameter));

        [Test]
        public void keyword_parameters_as_named_arguments()
        {
            Props props = Props.WithDefault(@default: JsonValue.Create("x")) + Props.WithRef(@ref: "#/r") + Props.WithEnum(@enum: new JsonNode?[] { JsonValue.Create(1) });
            Assert.That(props.ToJson(), Is.EqualTo("{\"$ref\":\"#/r\",\"default\":\"x\",\"enum\":[1]}"));
            Assert.That(LabelSelectorRequirement.WithOperator(@operator: "Exists").ToJson(), Is.EqualTo("{\"operator\":\"Exists\"}"));
        }

        // Free-form JSON (JSON, RawExtension, type: object without properties): System.Text.Json.Nodes.JsonNode, written as given (keys sorted).
        [Test]
        public void free_form_json_takes_json_node()
        {
            Assert.Multiple(() =>
            {
                Assert.That(Parameter(typeof(Props), "WithDefault").ParameterType, Is.EqualTo(typeof(JsonNode)));
                Assert.That(Parameter(typeof(Props), "WithExample").ParameterType, Is.EqualTo(typeof(JsonNode)));
                Assert.That(Parameter(typeof(ControllerRevision), "WithData").ParameterType, Is.EqualTo(typeof(JsonNode)));
                Assert.That(Parameter(typeof(WatchEvent), "WithObject").ParameterType, Is.EqualTo(typeof(JsonNode)));
                Assert.That(Parameter(typeof(Kubesonnet.Api.Apiextensions.V1.CustomResourceSubresources), "WithStatus").ParameterType, Is.EqualTo(typeof(JsonNode)));
            });

            // JsonNode? takes null as JSON null (the one place a null argument is a value, not a mistake).
            Assert.That((Props.WithDefault(null) + Props.WithEnum(JsonValue.Create("a"), null)).ToJson(), Is.EqualTo("{\"default\":null,\"enum\":[\"a\",null]}"));

            Props example = Props.WithExample(JsonNode.Parse("{\"b\":[1,2.5,\"three\"],\"a\":{\"nested\":true,\"none\":null}}"));
            Assert.That(example.ToJson(), Is.EqualTo("{\"example\":{\"a\":{\"nested\":true,\"none\":null},\"b\":[1,2.5,\"three\"]}}"));

            ControllerRevision revision = ControllerRevision.New("r") + ControllerRevision.WithRevision(3)
                + ControllerRevision.WithData(JsonNode.Parse("{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}}}}}"));
            Assert.That(revision.ToJson(), Is.EqualTo(
                "{\"apiVersion\":\"apps/v1\",\"data\":{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}}}}},"
                + "\"kind\":\"ControllerRevision\",\"metadata\":{\"name\":\"r\"},\"revision\":3}"));
        }

        // Quantity (resource.Quantity, a string on the wire): string, in maps and alone.
        [Test]
        public void quantities_take_strings()
        {
            Assert.Multiple(() =>
            {
                Assert.That(Parameter(typeof(ResourceRequirements), "WithLimits").ParameterType, Is.EqualTo(typeof(IReadOnlyDictionary<string, string>)));
                Assert.That(Parameter(typeof(Container.Resources), "WithRequests").ParameterType, Is.EqualTo(typeof(IReadOnlyDictionary<string, string>)));
                Assert.That(Parameter(typeof(PodSpec), "WithOverhead").ParameterType, Is.EqualTo(typeof(IReadOnlyDictionary<string, string>)));
                Assert.That(ParameterTypes(typeof(EmptyDirVolumeSource), "WithSizeLimit"), Is.EqualTo(new[] { typeof(string) }));
            });

            Container container = Container.WithName("app")
                + Container.Resources.WithLimits(Corpus.Map(("cpu", "500m"), ("memory", "1Gi")))
                + Container.Resources.WithRequestsMixin(Corpus.Map(("cpu", "0.25"), ("ephemeral-storage", "2Gi")));
            Assert.That(container.ToJson(), Is.EqualTo(
                "{\"name\":\"app\",\"resources\":{\"limits\":{\"cpu\":\"500m\",\"memory\":\"1Gi\"},\"requests\":{\"cpu\":\"0.25\",\"ephemeral-storage\":\"2Gi\"}}}"));
            Assert.That((Volume.WithName("cache") + Volume.EmptyDir.WithSizeLimit("64Mi")).ToJson(),
                Is.EqualTo("{\"emptyDir\":{\"sizeLimit\":\"64Mi\"},\"name\":\"cache\"}"));
        }

        // IntOrString (intstr.IntOrString): an int and a string overload, a number or a string on the wire.
        [Test]
        public void int_or_string_takes_both()
        {
            Assert.Multiple(() =>
            {
                Assert.That(ParameterTypes(typeof(RollingUpdateDeployment), "WithMaxSurge"), Is.EqualTo(new[] { typeof(int), typeof(string) }));
                Assert.That(ParameterTypes(typeof(HTTPGetAction), "WithPort"), Is.EqualTo(new[] { typeof(int), typeof(string) }));
                Assert.That(ParameterTypes(typeof(ServicePort), "WithTargetPort"), Is.EqualTo(new[] { typeof(int), typeof(string) }));
            });

            Assert.That((ServicePort.WithPort(80) + ServicePort.WithTargetPort("http")).ToJson(), Is.EqualTo("{\"port\":80,\"targetPort\":\"http\"}"));
            Assert.That((ServicePort.WithPort(80) + ServicePort.WithTargetPort(8080)).ToJson(), Is.EqualTo("{\"port\":80,\"targetPort\":8080}"));
            Assert.That(Container.LivenessProbe.HttpGet.WithPort(8080).ToJson(), Is.EqualTo("{\"livenessProbe\":{\"httpGet\":{\"port\":8080}}}"));
        }
    }
}
