using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kubesonnet.Api.Apiextensions.V1;
using NUnit.Framework;
using Crd = Kubesonnet.Api.Apiextensions.V1.CustomResourceDefinition;
using Props = Kubesonnet.Api.Apiextensions.V1.JSONSchemaProps;
using Version = Kubesonnet.Api.Apiextensions.V1.CustomResourceDefinitionVersion;

namespace Kubesonnet.Kubernetes.Tests.Api
{
    /// <summary>
    /// apiextensions.k8s.io/v1 CustomResourceDefinition with a JSONSchemaProps schema: the recursive definition ends in
    /// setters that take <see cref="Props"/> itself (<c>WithProperties</c>, <c>WithAnyOf</c>, <c>WithNot</c>). The
    /// expected JSON is written by hand here: k8s-libsonnet leaves JSONSchemaProps unresolved, so there is no jsonnet
    /// library to run the same calls through.
    /// </summary>
    public class CustomResourceDefinitionTests
    {
        [Test]
        public void crontab_definition_with_a_schema()
        {
            Props spec = Props.WithType("object")
                + Props.WithRequired("cronSpec", "image")
                + Props.WithProperties(new Dictionary<string, Props>
                {
                    ["cronSpec"] = Props.WithType("string") + Props.WithPattern(@"^(\d+|\*)(/\d+)?(\s+(\d+|\*)(/\d+)?){4}$"),
                    ["image"] = Props.WithType("string"),
                    ["replicas"] = Props.WithType("integer") + Props.WithMinimum(1) + Props.WithMaximum(10) + Props.WithDefault(JsonValue.Create(1)),
                    ["port"] = Props.WithXKubernetesIntOrString(true) + Props.WithAnyOf(Props.WithType("integer"), Props.WithType("string")),
                    ["mode"] = Props.WithType("string") + Props.WithEnum(JsonValue.Create("Allow"), JsonValue.Create("Forbid")),
                });

            Crd crd = Crd.New("crontabs.stable.example.com")
                + Crd.Spec.WithGroup("stable.example.com")
                + Crd.Spec.WithScope("Namespaced")
                + Crd.Spec.Names.WithPlural("crontabs")
                + Crd.Spec.Names.WithSingular("crontab")
                + Crd.Spec.Names.WithKind("CronTab")
                + Crd.Spec.Names.WithShortNames("ct")
                + Crd.Spec.WithVersions(
                    Version.WithName("v1")
                    + Version.WithServed(true)
                    + Version.WithStorage(true)
                    + Version.Schema.OpenAPIV3Schema.WithType("object")
                    + Version.Schema.OpenAPIV3Schema.WithProperties(new Dictionary<string, Props>
                    {
                        ["spec"] = spec,
                        ["status"] = Props.WithType("object") + Props.WithXKubernetesPreserveUnknownFields(true),
                    })
                    + Version.Subresources.WithStatus(new JsonObject())
                    + Version.WithAdditionalPrinterColumns(
                        CustomResourceColumnDefinition.WithName("Schedule") + CustomResourceColumnDefinition.WithType("string")
                        + CustomResourceColumnDefinition.WithJsonPath(".spec.cronSpec")));

            const string expected = """
                {
                  "apiVersion": "apiextensions.k8s.io/v1",
                  "kind": "CustomResourceDefinition",
                  "metadata": { "name": "crontabs.stable.example.com" },
                  "spec": {
                    "group": "stable.example.com",
                    "names": { "kind": "CronTab", "plural": "crontabs", "shortNames": ["ct"], "singular": "crontab" },
                    "scope": "Namespaced",
                    "versions": [
                      {
                        "additionalPrinterColumns": [ { "jsonPath": ".spec.cronSpec", "name": "Schedule", "type": "string" } ],
                        "name": "v1",
                        "schema": {
                          "openAPIV3Schema": {
                            "properties": {
                              "spec": {
                                "properties": {
                                  "cronSpec": { "pattern": "^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$", "type": "string" },
                                  "image": { "type": "string" },
                                  "mode": { "enum": ["Allow", "Forbid"], "type": "string" },
                                  "port": { "anyOf": [ { "type": "integer" }, { "type": "string" } ], "x-kubernetes-int-or-string": true },
                                  "replicas": { "default": 1, "maximum": 10, "minimum": 1, "type": "integer" }
                                },
                                "required": ["cronSpec", "image"],
                                "type": "object"
                              },
                              "status": { "type": "object", "x-kubernetes-preserve-unknown-fields": true }
                            },
                            "type": "object"
                          }
                        },
                        "served": true,
                        "storage": true,
                        "subresources": { "status": {} }
                      }
                    ]
                  }
                }
                """;
            Assert.That(JsonNode.Parse(crd.ToJson())!.ToJsonString(), Is.EqualTo(JsonNode.Parse(expected)!.ToJsonString()));
        }

        // Where a group would repeat itself, the recursion ends: JSONSchemaProps' own fields take JSONSchemaProps.
        [Test]
        public void recursion_ends_in_setters_taking_the_definition_itself()
        {
            Assert.That(typeof(Props).GetMethod("WithNot")!.GetParameters()[0].ParameterType, Is.EqualTo(typeof(Props)));
            // (Maps also take entries since issue 13: the dictionary overload is looked up by its parameter.)
            Assert.That(typeof(Props).GetMethod("WithProperties", new[] { typeof(IReadOnlyDictionary<string, Props>) }), Is.Not.Null);
            Assert.That(typeof(Props).GetMethod("WithAllOf", new[] { typeof(Props[]) }), Is.Not.Null);
            Assert.That(typeof(Props).GetNestedType("Not"), Is.Null, "no group for a field of the definition's own type");
            Assert.That(typeof(CustomResourceValidation.OpenAPIV3Schema).BaseType!.GetGenericTypeDefinition(), Is.EqualTo(typeof(Props.Setters<,>)));

            Props not = Props.WithNot(Props.WithRequired("legacy")) + Props.WithNotMixin(Props.WithType("object"));
            Assert.That(not.ToJson(), Is.EqualTo("{\"not\":{\"required\":[\"legacy\"],\"type\":\"object\"}}"));

            Crd deep = Crd.Spec.WithVersions(Version.Schema.OpenAPIV3Schema.WithNot(Props.WithRequired("x")));
            Assert.That(deep.ToJson(), Is.EqualTo("{\"spec\":{\"versions\":[{\"schema\":{\"openAPIV3Schema\":{\"not\":{\"required\":[\"x\"]}}}}]}}"));
        }
    }
}
