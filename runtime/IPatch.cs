namespace Kubesonnet;

/// <summary>
/// Anything that holds a patch: <see cref="Kubesonnet.Patch"/> itself and every generated type. The
/// <see cref="Manifests"/> writers take manifests of different kinds through it, as they are:
/// <c>Manifests.ToYamlStream(deployment, service, configMap)</c>.
/// </summary>
public interface IPatch
{
    /// <summary>The untyped patch (<see cref="Patch.Empty"/> for a generated type's default value).</summary>
    Patch Patch { get; }
}

/// <summary>
/// A typed patch: a generated builder type (<c>CertificateSigningRequest</c>, <c>OwnerReference</c>, …) that wraps a
/// <see cref="Kubesonnet.Patch"/>. Generated types are immutable values; their setters are static and return a
/// patch of the same type, and <c>+</c> composes two of them with k8s-libsonnet's semantics.
/// </summary>
/// <typeparam name="TSelf">The implementing type itself.</typeparam>
public interface IPatch<TSelf> : IPatch
    where TSelf : struct, IPatch<TSelf>
{
    /// <summary>The untyped patch this value wraps (<see cref="Patch.Empty"/> for a default value).</summary>
    new Patch Patch { get; }

    /// <inheritdoc/>
    Patch IPatch.Patch => Patch;

    /// <summary>Wraps an untyped patch as this type. No check is made that the patch fits the type's schema.</summary>
    /// <param name="patch">The patch to wrap.</param>
    /// <returns>The typed patch.</returns>
    static abstract TSelf FromPatch(Patch patch);
}
