using System;
using NUnit.Framework;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using Kubesonnet.Validation;

namespace Kubesonnet.Generator.Tests.Validation
{
    /// <summary>
    /// One schema file run through the generator's loader and planner: every generated type's constraint table,
    /// parsed by the runtime as the generated code parses it, and, for each kind, the file's own schema of it.
    /// </summary>
    internal sealed class ReferenceCorpus
    {
        private readonly Dictionary<string, TypeSpec> _types;
        private readonly Dictionary<string, ValidationSchema> _parsed = new Dictionary<string, ValidationSchema>(StringComparer.Ordinal);

        private ReferenceCorpus(Plan plan, List<KindSchema> kinds)
        {
            _types = plan.Types.ToDictionary(t => "global::" + t.Namespace + "." + t.Name, StringComparer.Ordinal);
            Plan = plan;
            Kinds = kinds;
        }

        public Plan Plan { get; }

        /// <summary>Each kind: its generated type and its schema as the file writes it (JSON), with where references go.</summary>
        public List<KindSchema> Kinds { get; }

        internal sealed record KindSchema(TypeSpec Type, JsonObject Schema, bool Swagger);

        /// <summary>The runtime's reading of a generated type's table, as its <c>ValidationSchema</c> property reads it.</summary>
        public ValidationSchema Schema(TypeSpec type) => Schema("global::" + type.Namespace + "." + type.Name);

        private ValidationSchema Schema(string typeName)
        {
            if (_parsed.TryGetValue(typeName, out ValidationSchema? schema))
            {
                return schema;
            }

            TypeSpec type = _types[typeName];
            Func<ValidationSchema>[] references = type.ValidationReferences.Select(r => (Func<ValidationSchema>)(() => Schema(r))).ToArray();
            schema = ValidationSchema.Parse(type.ValidationTable, references);
            _parsed[typeName] = schema;
            return schema;
        }

        public static ReferenceCorpus Load(string path, JsonObject? swaggerDefinitions)
        {
            string text = File.ReadAllText(path);
            DocumentModel document = SchemaLoader.Load(path, text, markedAsSchema: true, CancellationToken.None)
                ?? throw new InvalidOperationException(path + " is not a schema");
            Assert.That(document.Diagnostics.Where(d => d.Id.StartsWith("KSN0", StringComparison.Ordinal)), Is.Empty, "the file loads");
            Plan plan = Planner.Create(new[] { document }, "Kubesonnet.Api", CancellationToken.None);
            var kinds = new List<KindSchema>();
            if (swaggerDefinitions != null)
            {
                foreach (TypeSpec type in plan.Types.Where(t => t.Kind != null))
                {
                    kinds.Add(new KindSchema(type, (JsonObject)swaggerDefinitions[type.DefinitionId]!, Swagger: true));
                }
            }
            else
            {
                // The CRDs as the runtime reads manifests: each served version's openAPIV3Schema.
                foreach (Patch manifest in Manifests.Read(text))
                {
                    var crd = JsonNode.Parse(manifest.ToJson())!.AsObject();
                    if ((string?)crd["kind"] != "CustomResourceDefinition")
                    {
                        continue;
                    }

                    string group = (string)crd["spec"]!["group"]!;
                    string kind = (string)crd["spec"]!["names"]!["kind"]!;
                    foreach (JsonNode? version in crd["spec"]!["versions"]!.AsArray())
                    {
                        if (version!["served"]?.GetValue<bool>() != true || version["schema"]?["openAPIV3Schema"] is not JsonObject schema)
                        {
                            continue;
                        }

                        string apiVersion = group + "/" + (string)version["name"]!;
                        TypeSpec type = plan.Types.Single(t => t.ApiVersion == apiVersion && t.Kind == kind);
                        kinds.Add(new KindSchema(type, schema, Swagger: false));
                    }
                }
            }

            return new ReferenceCorpus(plan, kinds);
        }
    }
}
