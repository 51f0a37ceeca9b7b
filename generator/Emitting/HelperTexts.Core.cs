
namespace Kubesonnet.Generator.Emitting
{
    /// <summary>The helpers of core/v1 builders (ConfigMap, Container, EnvVar, Secret, Service, Volume, …), as the C# they are: <c>{T}</c> the type, <c>{Core}</c> its core/v1 namespace, <c>{P}</c>, <c>{PV}</c>, <c>{PP}</c>, <c>{F}</c> the runtime's types (<see cref="Emit"/>).</summary>
    internal static partial class Helpers
    {
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
    }
}
