namespace Kubesonnet;

/// <summary>
/// Several manifests at once: written as one document (a Kubernetes <c>List</c>, or a YAML stream), and read back
/// from JSON or YAML (one or many documents) as patches, untyped or checked against a generated kind.
/// </summary>
public static partial class Manifests
{
    // Its members, by concern: Manifests.Writing.cs (lists and YAML streams of patches),
    // Manifests.TypedWriting.cs (the same for generated types), Manifests.Reading.cs (JSON and YAML in).
}
