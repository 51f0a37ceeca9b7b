
namespace Kubesonnet.Generator.Emitting
{
    /// <summary>The helpers of workloads (Deployment, DaemonSet, StatefulSet, CronJob and what holds a pod template), autoscaling and RBAC, as the C# they are, in the notation of the core/v1 helpers' texts.</summary>
    internal static partial class Helpers
    {
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
    where TConfigMap : struct, Ks::IPatch<TConfigMap>
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
        where TObject : struct, Ks::IKubernetesObject<TObject> =>
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
    where TRole : struct, Ks::IKubernetesObject<TRole> =>
    WithRoleRef({Rbac}.RoleRef.WithName({F}.RequireString(role, nameof(role), "metadata", "name"))
        + {Rbac}.RoleRef.WithKind({F}.RequireString(role, nameof(role), "kind"))
        + {Rbac}.RoleRef.WithApiGroup({F}.RequireString(role, nameof(role), "apiVersion").Split('/')[0]));
""";

        private const string FromServiceAccountText = """
/// <summary>k8s-libsonnet's <c>subject.fromServiceAccount(service_account)</c>: a subject for a ServiceAccount, by its name and namespace.</summary>
/// <typeparam name="TServiceAccount">The ServiceAccount's generated kind.</typeparam>
/// <param name="serviceAccount">The ServiceAccount; it must have a name and a namespace.</param>
public static {T} FromServiceAccount<TServiceAccount>(TServiceAccount serviceAccount)
    where TServiceAccount : struct, Ks::IKubernetesObject<TServiceAccount> =>
    WithKind("ServiceAccount")
    + WithName({F}.RequireString(serviceAccount, nameof(serviceAccount), "metadata", "name"))
    + WithNamespace({F}.RequireString(serviceAccount, nameof(serviceAccount), "metadata", "namespace"));
""";
    }
}
