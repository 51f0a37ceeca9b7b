using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// k8s-libsonnet's hand-written helpers (jsonnet-libs/k8s, <c>libs/k8s/custom/core/*.libsonnet</c>), typed: for each
    /// definition that has some, a second file of the same <c>partial struct</c> holding them as static methods, with
    /// jsonnet's names in PascalCase, its parameters in its order and its defaults. The bodies compose generated setters (and
    /// the runtime's <c>LibsonnetFunctions</c> for what they read from objects); each is checked against real jsonnet by
    /// <c>tests/conformance/cases/helpers_*.jsonnet</c>. Each helper states what it calls (<see cref="Helper.Needs"/>): a
    /// project's document may define a kind with Kubernetes' id but another shape, and a helper is emitted only when the plan
    /// has every setter, type and other helper it needs (<see cref="Select"/>), so that what is emitted always compiles.
    /// </summary>
    internal static partial class Helpers
    {
        private static readonly Helper ConfigMapNew = new Helper(nameof(ConfigMapNew), ConfigMapNewText, "New(name)", "data: map<string>");

        private static readonly Helper ContainerNew = new Helper(nameof(ContainerNew), ContainerNewText, "name: string", "image: string");

        private static readonly Helper ContainerEnvMap = new Helper(
            nameof(ContainerEnvMap),
            ContainerEnvMapText,
            "env+: {Core}.EnvVar[]",
            "{Core}.EnvVar#EnvVarNew()",
            "{Core}.EnvVar#name: string",
            "{Core}.EnvVar#valueFrom: {Core}.EnvVarSource");

        private static readonly Helper ContainerResources = new Helper(
            nameof(ContainerResources), ContainerResourcesText, "resources.requests: map<string>", "resources.limits: map<string>");

        private static readonly Helper ContainerPortNew = new Helper(
            nameof(ContainerPortNew), ContainerPortNewText, "containerPort: int", "name: string", "protocol: string");

        private static readonly Helper EnvVarNew = new Helper(
            nameof(EnvVarNew),
            EnvVarNewText,
            "name: string",
            "value: string",
            "valueFrom.secretKeyRef.name: string",
            "valueFrom.secretKeyRef.key: string",
            "valueFrom.fieldRef.fieldPath: string");

        private static readonly Helper KeyToPathNew = new Helper(nameof(KeyToPathNew), KeyToPathNewText, "key: string", "path: string");

        private static readonly Helper PersistentVolumeNew = new Helper(nameof(PersistentVolumeNew), PersistentVolumeNewText);

        private static readonly Helper SecretNew = new Helper(nameof(SecretNew), SecretNewText, "New(name)", "data: map<bytes>", "type: string");

        private static readonly Helper ServiceNew = new Helper(
            nameof(ServiceNew), ServiceNewText, "New(name)", "spec.selector: map<string>", "spec.ports: {Core}.ServicePort[]");

        private static readonly Helper ServicePortNew = new Helper(
            nameof(ServicePortNew), ServicePortNewText, "port: int", "targetPort: intOrString", "name: string");

        private static readonly Helper VolumeFrom = new Helper(
            nameof(VolumeFrom),
            VolumeFromText,
            "name: string",
            "configMap.name: string",
            "configMap.items: {Core}.KeyToPath[]",
            "emptyDir: {Core}.EmptyDirVolumeSource",
            "persistentVolumeClaim.claimName: string",
            "hostPath.path: string",
            "secret.secretName: string",
            "csi: {Core}.CSIVolumeSource",
            "{Core}.CSIVolumeSource#driver: string",
            "{Core}.CSIVolumeSource#readOnly: bool",
            "{Core}.CSIVolumeSource#volumeAttributes: map<string>");

        private static readonly Helper VolumeMountNew = new Helper(
            nameof(VolumeMountNew), VolumeMountNewText, "name: string", "mountPath: string", "readOnly: bool");

        private static readonly Helper PodLabels = new Helper(nameof(PodLabels), PodLabelsText);

        private static readonly Helper DeploymentNew = new Helper(
            nameof(DeploymentNew),
            DeploymentNewText,
            "New(name)",
            "PodLabels()",
            "spec.replicas: int",
            "spec.template.spec.containers: {Core}.Container[]",
            "spec.template.metadata.labels: map<string>",
            "spec.selector.matchLabels: map<string>");

        private static readonly Helper DaemonSetNew = new Helper(
            nameof(DaemonSetNew),
            DaemonSetNewText,
            "PodLabels()",
            "spec.template.spec.containers: {Core}.Container[]",
            "spec.template.metadata.labels: map<string>",
            "spec.selector.matchLabels: map<string>") { ReplacesNew = true };

        private static readonly Helper StatefulSetNew = new Helper(
            nameof(StatefulSetNew),
            StatefulSetNewText,
            "New(name)",
            "PodLabels()",
            "spec.replicas: int",
            "spec.template.spec.containers: {Core}.Container[]",
            "spec.template.metadata.labels: map<string>",
            "spec.selector.matchLabels: map<string>",
            "spec.volumeClaimTemplates: {Core}.PersistentVolumeClaim[]");

        private static readonly Helper CronJobNew = new Helper(
            nameof(CronJobNew),
            CronJobNewText,
            "spec.schedule: string",
            "{PT}.spec.containers: {Core}.Container[]",
            "{PT}.metadata.labels: map<string>") { ReplacesNew = true };

        private static readonly Helper MapContainers = new Helper(
            nameof(MapContainers), MapContainersText, "{PT}.spec.containers: {Core}.Container[]", "{PT}.spec.initContainers: {Core}.Container[]");

        private static readonly Helper VolumeMounts = new Helper(
            nameof(VolumeMounts),
            VolumeMountsText,
            "MapContainers()",
            "{PT}.spec.volumes+: {Core}.Volume[]",
            "{PT}.metadata.annotations+: map<string>",
            "{Core}.Container#volumeMounts+: {Core}.VolumeMount[]",
            "{Core}.VolumeMount#VolumeMountNew()",
            "{Core}.Volume#VolumeFrom()",
            "{Core}.Volume#secret.defaultMode: int");

        private static readonly Helper ScaleTargetRef = new Helper(
            nameof(ScaleTargetRef),
            ScaleTargetRefText,
            "spec.scaleTargetRef.apiVersion: string",
            "spec.scaleTargetRef.kind: string",
            "spec.scaleTargetRef.name: string");

        private static readonly Helper BindRole = new Helper(
            nameof(BindRole),
            BindRoleText,
            "roleRef: {Rbac}.RoleRef",
            "{Rbac}.RoleRef#name: string",
            "{Rbac}.RoleRef#kind: string",
            "{Rbac}.RoleRef#apiGroup: string");

        private static readonly Helper FromServiceAccount = new Helper(
            nameof(FromServiceAccount), FromServiceAccountText, "kind: string", "name: string", "namespace: string");

        // Placeholders in the templates: {T} the type, {Core} {Rbac} the namespaces of core/v1 and rbac/v1, {PT} the pod
        // template's path of groups from the type (Spec.Template, or Spec.JobTemplate.Spec.Template for a CronJob), {ApiVersion}
        // and {Kind} literals of the kind, {P} {PP} {PV} {F} the runtime's Patch, PatchPath, PatchValue and LibsonnetFunctions.
        //
        // Needs, one a string:
        //   "path: shape"          a setter WithX of the type (a JSON path, dotted; {PT} the pod template's path);
        //   "path+: shape"         a mixin WithXMixin;
        //   "{Core}.Type#path: …"  the same on another type;
        //   "Name()"               another helper of the type; "{Core}.Type#Name()" one of another type;
        //   "New(name)"            the generated New(name) of a kind.
        // Shapes: string, int (int32), bool, bytes, intOrString, map<shape>, shape[] (an array), {Core}.Type (a builder).
        private static readonly Dictionary<string, Helper[]> Table = new Dictionary<string, Helper[]>
        {
            ["io.k8s.api.core.v1.ConfigMap"] = new[] { ConfigMapNew },
            ["io.k8s.api.core.v1.Container"] = new[] { ContainerNew, ContainerEnvMap, ContainerResources },
            ["io.k8s.api.core.v1.ContainerPort"] = new[] { ContainerPortNew },
            ["io.k8s.api.core.v1.EnvVar"] = new[] { EnvVarNew },
            ["io.k8s.api.core.v1.KeyToPath"] = new[] { KeyToPathNew },
            ["io.k8s.api.core.v1.PersistentVolume"] = new[] { PersistentVolumeNew },
            ["io.k8s.api.core.v1.Secret"] = new[] { SecretNew },
            ["io.k8s.api.core.v1.Service"] = new[] { ServiceNew },
            ["io.k8s.api.core.v1.ServicePort"] = new[] { ServicePortNew },
            ["io.k8s.api.core.v1.Volume"] = new[] { VolumeFrom },
            ["io.k8s.api.core.v1.VolumeMount"] = new[] { VolumeMountNew },
            ["io.k8s.api.core.v1.ReplicationController"] = new[] { MapContainers },
            ["io.k8s.api.apps.v1.DaemonSet"] = new[] { DaemonSetNew, PodLabels, MapContainers, VolumeMounts },
            ["io.k8s.api.apps.v1.Deployment"] = new[] { DeploymentNew, PodLabels, MapContainers, VolumeMounts },
            ["io.k8s.api.apps.v1.ReplicaSet"] = new[] { MapContainers, VolumeMounts },
            ["io.k8s.api.apps.v1.StatefulSet"] = new[] { StatefulSetNew, PodLabels, MapContainers, VolumeMounts },
            ["io.k8s.api.batch.v1.Job"] = new[] { MapContainers, VolumeMounts },
            ["io.k8s.api.batch.v1.CronJob"] = new[] { CronJobNew, MapContainers, VolumeMounts },
            ["io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler"] = new[] { ScaleTargetRef },
            ["io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler"] = new[] { ScaleTargetRef },
            ["io.k8s.api.rbac.v1.RoleBinding"] = new[] { BindRole },
            ["io.k8s.api.rbac.v1.ClusterRoleBinding"] = new[] { BindRole },
            ["io.k8s.api.rbac.v1.Subject"] = new[] { FromServiceAccount },
        };

        /// <summary>The names of the helpers the table holds for a definition id (none: none), in the table's order.</summary>
        internal static IReadOnlyList<string> NamesFor(string definitionId) =>
            Table.TryGetValue(definitionId, out Helper[]? helpers) ? helpers.Select(h => h.Name).ToArray() : System.Array.Empty<string>();

        /// <summary>Whether the type has helpers (a second file).</summary>
        public static bool Has(TypeSpec type) => type.Helpers.Count > 0;

        /// <summary>Whether the helpers define <c>New</c> in place of the generated one (a helper <c>new</c> that can be called
        /// with a name alone and then writes more: containers, labels, a schedule, as in k8s-libsonnet).</summary>
        public static bool ReplacesNew(TypeSpec type) => Of(type).Any(h => h.ReplacesNew);

        /// <summary>The hint name of the helpers' file: beside the type's own.</summary>
        public static string HintName(TypeSpec type) =>
            type.HintName.EndsWith(".g.cs", System.StringComparison.Ordinal)
                ? type.HintName.Substring(0, type.HintName.Length - ".g.cs".Length) + ".Helpers.g.cs"
                : type.HintName + ".Helpers";

        /// <summary>
        /// The plan with each type's <see cref="TypeSpec.Helpers"/>: the helpers of its definition id whose needs the plan
        /// meets. A helper that calls another helper waits for it, so the choice is repeated until nothing more is left out.
        /// </summary>
        public static Plan Select(Plan plan)
        {
            var byName = new Dictionary<string, TypeSpec>(System.StringComparer.Ordinal);
            foreach (TypeSpec type in plan.Types)
            {
                byName["global::" + type.Namespace + "." + type.Name] = type;
            }

            var chosen = new Dictionary<TypeSpec, HashSet<string>>();
            foreach (TypeSpec type in plan.Types)
            {
                if (Table.TryGetValue(type.DefinitionId, out Helper[]? helpers))
                {
                    chosen[type] = new HashSet<string>(helpers.Select(h => h.Name), System.StringComparer.Ordinal);
                }
            }

            bool changed = chosen.Count > 0;
            while (changed)
            {
                changed = false;
                foreach (KeyValuePair<TypeSpec, HashSet<string>> entry in chosen)
                {
                    var context = new NeedContext(entry.Key, byName, chosen);
                    foreach (Helper helper in Table[entry.Key.DefinitionId])
                    {
                        if (entry.Value.Contains(helper.Name) && !helper.Needs.All(context.Meets))
                        {
                            entry.Value.Remove(helper.Name);
                            changed = true;
                        }
                    }
                }
            }

            if (chosen.Values.All(c => c.Count == 0))
            {
                return plan;
            }

            TypeSpec[] types = plan.Types
                .Select(t => chosen.TryGetValue(t, out HashSet<string>? names) && names.Count > 0
                    ? t with { Helpers = Table[t.DefinitionId].Where(h => names.Contains(h.Name)).Select(h => h.Name).ToEquatableArray() }
                    : t)
                .ToArray();
            return plan with { Types = types.ToEquatableArray() };
        }

        /// <summary>The helpers' file of <paramref name="type"/> (see <see cref="Has"/>).</summary>
        public static string Emit(TypeSpec type)
        {
            string root = Root(type);
            string podTemplate = PodTemplateGroups(type);
            var w = new CodeWriter();
            Emitter.FileStart(w, ": k8s-libsonnet's hand-written helpers for " + type.DefinitionId, type.Namespace);
            w.Open("public readonly partial struct " + type.Name);
            bool first = true;
            foreach (Helper helper in Of(type))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                string text = Expand(helper.Text, root)
                    .Replace("{T}", type.Name)
                    .Replace("{PT}", podTemplate)
                    .Replace("{ApiVersion}", Text.Literal(type.ApiVersion ?? string.Empty))
                    .Replace("{Kind}", Text.Literal(type.Kind ?? string.Empty))
                    .Replace("{PP}", TypeNames.PatchPath)
                    .Replace("{PV}", TypeNames.PatchValue)
                    .Replace("{P}", TypeNames.Patch)
                    .Replace("{F}", TypeNames.LibsonnetFunctions)
                    .Replace("{Strings}", TypeNames.IEnumerable + "<string>")
                    .Replace("{MapCref}", TypeNames.IReadOnlyDictionary + "{string, string}")
                    .Replace("{Map}", TypeNames.IReadOnlyDictionary + "<string, string>");
                foreach (string line in text.Replace("\r", string.Empty).Trim('\n').Split('\n'))
                {
                    w.Line(line);
                }
            }

            w.Close();
            return w.Finish();
        }

        private static IEnumerable<Helper> Of(TypeSpec type) =>
            Table.TryGetValue(type.DefinitionId, out Helper[]? helpers) ? helpers.Where(h => type.Helpers.Contains(h.Name)) : Enumerable.Empty<Helper>();

        private static string Root(TypeSpec type) => type.Namespace.Substring(0, System.Math.Max(0, NthLastDot(type.Namespace, 2)));

        private static string Expand(string text, string root) =>
            text.Replace("{Core}", "global::" + root + ".Core.V1").Replace("{Rbac}", "global::" + root + ".Rbac.V1");

        private static string PodTemplateGroups(TypeSpec type) =>
            type.DefinitionId == "io.k8s.api.batch.v1.CronJob" ? "Spec.JobTemplate.Spec.Template" : "Spec.Template";

        private static string PodTemplatePath(TypeSpec type) =>
            type.DefinitionId == "io.k8s.api.batch.v1.CronJob" ? "spec.jobTemplate.spec.template" : "spec.template";

        /// <summary>One helper (or a few overloads that stand or fall together): its text and what it calls.</summary>
        private sealed class Helper
        {
            public Helper(string name, string text, params string[] needs)
            {
                Name = name;
                Text = text;
                Needs = needs;
            }

            public string Name { get; }

            public string Text { get; }

            /// <summary>What the text calls, in the notation above <see cref="Table"/>.</summary>
            public string[] Needs { get; }

            public bool ReplacesNew { get; init; }
        }

        private static int NthLastDot(string text, int n)
        {
            int index = text.Length;
            for (int i = 0; i < n; i++)
            {
                index = index > 0 ? text.LastIndexOf('.', index - 1) : -1;
                if (index < 0)
                {
                    return 0;
                }
            }

            return index;
        }
    }
}
