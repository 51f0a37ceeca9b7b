using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Kubesonnet.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kubesonnet.Benchmarks
{
    /// <summary>
    /// Reading a YAML stream of 2,000 realistic manifests (Deployments, Services, ConfigMaps with literal blocks,
    /// about 5 MB): the runtime's YAML reader against YamlDotNet 18.1.0 (benchmark-only reference) producing parse
    /// events only (the baseline: less work than building values) and building its YamlStream tree.
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class ReadBenchmarks
    {
        public const int Manifests = 2000;

        private string _text = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            _text = Stream(Manifests);

            // Both readers see the same documents.
            var context = new ReadContext(_text);
            YamlReader.Read(_text, context);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(_text));
            if (context.Documents.Count != Manifests || yaml.Documents.Count != Manifests)
            {
                throw new System.InvalidOperationException($"read {context.Documents.Count} and {yaml.Documents.Count} documents, not {Manifests}");
            }

            System.Console.WriteLine($"// ReadBenchmarks: {Manifests} manifests, {Encoding.UTF8.GetByteCount(_text):N0} bytes of YAML");
        }

        /// <summary>The runtime's reader: the stream to values (what <c>Manifests.Read</c> does before typing).</summary>
        [Benchmark]
        public int KubesonnetReader()
        {
            var context = new ReadContext(_text);
            YamlReader.Read(_text, context);
            return context.Documents.Count;
        }

        /// <summary><c>Manifests.Read</c>: the stream to patches, one per manifest.</summary>
        [Benchmark]
        public int KubesonnetManifestsRead() => Kubesonnet.Manifests.Read(_text).Count;

        /// <summary>YamlDotNet's parser, events only: no values are built.</summary>
        [Benchmark(Baseline = true)]
        public int YamlDotNetParserEvents()
        {
            var parser = new Parser(new StringReader(_text));
            int events = 0;
            while (parser.MoveNext())
            {
                events++;
            }

            return events;
        }

        /// <summary>YamlDotNet's representation model: a tree of nodes per document.</summary>
        [Benchmark]
        public int YamlDotNetYamlStream()
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(_text));
            return yaml.Documents.Count;
        }

        /// <summary>2,000 manifests in turn: a Deployment, a Service, a ConfigMap, ... (about 2.5 KB each).</summary>
        public static string Stream(int count)
        {
            var text = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    text.Append("---\n");
                }

                string name = "app-" + i.ToString(CultureInfo.InvariantCulture);
                switch (i % 3)
                {
                    case 0:
                        Deployment(text, name, i);
                        break;
                    case 1:
                        Service(text, name, i);
                        break;
                    default:
                        ConfigMap(text, name, i);
                        break;
                }
            }

            return text.ToString();
        }

        private static void Metadata(StringBuilder text, string name, int i)
        {
            text.Append("metadata:\n");
            text.Append("  name: ").Append(name).Append('\n');
            text.Append("  namespace: team-").Append(i % 17).Append('\n');
            text.Append("  labels:\n");
            text.Append("    app.kubernetes.io/name: ").Append(name).Append('\n');
            text.Append("    app.kubernetes.io/part-of: shop\n");
            text.Append("    app.kubernetes.io/version: \"1.").Append(i % 40).Append(".3\"\n");
            text.Append("    tier: ").Append(i % 2 == 0 ? "backend" : "frontend").Append('\n');
            text.Append("  annotations:\n");
            text.Append("    example.com/owner: 'team-").Append(i % 17).Append("@example.com'\n");
            text.Append("    example.com/description: A service of the shop, number ").Append(i).Append(", with a description long enough to wrap in editors\n");
        }

        private static void Deployment(StringBuilder text, string name, int i)
        {
            text.Append("apiVersion: apps/v1\nkind: Deployment\n");
            Metadata(text, name, i);
            text.Append("spec:\n");
            text.Append("  replicas: ").Append(1 + (i % 5)).Append('\n');
            text.Append("  revisionHistoryLimit: 10\n");
            text.Append("  selector:\n    matchLabels:\n      app.kubernetes.io/name: ").Append(name).Append('\n');
            text.Append("  strategy:\n    type: RollingUpdate\n    rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}\n");
            text.Append("  template:\n");
            text.Append("    metadata:\n      labels:\n        app.kubernetes.io/name: ").Append(name).Append('\n');
            text.Append("    spec:\n");
            text.Append("      serviceAccountName: ").Append(name).Append('\n');
            text.Append("      securityContext:\n        runAsNonRoot: true\n        runAsUser: 10001\n        fsGroup: 2000\n");
            text.Append("      containers:\n");
            text.Append("      - name: app\n");
            text.Append("        image: registry.example.com/shop/").Append(name).Append(":1.").Append(i % 40).Append(".3\n");
            text.Append("        imagePullPolicy: IfNotPresent\n");
            text.Append("        args: [\"--port=8080\", \"--log-level=info\", --metrics]\n");
            text.Append("        ports:\n        - name: http\n          containerPort: 8080\n          protocol: TCP\n");
            text.Append("        env:\n");
            for (int e = 0; e < 6; e++)
            {
                text.Append("        - name: SETTING_").Append(e).Append("\n          value: \"value-").Append(e * i).Append("\"\n");
            }

            text.Append("        - name: POD_NAME\n          valueFrom:\n            fieldRef:\n              fieldPath: metadata.name\n");
            text.Append("        resources:\n          requests:\n            cpu: 100m\n            memory: 128Mi\n          limits:\n            cpu: \"1\"\n            memory: 512Mi\n");
            text.Append("        readinessProbe:\n          httpGet:\n            path: /healthz\n            port: http\n          initialDelaySeconds: 5\n          periodSeconds: 10\n");
            text.Append("        livenessProbe:\n          httpGet: {path: /livez, port: http}\n          failureThreshold: 3\n");
            text.Append("        volumeMounts:\n        - name: config\n          mountPath: /etc/app\n          readOnly: true\n");
            text.Append("      volumes:\n      - name: config\n        configMap:\n          name: ").Append(name).Append("-config\n");
            text.Append("      tolerations:\n      - key: dedicated\n        operator: Equal\n        value: shop\n        effect: NoSchedule\n");
        }

        private static void Service(StringBuilder text, string name, int i)
        {
            text.Append("apiVersion: v1\nkind: Service\n");
            Metadata(text, name, i);
            text.Append("spec:\n  type: ClusterIP\n  selector:\n    app.kubernetes.io/name: ").Append(name).Append('\n');
            text.Append("  ports:\n");
            for (int p = 0; p < 4; p++)
            {
                text.Append("  - name: port-").Append(p).Append("\n    port: ").Append(8080 + p).Append("\n    targetPort: ").Append(9090 + p).Append("\n    protocol: TCP\n");
            }

            text.Append("  sessionAffinity: None\n  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv4]\n");
        }

        private static void ConfigMap(StringBuilder text, string name, int i)
        {
            text.Append("apiVersion: v1\nkind: ConfigMap\n");
            Metadata(text, name, i);
            text.Append("data:\n");
            text.Append("  LOG_LEVEL: info\n  FEATURE_FLAGS: \"checkout,search,recommendations\"\n  RETRIES: \"3\"\n");
            text.Append("  app.yaml: |\n");
            for (int l = 0; l < 20; l++)
            {
                text.Append("    setting").Append(l).Append(": value ").Append(l * i).Append(" # explained here\n");
            }

            text.Append("  motd: >\n    Welcome to the shop service, instance ").Append(i).Append(".\n    Folded lines join with spaces.\n");
        }
    }
}
