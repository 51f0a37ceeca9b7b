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
    internal static class Helpers
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
            w.Line("// <auto-generated/>");
            w.Line("// Generated by Kubesonnet.Generator: k8s-libsonnet's hand-written helpers for " + type.DefinitionId + ".");
            w.Line("// Changes to this file are lost when it is generated again.");
            w.Line("#nullable enable");
            w.Line();
            w.Open("namespace " + type.Namespace);
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
                    .Replace("{PP}", "global::Kubesonnet.PatchPath")
                    .Replace("{PV}", "global::Kubesonnet.PatchValue")
                    .Replace("{P}", "global::Kubesonnet.Patch")
                    .Replace("{F}", "global::Kubesonnet.LibsonnetFunctions")
                    .Replace("{Strings}", "global::System.Collections.Generic.IEnumerable<string>")
                    .Replace("{MapCref}", "global::System.Collections.Generic.IReadOnlyDictionary{string, string}")
                    .Replace("{Map}", "global::System.Collections.Generic.IReadOnlyDictionary<string, string>");
                foreach (string line in text.Replace("\r", string.Empty).Trim('\n').Split('\n'))
                {
                    w.Line(line);
                }
            }

            w.Close();
            w.Close();
            return w.ToString();
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

        /// <summary>Checks needs against the plan, for one type.</summary>
        private sealed class NeedContext
        {
            private readonly TypeSpec _type;
            private readonly string _root;
            private readonly Dictionary<string, TypeSpec> _byName;
            private readonly Dictionary<TypeSpec, HashSet<string>> _chosen;

            public NeedContext(TypeSpec type, Dictionary<string, TypeSpec> byName, Dictionary<TypeSpec, HashSet<string>> chosen)
            {
                _type = type;
                _root = Root(type);
                _byName = byName;
                _chosen = chosen;
            }

            public bool Meets(string need)
            {
                TypeSpec? target = _type;
                int hash = need.IndexOf('#');
                if (hash >= 0)
                {
                    target = Find(need.Substring(0, hash));
                    need = need.Substring(hash + 1);
                }

                if (target == null)
                {
                    return false;
                }

                if (need == "New(name)")
                {
                    return target.ApiVersion != null && target.Kind != null && target.NewTakesName
                        && !(_chosen.TryGetValue(target, out HashSet<string>? own) && Table[target.DefinitionId].Any(h => h.ReplacesNew && own.Contains(h.Name)));
                }

                if (need.EndsWith("()", System.StringComparison.Ordinal))
                {
                    return _chosen.TryGetValue(target, out HashSet<string>? names) && names.Contains(need.Substring(0, need.Length - 2));
                }

                int colon = need.IndexOf(':');
                string path = need.Substring(0, colon).Trim().Replace("{PT}", PodTemplatePath(target));
                bool mixin = path.EndsWith("+", System.StringComparison.Ordinal);
                string[] parts = (mixin ? path.Substring(0, path.Length - 1) : path).Split('.');
                return HasMember(target.Members, parts, 0, mixin ? MemberKind.Mixin : MemberKind.Setter, need.Substring(colon + 1).Trim());
            }

            private TypeSpec? Find(string typeName) =>
                _byName.TryGetValue(Expand(typeName, _root), out TypeSpec? type) ? type : null;

            private bool HasMember(IEnumerable<MemberSpec> members, string[] path, int offset, MemberKind kind, string shape)
            {
                foreach (MemberSpec member in members)
                {
                    int length = member.Path.Count;
                    if (offset + length > path.Length || !member.Path.SequenceEqual(path.Skip(offset).Take(length)))
                    {
                        continue;
                    }

                    bool whole = offset + length == path.Length;
                    if (member.Kind != MemberKind.Group)
                    {
                        if (whole && member.Kind == kind && member.Shape != null && Fits(member.Shape, shape))
                        {
                            return true;
                        }
                    }
                    else if (whole && member.BaseType.Length > 0 && shape.StartsWith("{", System.StringComparison.Ordinal))
                    {
                        // A field of another definition: the group's whole setters WithX(value) and WithXMixin(value).
                        if (member.BaseType == Expand(shape, _root))
                        {
                            return true;
                        }
                    }
                    else if (!whole && member.BaseType.Length > 0)
                    {
                        if (_byName.TryGetValue(member.BaseType, out TypeSpec? baseType) && HasMember(baseType.Setters, path, offset + length, kind, shape))
                        {
                            return true;
                        }
                    }
                    else if (!whole && HasMember(member.Members, path, offset, kind, shape))
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool Fits(ValueShape actual, string shape)
            {
                if (shape.EndsWith("[]", System.StringComparison.Ordinal))
                {
                    return actual.Kind == ShapeKind.Array && actual.Element != null && Fits(actual.Element, shape.Substring(0, shape.Length - 2));
                }

                if (shape.StartsWith("map<", System.StringComparison.Ordinal))
                {
                    return actual.Kind == ShapeKind.Map && actual.Element != null && Fits(actual.Element, shape.Substring(4, shape.Length - 5));
                }

                switch (shape)
                {
                    case "string":
                        return actual.Kind == ShapeKind.String;
                    case "int":
                        return actual.Kind == ShapeKind.Int32;
                    case "bool":
                        return actual.Kind == ShapeKind.Boolean;
                    case "bytes":
                        return actual.Kind == ShapeKind.Bytes;
                    case "intOrString":
                        return actual.Kind == ShapeKind.IntOrString;
                    default:
                        return actual.Kind == ShapeKind.Object && actual.TypeName == Expand(shape, _root);
                }
            }
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

        private const string ConfigMapNewText = """
/// <summary>k8s-libsonnet's <c>configMap.new(name, data)</c>: a ConfigMap of the given name and data (no <c>data</c> when it is empty).</summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="data">The data; none is written when empty.</param>
public static {T} New(string name, {Map} data) =>
    (data ?? throw new global::System.ArgumentNullException(nameof(data))).Count == 0 ? New(name) : New(name) + WithData(data);
""";

        private const string ContainerNewText = """
/// <summary>k8s-libsonnet's <c>container.new(name, image)</c>: a container of the given name and image.</summary>
/// <param name="name">The container's name.</param>
/// <param name="image">The container's image.</param>
public static {T} New(string name, string image) => WithName(name) + WithImage(image);
""";

        private const string ContainerEnvMapText = """
/// <summary>
/// k8s-libsonnet's <c>container.withEnvMap(env)</c>: appends one environment variable per entry, in key order, as
/// <c>withEnvMixin</c> does; an empty value is left out (the API server drops it, and it would always show as a difference).
/// </summary>
/// <param name="env">The variables' names and values.</param>
public static {T} WithEnvMap({Map} env)
{
    var vars = new global::System.Collections.Generic.List<{Core}.EnvVar>();
    foreach (string key in global::System.Linq.Enumerable.OrderBy((env ?? throw new global::System.ArgumentNullException(nameof(env))).Keys, static k => k, global::System.StringComparer.Ordinal))
    {
        string value = env[key];
        vars.Add(value.Length == 0 ? {Core}.EnvVar.WithName(key) : {Core}.EnvVar.New(key, value));
    }

    return WithEnvMixin(vars);
}

/// <summary>
/// k8s-libsonnet's <c>container.withEnvMap(env)</c> with object values: appends one environment variable per entry, in
/// key order, whose <c>valueFrom</c> is the entry's value.
/// </summary>
/// <param name="env">The variables' names and sources.</param>
public static {T} WithEnvMap(global::System.Collections.Generic.IReadOnlyDictionary<string, {Core}.EnvVarSource> env)
{
    var vars = new global::System.Collections.Generic.List<{Core}.EnvVar>();
    foreach (string key in global::System.Linq.Enumerable.OrderBy((env ?? throw new global::System.ArgumentNullException(nameof(env))).Keys, static k => k, global::System.StringComparer.Ordinal))
    {
        vars.Add({Core}.EnvVar.WithName(key) + {Core}.EnvVar.WithValueFrom(env[key]));
    }

    return WithEnvMixin(vars);
}
""";

        private const string ContainerResourcesText = """
/// <summary>k8s-libsonnet's <c>container.withResourcesRequests(cpu, memory)</c>: sets <c>resources.requests</c> to the given amounts.</summary>
/// <param name="cpu">The CPU request (<c>250m</c>), or <see langword="null"/> for none.</param>
/// <param name="memory">The memory request (<c>256Mi</c>), or <see langword="null"/> for none.</param>
public static {T} WithResourcesRequests(string? cpu, string? memory) => Resources.WithRequests(LibsonnetResources(cpu, memory));

/// <summary>k8s-libsonnet's <c>container.withResourcesLimits(cpu, memory)</c>: sets <c>resources.limits</c> to the given amounts.</summary>
/// <param name="cpu">The CPU limit, or <see langword="null"/> for none.</param>
/// <param name="memory">The memory limit, or <see langword="null"/> for none.</param>
public static {T} WithResourcesLimits(string? cpu, string? memory) => Resources.WithLimits(LibsonnetResources(cpu, memory));

private static global::System.Collections.Generic.Dictionary<string, string> LibsonnetResources(string? cpu, string? memory)
{
    var amounts = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal);
    if (cpu != null)
    {
        amounts["cpu"] = cpu;
    }

    if (memory != null)
    {
        amounts["memory"] = memory;
    }

    return amounts;
}
""";

        private const string ContainerPortNewText = """
/// <summary>k8s-libsonnet's <c>containerPort.new(containerPort)</c>.</summary>
/// <param name="containerPort">The port number.</param>
public static {T} New(int containerPort) => WithContainerPort(containerPort);

/// <summary>k8s-libsonnet's <c>containerPort.newNamed(containerPort, name)</c>: works like <c>New</c>, but also sets the name.</summary>
/// <param name="containerPort">The port number.</param>
/// <param name="name">The port's name.</param>
public static {T} NewNamed(int containerPort, string name) => New(containerPort) + WithName(name);

/// <summary>k8s-libsonnet's <c>containerPort.newUDP(containerPort)</c>: works like <c>New</c>, but also sets the protocol to UDP.</summary>
/// <param name="containerPort">The port number.</param>
public static {T} NewUDP(int containerPort) => New(containerPort) + WithProtocol("UDP");

/// <summary>k8s-libsonnet's <c>containerPort.newNamedUDP(containerPort, name)</c>: works like <c>NewNamed</c>, but also sets the protocol to UDP.</summary>
/// <param name="containerPort">The port number.</param>
/// <param name="name">The port's name.</param>
public static {T} NewNamedUDP(int containerPort, string name) => NewNamed(containerPort, name) + WithProtocol("UDP");
""";

        private const string EnvVarNewText = """
/// <summary>k8s-libsonnet's <c>envVar.new(name, value)</c>: a variable of the given name and value.</summary>
/// <param name="name">The variable's name.</param>
/// <param name="value">Its value.</param>
public static {T} New(string name, string value) => WithName(name) + WithValue(value);

/// <summary>k8s-libsonnet's <c>envVar.fromSecretRef(name, secretRefName, secretRefKey)</c>: a variable read from a key of a Secret.</summary>
/// <param name="name">The variable's name.</param>
/// <param name="secretRefName">The Secret's name.</param>
/// <param name="secretRefKey">The key in the Secret.</param>
public static {T} FromSecretRef(string name, string secretRefName, string secretRefKey) =>
    WithName(name) + ValueFrom.SecretKeyRef.WithName(secretRefName) + ValueFrom.SecretKeyRef.WithKey(secretRefKey);

/// <summary>k8s-libsonnet's <c>envVar.fromFieldPath(name, fieldPath)</c>: a variable read from a field of the pod.</summary>
/// <param name="name">The variable's name.</param>
/// <param name="fieldPath">The field's path (<c>metadata.name</c>).</param>
public static {T} FromFieldPath(string name, string fieldPath) => WithName(name) + ValueFrom.FieldRef.WithFieldPath(fieldPath);
""";

        private const string KeyToPathNewText = """
/// <summary>k8s-libsonnet's <c>keyToPath.new(key, path)</c>.</summary>
/// <param name="key">The key.</param>
/// <param name="path">The relative path it is written to.</param>
public static {T} New(string key, string path) => WithKey(key) + WithPath(path);
""";

        private const string PersistentVolumeNewText = """
/// <summary>k8s-libsonnet's <c>persistentVolume.new()</c> without a name: <c>apiVersion</c> and <c>kind</c> only.</summary>
public static {T} New() => new {T}({P}.Set(new {PP}("apiVersion"), {PV}.String({ApiVersion})) + {P}.Set(new {PP}("kind"), {PV}.String({Kind})));
""";

        private const string SecretNewText = """
/// <summary>k8s-libsonnet's <c>secret.new(name, data, type)</c>: a Secret of the given data and type.</summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="data">The data (base64 on the wire).</param>
/// <param name="type">The Secret's type.</param>
public static {T} New(string name, global::System.Collections.Generic.IReadOnlyDictionary<string, byte[]> data, string type = "Opaque") =>
    New(name) + WithData(data) + WithType(type);
""";

        private const string ServiceNewText = """
/// <summary>k8s-libsonnet's <c>service.new(name, selector, ports)</c>: a Service of the given selector and ports.</summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="selector">The pods' labels.</param>
/// <param name="ports">The ports; a single value is a one-item array.</param>
public static {T} New(string name, {Map} selector, params {Core}.ServicePort[] ports) =>
    New(name) + Spec.WithSelector(selector) + Spec.WithPorts(ports);

/// <inheritdoc cref="New(string, {MapCref}, {Core}.ServicePort[])"/>
public static {T} New(string name, {Map} selector, global::System.Collections.Generic.IEnumerable<{Core}.ServicePort> ports) =>
    New(name) + Spec.WithSelector(selector) + Spec.WithPorts(ports);

/// <summary>k8s-libsonnet's <c>service.newWithoutSelector(name)</c>: a Service without ports and selector.</summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
public static {T} NewWithoutSelector(string name) => New(name);
""";

        private const string ServicePortNewText = """
/// <summary>k8s-libsonnet's <c>servicePort.new(port, targetPort)</c>.</summary>
/// <param name="port">The Service's port.</param>
/// <param name="targetPort">The pods' port: a number.</param>
public static {T} New(int port, int targetPort) => WithPort(port) + WithTargetPort(targetPort);

/// <summary>k8s-libsonnet's <c>servicePort.new(port, targetPort)</c>.</summary>
/// <param name="port">The Service's port.</param>
/// <param name="targetPort">The pods' port: a name.</param>
public static {T} New(int port, string targetPort) => WithPort(port) + WithTargetPort(targetPort);

/// <summary>k8s-libsonnet's <c>servicePort.newNamed(name, port, targetPort)</c>: works like <c>New</c>, but also sets the name.</summary>
/// <param name="name">The port's name.</param>
/// <param name="port">The Service's port.</param>
/// <param name="targetPort">The pods' port: a number.</param>
public static {T} NewNamed(string name, int port, int targetPort) => New(port, targetPort) + WithName(name);

/// <summary>k8s-libsonnet's <c>servicePort.newNamed(name, port, targetPort)</c>: works like <c>New</c>, but also sets the name.</summary>
/// <param name="name">The port's name.</param>
/// <param name="port">The Service's port.</param>
/// <param name="targetPort">The pods' port: a name.</param>
public static {T} NewNamed(string name, int port, string targetPort) => New(port, targetPort) + WithName(name);
""";

        private const string VolumeFromText = """
/// <summary>k8s-libsonnet's <c>volume.fromConfigMap(name, configMapName, configMapItems)</c>: a volume of a ConfigMap.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="configMapName">The ConfigMap's name.</param>
/// <param name="configMapItems">The keys to project; none: every key.</param>
public static {T} FromConfigMap(string name, string configMapName, params {Core}.KeyToPath[] configMapItems) =>
    WithName(name) + ConfigMap.WithName(configMapName)
    + ((configMapItems ?? throw new global::System.ArgumentNullException(nameof(configMapItems))).Length > 0 ? ConfigMap.WithItems(configMapItems) : default);

/// <summary>k8s-libsonnet's <c>volume.fromEmptyDir(name, emptyDir)</c>: a volume of type <c>emptyDir</c>.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="emptyDir">The <c>emptyDir</c> object; <c>{}</c> by default.</param>
public static {T} FromEmptyDir(string name, {Core}.EmptyDirVolumeSource emptyDir = default) => WithName(name) + WithEmptyDir(emptyDir);

/// <summary>k8s-libsonnet's <c>volume.fromPersistentVolumeClaim(name, claimName)</c>: a volume of a PersistentVolumeClaim.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="claimName">The claim's name.</param>
/// <param name="emptyDir">ksonnet-lib's older name for <paramref name="claimName"/>, used when that is empty.</param>
/// <exception cref="global::System.ArgumentException">Neither names a claim (jsonnet: <c>claimName not set</c>).</exception>
public static {T} FromPersistentVolumeClaim(string name, string claimName = "", string emptyDir = "")
{
    string claim = claimName.Length == 0 && emptyDir.Length != 0 ? emptyDir
        : claimName.Length == 0 ? throw new global::System.ArgumentException("claimName not set", nameof(claimName)) : claimName;
    return WithName(name) + PersistentVolumeClaim.WithClaimName(claim);
}

/// <summary>k8s-libsonnet's <c>volume.fromHostPath(name, hostPath)</c>: a volume of a path on the node.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="hostPath">The path on the node.</param>
public static {T} FromHostPath(string name, string hostPath) => WithName(name) + HostPath.WithPath(hostPath);

/// <summary>k8s-libsonnet's <c>volume.fromSecret(name, secretName)</c>: a volume of a Secret.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="secretName">The Secret's name.</param>
public static {T} FromSecret(string name, string secretName) => WithName(name) + Secret.WithSecretName(secretName);

/// <summary>k8s-libsonnet's <c>volume.fromCsi(name, driver, volumeAttributes)</c>: a read-only volume of type <c>csi</c>.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="driver">The CSI driver.</param>
/// <param name="volumeAttributes">The driver's attributes; <c>{}</c> by default.</param>
public static {T} FromCsi(string name, string driver, {Map}? volumeAttributes = null) =>
    WithName(name) + WithCsi({Core}.CSIVolumeSource.WithDriver(driver) + {Core}.CSIVolumeSource.WithReadOnly(true)
        + {Core}.CSIVolumeSource.WithVolumeAttributes(volumeAttributes ?? new global::System.Collections.Generic.Dictionary<string, string>()));
""";

        private const string VolumeMountNewText = """
/// <summary>k8s-libsonnet's <c>volumeMount.new(name, mountPath, readOnly)</c>.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="mountPath">Where it is mounted in the container.</param>
/// <param name="readOnly">Whether it is mounted read-only (written only when true).</param>
public static {T} New(string name, string mountPath, bool readOnly = false) =>
    WithName(name) + WithMountPath(mountPath) + (readOnly ? WithReadOnly(true) : default);
""";

        private const string PodLabelsText = """
// k8s-libsonnet's pod labels: { name: name } + podLabels.
private static global::System.Collections.Generic.Dictionary<string, string> LibsonnetPodLabels(string name, {Map}? podLabels)
{
    var labels = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) { ["name"] = name };
    if (podLabels != null)
    {
        foreach (global::System.Collections.Generic.KeyValuePair<string, string> label in podLabels)
        {
            labels[label.Key] = label.Value;
        }
    }

    return labels;
}
""";

        private const string DeploymentNewText = """
/// <summary>
/// k8s-libsonnet's <c>deployment.new(name, replicas, containers, podLabels)</c>: a Deployment of the given containers,
/// its pods labelled <c>name: name</c> and <paramref name="podLabels"/>, selected by the same labels.
/// </summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="replicas">The number of replicas (k8s-libsonnet's default is 1); <see langword="null"/> writes none.</param>
/// <param name="containers">The pod's containers.</param>
/// <param name="podLabels">More labels of the pods (and the selector); they win over <c>name</c>.</param>
public static {T} New(string name, int? replicas, global::System.Collections.Generic.IEnumerable<{Core}.Container> containers, {Map}? podLabels = null)
{
    var labels = LibsonnetPodLabels(name, podLabels);
    return New(name)
        + (replicas is int count ? Spec.WithReplicas(count) : default)
        + Spec.Template.Spec.WithContainers(containers)
        + Spec.Template.Metadata.WithLabels(labels)
        + Spec.Selector.WithMatchLabels(labels);
}
""";

        private const string DaemonSetNewText = """
/// <summary>
/// k8s-libsonnet's <c>daemonSet.new(name, containers, podLabels)</c>: a DaemonSet of the given containers (none by default),
/// its pods labelled <c>name: name</c> and <paramref name="podLabels"/>, selected by the same labels.
/// </summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="containers">The pod's containers; none by default.</param>
/// <param name="podLabels">More labels of the pods (and the selector); they win over <c>name</c>.</param>
public static {T} New(string name, global::System.Collections.Generic.IEnumerable<{Core}.Container>? containers = null, {Map}? podLabels = null)
{
    var labels = LibsonnetPodLabels(name, podLabels);
    return new {T}({P}.Kind({ApiVersion}, {Kind}, name))
        + Spec.Template.Spec.WithContainers(containers ?? global::System.Array.Empty<{Core}.Container>())
        + Spec.Template.Metadata.WithLabels(labels)
        + Spec.Selector.WithMatchLabels(labels);
}
""";

        private const string StatefulSetNewText = """
/// <summary>
/// k8s-libsonnet's <c>statefulSet.new(name, replicas, containers, volumeClaims, podLabels)</c>: a StatefulSet of the given
/// containers and volume claim templates (none written when empty), its pods labelled <c>name: name</c> and
/// <paramref name="podLabels"/>, selected by the same labels.
/// </summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="replicas">The number of replicas (k8s-libsonnet's default is 1).</param>
/// <param name="containers">The pod's containers.</param>
/// <param name="volumeClaims">The volume claim templates; none by default.</param>
/// <param name="podLabels">More labels of the pods (and the selector); they win over <c>name</c>.</param>
public static {T} New(string name, int replicas, global::System.Collections.Generic.IEnumerable<{Core}.Container> containers, global::System.Collections.Generic.IEnumerable<{Core}.PersistentVolumeClaim>? volumeClaims = null, {Map}? podLabels = null)
{
    var labels = LibsonnetPodLabels(name, podLabels);
    var claims = volumeClaims == null ? new global::System.Collections.Generic.List<{Core}.PersistentVolumeClaim>() : new global::System.Collections.Generic.List<{Core}.PersistentVolumeClaim>(volumeClaims);
    return New(name)
        + Spec.WithReplicas(replicas)
        + Spec.Template.Spec.WithContainers(containers)
        + Spec.Template.Metadata.WithLabels(labels)
        + Spec.Selector.WithMatchLabels(labels)
        + (claims.Count > 0 ? Spec.WithVolumeClaimTemplates(claims) : default);
}
""";

        private const string CronJobNewText = """
/// <summary>
/// k8s-libsonnet's <c>cronJob.new(name, schedule, containers)</c>: a CronJob of the given schedule and containers, its
/// pods labelled <c>name: name</c>.
/// </summary>
/// <param name="name">The object's name, <c>metadata.name</c>.</param>
/// <param name="schedule">The cron schedule; empty by default.</param>
/// <param name="containers">The pod's containers; none by default.</param>
public static {T} New(string name, string schedule = "", global::System.Collections.Generic.IEnumerable<{Core}.Container>? containers = null) =>
    new {T}({P}.Kind({ApiVersion}, {Kind}, name))
    + Spec.WithSchedule(schedule)
    + Spec.JobTemplate.Spec.Template.Spec.WithContainers(containers ?? global::System.Array.Empty<{Core}.Container>())
    + Spec.JobTemplate.Spec.Template.Metadata.WithLabels(new global::System.Collections.Generic.Dictionary<string, string> { ["name"] = name });
""";

        private const string MapContainersText = """
/// <summary>
/// k8s-libsonnet's <c>mapContainers(f, includeInitContainers)</c>: applies <paramref name="f"/> to each container of the pod
/// template, as <c>std.map</c> does. A patch like any other: it acts on the containers composed to its left.
/// </summary>
/// <param name="f">The function, given each container.</param>
/// <param name="includeInitContainers">Whether the init containers are mapped too.</param>
public static {T} MapContainers(global::System.Func<{Core}.Container, {Core}.Container> f, bool includeInitContainers = false) =>
    includeInitContainers ? {PT}.Spec.MapContainers(f) + {PT}.Spec.MapInitContainers(f) : {PT}.Spec.MapContainers(f);

/// <summary>
/// k8s-libsonnet's <c>mapContainersWithName(names, f, includeInitContainers)</c>: like <see cref="MapContainers"/>, but only
/// for the containers whose name is one of <paramref name="names"/>.
/// </summary>
/// <param name="names">The containers' names.</param>
/// <param name="f">The function, given each of those containers.</param>
/// <param name="includeInitContainers">Whether the init containers are mapped too.</param>
public static {T} MapContainersWithName({Strings} names, global::System.Func<{Core}.Container, {Core}.Container> f, bool includeInitContainers = false)
{
    var set = new global::System.Collections.Generic.HashSet<string>(names ?? throw new global::System.ArgumentNullException(nameof(names)), global::System.StringComparer.Ordinal);
    if (f == null)
    {
        throw new global::System.ArgumentNullException(nameof(f));
    }

    return MapContainers(c => {F}.GetString(c, "name") is string name && set.Contains(name) ? f(c) : c, includeInitContainers);
}

/// <summary>k8s-libsonnet's <c>mapContainersWithName(name, f, includeInitContainers)</c> with one name.</summary>
/// <param name="name">The container's name.</param>
/// <param name="f">The function, given that container.</param>
/// <param name="includeInitContainers">Whether the init containers are mapped too.</param>
public static {T} MapContainersWithName(string name, global::System.Func<{Core}.Container, {Core}.Container> f, bool includeInitContainers = false) =>
    MapContainersWithName(new[] { name }, f, includeInitContainers);
""";

        private const string VolumeMountsText = """
// k8s-libsonnet's addMount: the mount appended to the containers named (all when none are).
private static global::System.Func<{Core}.Container, {Core}.Container> LibsonnetAddMount({Core}.VolumeMount mount, {Strings}? containers)
{
    var names = containers == null ? null : new global::System.Collections.Generic.HashSet<string>(containers, global::System.StringComparer.Ordinal);
    return c => names == null || ({F}.GetString(c, "name") is string name && names.Contains(name)) ? c + {Core}.Container.WithVolumeMountsMixin(mount) : c;
}

private static {T} LibsonnetMount({Core}.VolumeMount mount, {Core}.Volume volume, {Strings}? containers, bool includeInitContainers) =>
    MapContainers(LibsonnetAddMount(mount, containers), includeInitContainers) + {PT}.Spec.WithVolumesMixin(volume);

/// <summary>
/// k8s-libsonnet's <c>configVolumeMount(name, path, …)</c>: mounts the ConfigMap <paramref name="name"/> on <paramref name="path"/>
/// in the containers named (all when none are), and adds its volume.
/// </summary>
/// <param name="name">The ConfigMap's name, also the volume's.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="volumeMountMixin">Composed onto each mount (<c>VolumeMount.WithSubPath(…)</c>).</param>
/// <param name="volumeMixin">Composed onto the volume (<c>Volume.ConfigMap.WithDefaultMode(420)</c>).</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} ConfigVolumeMount(string name, string path, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path) + volumeMountMixin, {Core}.Volume.FromConfigMap(name, name) + volumeMixin, containers, includeInitContainers);

/// <summary>
/// k8s-libsonnet's <c>configMapVolumeMount(configMap, path, …)</c>: like <see cref="ConfigVolumeMount"/> for the given ConfigMap,
/// and annotates the pods with <c>NAME-hash</c>, the MD5 of the ConfigMap as jsonnet's <c>std.toString</c> writes it, so
/// that they are re-deployed when it changes.
/// </summary>
/// <typeparam name="TConfigMap">The ConfigMap's generated type.</typeparam>
/// <param name="configMap">The ConfigMap.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} ConfigMapVolumeMount<TConfigMap>(TConfigMap configMap, string path, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false)
    where TConfigMap : struct, global::Kubesonnet.IPatch<TConfigMap>
{
    string name = {F}.RequireString(configMap, nameof(configMap), "metadata", "name");
    string hash = {F}.Md5OfToString(configMap);
    return LibsonnetMount({Core}.VolumeMount.New(name, path) + volumeMountMixin, {Core}.Volume.FromConfigMap(name, name) + volumeMixin, containers, includeInitContainers)
        + {PT}.Metadata.WithAnnotationsMixin(new global::System.Collections.Generic.Dictionary<string, string> { [name + "-hash"] = hash });
}

/// <summary>k8s-libsonnet's <c>hostVolumeMount(name, hostPath, path, readOnly, …)</c>: mounts a path of the node.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="hostPath">The path on the node.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="readOnly">Whether the mount is read-only.</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} HostVolumeMount(string name, string hostPath, string path, bool readOnly = false, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path, readOnly) + volumeMountMixin, {Core}.Volume.FromHostPath(name, hostPath) + volumeMixin, containers, includeInitContainers);

/// <summary>k8s-libsonnet's <c>pvcVolumeMount(name, path, readOnly, …)</c>: mounts the PersistentVolumeClaim <paramref name="name"/>.</summary>
/// <param name="name">The claim's name, also the volume's.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="readOnly">Whether the mount is read-only.</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} PvcVolumeMount(string name, string path, bool readOnly = false, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path, readOnly) + volumeMountMixin, {Core}.Volume.FromPersistentVolumeClaim(name, name) + volumeMixin, containers, includeInitContainers);

/// <summary>k8s-libsonnet's <c>secretVolumeMount(name, path, defaultMode, …)</c>: mounts the Secret <paramref name="name"/>.</summary>
/// <param name="name">The Secret's name, also the volume's.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="defaultMode">The files' mode (256: <c>0400</c>).</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} SecretVolumeMount(string name, string path, int defaultMode = 256, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path) + volumeMountMixin, {Core}.Volume.FromSecret(name, name) + {Core}.Volume.Secret.WithDefaultMode(defaultMode) + volumeMixin, containers, includeInitContainers);

/// <summary>
/// k8s-libsonnet's <c>secretVolumeMountAnnotated(name, path, defaultMode, …)</c>: <see cref="SecretVolumeMount"/>, and the
/// annotation <c>NAME-secret-hash</c> (the MD5 of the name) on <c>spec.template.metadata</c>, where k8s-libsonnet writes it.
/// </summary>
/// <param name="name">The Secret's name, also the volume's.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="defaultMode">The files' mode (256: <c>0400</c>).</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
public static {T} SecretVolumeMountAnnotated(string name, string path, int defaultMode = 256, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null) =>
    SecretVolumeMount(name, path, defaultMode, volumeMountMixin, volumeMixin, containers)
    + new {T}({P}.Mixin(new {PP}("spec", "template", "metadata", "annotations"), {PV}.Map(new global::System.Collections.Generic.Dictionary<string, string> { [name + "-secret-hash"] = {F}.Md5(name) })));

/// <summary>k8s-libsonnet's <c>emptyVolumeMount(name, path, …)</c>: mounts an empty directory.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume (<c>Volume.EmptyDir.WithSizeLimit("1Gi")</c>).</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} EmptyVolumeMount(string name, string path, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path) + volumeMountMixin, {Core}.Volume.FromEmptyDir(name) + volumeMixin, containers, includeInitContainers);

/// <summary>k8s-libsonnet's <c>csiVolumeMount(name, path, driver, volumeAttributes, …)</c>: mounts a CSI volume.</summary>
/// <param name="name">The volume's name.</param>
/// <param name="path">Where it is mounted.</param>
/// <param name="driver">The CSI driver.</param>
/// <param name="volumeAttributes">The driver's attributes.</param>
/// <param name="volumeMountMixin">Composed onto each mount.</param>
/// <param name="volumeMixin">Composed onto the volume.</param>
/// <param name="containers">The containers' names; <see langword="null"/>: every container.</param>
/// <param name="includeInitContainers">Whether init containers are mounted too.</param>
public static {T} CsiVolumeMount(string name, string path, string driver, {Map} volumeAttributes, {Core}.VolumeMount volumeMountMixin = default, {Core}.Volume volumeMixin = default, {Strings}? containers = null, bool includeInitContainers = false) =>
    LibsonnetMount({Core}.VolumeMount.New(name, path) + volumeMountMixin, {Core}.Volume.FromCsi(name, driver, volumeAttributes) + volumeMixin, containers, includeInitContainers);
""";

        private const string ScaleTargetRefText = """
/// <summary>The setters of <c>spec</c>, and k8s-libsonnet's <c>spec.withScaleTargetRef(object)</c>.</summary>
public abstract partial class Spec
{
    /// <summary>
    /// k8s-libsonnet's <c>spec.withScaleTargetRef(object)</c>: <c>spec.scaleTargetRef</c> merged with the object's
    /// <c>apiVersion</c>, <c>kind</c> and <c>metadata.name</c>.
    /// </summary>
    /// <typeparam name="TObject">The target's generated kind (<c>Deployment</c>).</typeparam>
    /// <param name="object">The object to scale.</param>
    public static {T} WithScaleTargetRef<TObject>(TObject @object)
        where TObject : struct, global::Kubesonnet.IKubernetesObject<TObject> =>
        ScaleTargetRef.WithApiVersion({F}.RequireString(@object, nameof(@object), "apiVersion"))
        + ScaleTargetRef.WithKind({F}.RequireString(@object, nameof(@object), "kind"))
        + ScaleTargetRef.WithName({F}.RequireString(@object, nameof(@object), "metadata", "name"));
}
""";

        private const string BindRoleText = """
/// <summary>k8s-libsonnet's <c>bindRole(role)</c>: the <c>roleRef</c> of a Role or ClusterRole: its name, kind and API group.</summary>
/// <typeparam name="TRole">The role's generated kind.</typeparam>
/// <param name="role">The Role or ClusterRole.</param>
public static {T} BindRole<TRole>(TRole role)
    where TRole : struct, global::Kubesonnet.IKubernetesObject<TRole> =>
    WithRoleRef({Rbac}.RoleRef.WithName({F}.RequireString(role, nameof(role), "metadata", "name"))
        + {Rbac}.RoleRef.WithKind({F}.RequireString(role, nameof(role), "kind"))
        + {Rbac}.RoleRef.WithApiGroup({F}.RequireString(role, nameof(role), "apiVersion").Split('/')[0]));
""";

        private const string FromServiceAccountText = """
/// <summary>k8s-libsonnet's <c>subject.fromServiceAccount(service_account)</c>: a subject for a ServiceAccount, by its name and namespace.</summary>
/// <typeparam name="TServiceAccount">The ServiceAccount's generated kind.</typeparam>
/// <param name="serviceAccount">The ServiceAccount; it must have a name and a namespace.</param>
public static {T} FromServiceAccount<TServiceAccount>(TServiceAccount serviceAccount)
    where TServiceAccount : struct, global::Kubesonnet.IKubernetesObject<TServiceAccount> =>
    WithKind("ServiceAccount")
    + WithName({F}.RequireString(serviceAccount, nameof(serviceAccount), "metadata", "name"))
    + WithNamespace({F}.RequireString(serviceAccount, nameof(serviceAccount), "metadata", "namespace"));
""";
    }
}
