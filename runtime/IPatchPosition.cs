namespace Kubesonnet;

/// <summary>
/// Where a group of setters stands in a manifest. Generated code shares one <c>Setters&lt;TOwner, TAt&gt;</c> class per
/// definition (all the setters of, say, a PodSpec) among every place that definition is used
/// (<c>Deployment.Spec.Template.Spec</c>, <c>Job.Spec.Template.Spec</c>, …); each place is a small marker type whose
/// <see cref="Path"/> says where its fields go.
/// </summary>
public interface IPatchPosition
{
    /// <summary>The path of the object whose fields the setters write.</summary>
    static abstract PatchPath Path { get; }
}
