namespace Kubesonnet;

/// <summary>
/// A generated builder type of a Kubernetes kind (a definition with <c>x-kubernetes-group-version-kind</c>):
/// it knows the <c>apiVersion</c> and <c>kind</c> its <c>New</c> writes, so that manifests read from JSON or
/// YAML can be checked before they are typed as it.
/// </summary>
/// <typeparam name="TSelf">The implementing type itself.</typeparam>
public interface IKubernetesObject<TSelf> : IPatch<TSelf>
    where TSelf : struct, IKubernetesObject<TSelf>
{
    /// <summary>The kind's <c>apiVersion</c>: <c>certificates.k8s.io/v1</c>, <c>v1</c> for the core group.</summary>
    static abstract string ApiVersion { get; }

    /// <summary>The kind's <c>kind</c>: <c>CertificateSigningRequest</c>.</summary>
    static abstract string Kind { get; }
}
