using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Kubesonnet.Generator.Loading;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using Kubesonnet.Validation;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// <c>Validate()</c> of a Deployment against writing it with <c>ToJson()</c>. The constraint tables are the ones
    /// the generator writes for Kubernetes' v1.21.2 document (its loader and planner run in the setup, as they do in
    /// the compiler), read by the runtime exactly as the generated <c>ValidationSchema</c> properties read them; the
    /// Deployment is a typical one (two containers with ports, env, resources, probes and mounts; volumes; a
    /// security context), 4.3 KB of JSON. <see cref="FirstValidate"/> is the one-time cost: reading every table a
    /// Deployment reaches, then validating.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class ValidationBenchmarks
    {
        private const string DeploymentJson = """
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop","labels":{"app":"web","tier":"frontend","app.kubernetes.io/version":"1.21"},
             "annotations":{"deployment.kubernetes.io/revision":"3","kubernetes.io/change-cause":"image 1.21"}},
             "spec":{"replicas":3,"revisionHistoryLimit":5,"minReadySeconds":10,"selector":{"matchLabels":{"app":"web"}},
              "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":1}},
              "template":{"metadata":{"labels":{"app":"web","tier":"frontend"}},
               "spec":{"serviceAccountName":"web","nodeSelector":{"kubernetes.io/os":"linux"},"terminationGracePeriodSeconds":30,
                "securityContext":{"runAsUser":1000,"runAsNonRoot":true,"fsGroup":2000},
                "containers":[
                 {"name":"web","image":"nginx:1.21","imagePullPolicy":"IfNotPresent",
                  "ports":[{"name":"http","containerPort":8080,"protocol":"TCP"},{"name":"metrics","containerPort":9090,"protocol":"TCP"}],
                  "env":[{"name":"MODE","value":"production"},{"name":"POD_NAME","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}},
                         {"name":"PASSWORD","valueFrom":{"secretKeyRef":{"name":"web","key":"password"}}}],
                  "resources":{"requests":{"cpu":"250m","memory":"128Mi"},"limits":{"cpu":"1","memory":"512Mi"}},
                  "livenessProbe":{"httpGet":{"path":"/healthz","port":"http"},"initialDelaySeconds":10,"periodSeconds":10},
                  "readinessProbe":{"httpGet":{"path":"/ready","port":8080},"periodSeconds":5,"failureThreshold":3},
                  "volumeMounts":[{"name":"config","mountPath":"/etc/web","readOnly":true},{"name":"cache","mountPath":"/var/cache"}],
                  "securityContext":{"allowPrivilegeEscalation":false,"readOnlyRootFilesystem":true,"capabilities":{"drop":["ALL"]}}},
                 {"name":"sidecar","image":"busybox:1.33","args":["sh","-c","tail -f /dev/null"],
                  "resources":{"requests":{"cpu":"10m","memory":"16Mi"}},"volumeMounts":[{"name":"cache","mountPath":"/cache"}]}],
                "volumes":[{"name":"config","configMap":{"name":"web","defaultMode":420}},{"name":"cache","emptyDir":{"sizeLimit":"1Gi"}}]}}}}
            """;

        private Dictionary<string, TypeSpec> _types = new Dictionary<string, TypeSpec>();
        private ValidationSchema _schema = null!;
        private Patch _deployment = Patch.Empty;

        [GlobalSetup]
        public void Setup()
        {
            string path = Inputs.Kubernetes;
            DocumentModel document = SchemaLoader.Load(path, File.ReadAllText(path), markedAsSchema: true, CancellationToken.None)!;
            Plan plan = Planner.Create(new[] { document }, "Kubesonnet.Api", CancellationToken.None);
            _types = plan.Types.ToDictionary(t => "global::" + t.Namespace + "." + t.Name, StringComparer.Ordinal);
            _deployment = Patch.FromJson(DeploymentJson);
            _schema = Tables()["global::Kubesonnet.Api.Apps.V1.Deployment"]();
            IReadOnlyList<ValidationProblem> problems = _schema.Validate(_deployment);
            if (problems.Count != 0)
            {
                throw new InvalidOperationException("The benchmark's Deployment is not valid: " + string.Join("; ", problems));
            }
        }

        // Every type's table, parsed on first use and then shared, as the generated ValidationSchema properties do.
        private Dictionary<string, Func<ValidationSchema>> Tables()
        {
            var parsed = new Dictionary<string, ValidationSchema>(StringComparer.Ordinal);
            var tables = new Dictionary<string, Func<ValidationSchema>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, TypeSpec> entry in _types)
            {
                TypeSpec type = entry.Value;
                tables[entry.Key] = () =>
                {
                    if (!parsed.TryGetValue(entry.Key, out ValidationSchema? schema))
                    {
                        schema = ValidationSchema.Parse(type.ValidationTable, type.ValidationReferences.Select(r => tables[r]).ToArray());
                        parsed[entry.Key] = schema;
                    }

                    return schema;
                };
            }

            return tables;
        }

        /// <summary>The Deployment written as compact JSON.</summary>
        [Benchmark(Baseline = true)]
        public string ToJson() => _deployment.ToJson();

        /// <summary>The Deployment checked against its schema (tables read before).</summary>
        [Benchmark]
        public IReadOnlyList<ValidationProblem> Validate() => _schema.Validate(_deployment);

        /// <summary>For profiling: the walk alone, against a schema that names no field.</summary>
        public IReadOnlyList<ValidationProblem> ValidateRootOnly() => s_rootOnly.Validate(_deployment);

        private static readonly ValidationSchema s_rootOnly = ValidationSchema.Parse("{\"type\":\"object\"}");

        /// <summary>The first <c>Validate()</c> of a program: the tables a Deployment reaches are read, then it is checked.</summary>
        [Benchmark]
        public IReadOnlyList<ValidationProblem> FirstValidate() => Tables()["global::Kubesonnet.Api.Apps.V1.Deployment"]().Validate(_deployment);
    }
}
