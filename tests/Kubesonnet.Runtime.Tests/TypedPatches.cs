using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kubesonnet.Tests;

// Hand-written stand-ins for what the generator emits, calling the runtime exactly as generated code does, so the
// conformance cases read like users' code. Only the setters the tests need are here.

/// <summary>certificates.k8s.io/v1 CertificateSigningRequest.</summary>
public readonly struct Csr : IKubernetesObject<Csr>
{
    static string IKubernetesObject<Csr>.ApiVersion => "certificates.k8s.io/v1";

    static string IKubernetesObject<Csr>.Kind => "CertificateSigningRequest";

    private readonly Patch? _patch;

    private Csr(Patch patch) => _patch = patch;

    Patch IPatch<Csr>.Patch => _patch ?? Patch.Empty;

    static Csr IPatch<Csr>.FromPatch(Patch patch) => new(patch);

    public Patch Untyped => _patch ?? Patch.Empty;

    public static Csr operator +(Csr left, Csr right) => new(left.Untyped + right.Untyped);

    public string ToJson(bool indented = false) => Untyped.ToJson(indented);

    public string ToYaml() => Untyped.ToYaml();

    public static Csr New(string name) => new(Patch.Kind("certificates.k8s.io/v1", "CertificateSigningRequest", name));

    public static class Metadata
    {
        private static readonly PatchPath AnnotationsPath = new("metadata", "annotations");
        private static readonly PatchPath ClusterNamePath = new("metadata", "clusterName");
        private static readonly PatchPath CreationTimestampPath = new("metadata", "creationTimestamp");
        private static readonly PatchPath DeletionGracePeriodSecondsPath = new("metadata", "deletionGracePeriodSeconds");
        private static readonly PatchPath DeletionTimestampPath = new("metadata", "deletionTimestamp");
        private static readonly PatchPath FinalizersPath = new("metadata", "finalizers");
        private static readonly PatchPath GenerateNamePath = new("metadata", "generateName");
        private static readonly PatchPath GenerationPath = new("metadata", "generation");
        private static readonly PatchPath LabelsPath = new("metadata", "labels");
        private static readonly PatchPath ManagedFieldsPath = new("metadata", "managedFields");
        private static readonly PatchPath NamePath = new("metadata", "name");
        private static readonly PatchPath NamespacePath = new("metadata", "namespace");
        private static readonly PatchPath OwnerReferencesPath = new("metadata", "ownerReferences");
        private static readonly PatchPath ResourceVersionPath = new("metadata", "resourceVersion");
        private static readonly PatchPath SelfLinkPath = new("metadata", "selfLink");
        private static readonly PatchPath UidPath = new("metadata", "uid");

        public static Csr WithAnnotations(IReadOnlyDictionary<string, string> annotations) => new(Patch.Set(AnnotationsPath, PatchValue.Map(annotations)));

        public static Csr WithAnnotationsMixin(IReadOnlyDictionary<string, string> annotations) => new(Patch.Mixin(AnnotationsPath, PatchValue.Map(annotations)));

        public static Csr WithClusterName(string clusterName) => new(Patch.Set(ClusterNamePath, PatchValue.String(clusterName)));

        public static Csr WithCreationTimestamp(string creationTimestamp) => new(Patch.Set(CreationTimestampPath, PatchValue.String(creationTimestamp)));

        public static Csr WithCreationTimestamp(DateTimeOffset creationTimestamp) => new(Patch.Set(CreationTimestampPath, PatchValue.Time(creationTimestamp)));

        public static Csr WithDeletionGracePeriodSeconds(long deletionGracePeriodSeconds) => new(Patch.Set(DeletionGracePeriodSecondsPath, PatchValue.Integer(deletionGracePeriodSeconds)));

        public static Csr WithDeletionTimestamp(DateTimeOffset deletionTimestamp) => new(Patch.Set(DeletionTimestampPath, PatchValue.Time(deletionTimestamp)));

        public static Csr WithFinalizers(params string[] finalizers) => new(Patch.Set(FinalizersPath, PatchValue.Strings(finalizers)));

        public static Csr WithFinalizersMixin(params string[] finalizers) => new(Patch.Mixin(FinalizersPath, PatchValue.Strings(finalizers)));

        public static Csr WithGenerateName(string generateName) => new(Patch.Set(GenerateNamePath, PatchValue.String(generateName)));

        public static Csr WithGeneration(long generation) => new(Patch.Set(GenerationPath, PatchValue.Integer(generation)));

        public static Csr WithLabels(IReadOnlyDictionary<string, string> labels) => new(Patch.Set(LabelsPath, PatchValue.Map(labels)));

        public static Csr WithLabelsMixin(IReadOnlyDictionary<string, string> labels) => new(Patch.Mixin(LabelsPath, PatchValue.Map(labels)));

        public static Csr WithManagedFields(params ManagedFieldsEntry[] managedFields) => new(Patch.Set(ManagedFieldsPath, PatchValue.Objects(managedFields)));

        public static Csr WithManagedFieldsMixin(params ManagedFieldsEntry[] managedFields) => new(Patch.Mixin(ManagedFieldsPath, PatchValue.Objects(managedFields)));

        public static Csr WithName(string name) => new(Patch.Set(NamePath, PatchValue.String(name)));

        public static Csr WithNamespace(string @namespace) => new(Patch.Set(NamespacePath, PatchValue.String(@namespace)));

        public static Csr WithOwnerReferences(params OwnerReference[] ownerReferences) => new(Patch.Set(OwnerReferencesPath, PatchValue.Objects(ownerReferences)));

        public static Csr WithOwnerReferencesMixin(params OwnerReference[] ownerReferences) => new(Patch.Mixin(OwnerReferencesPath, PatchValue.Objects(ownerReferences)));

        public static Csr WithResourceVersion(string resourceVersion) => new(Patch.Set(ResourceVersionPath, PatchValue.String(resourceVersion)));

        public static Csr WithSelfLink(string selfLink) => new(Patch.Set(SelfLinkPath, PatchValue.String(selfLink)));

        public static Csr WithUid(string uid) => new(Patch.Set(UidPath, PatchValue.String(uid)));
    }

    public static class Spec
    {
        private static readonly PatchPath ExtraPath = new("spec", "extra");
        private static readonly PatchPath GroupsPath = new("spec", "groups");
        private static readonly PatchPath RequestPath = new("spec", "request");
        private static readonly PatchPath SignerNamePath = new("spec", "signerName");
        private static readonly PatchPath UidPath = new("spec", "uid");
        private static readonly PatchPath UsagesPath = new("spec", "usages");
        private static readonly PatchPath UsernamePath = new("spec", "username");

        public static Csr WithExtra(IReadOnlyDictionary<string, IReadOnlyList<string>> extra) => new(Patch.Set(ExtraPath, PatchValue.Map(extra)));

        public static Csr WithExtraMixin(IReadOnlyDictionary<string, IReadOnlyList<string>> extra) => new(Patch.Mixin(ExtraPath, PatchValue.Map(extra)));

        public static Csr WithGroups(params string[] groups) => new(Patch.Set(GroupsPath, PatchValue.Strings(groups)));

        public static Csr WithGroupsMixin(params string[] groups) => new(Patch.Mixin(GroupsPath, PatchValue.Strings(groups)));

        public static Csr WithRequest(byte[] request) => new(Patch.Set(RequestPath, PatchValue.Bytes(request)));

        public static Csr WithSignerName(string signerName) => new(Patch.Set(SignerNamePath, PatchValue.String(signerName)));

        public static Csr WithUid(string uid) => new(Patch.Set(UidPath, PatchValue.String(uid)));

        public static Csr WithUsages(params string[] usages) => new(Patch.Set(UsagesPath, PatchValue.Strings(usages)));

        public static Csr WithUsages(IEnumerable<string> usages) => new(Patch.Set(UsagesPath, PatchValue.Strings(usages)));

        public static Csr WithUsagesMixin(params string[] usages) => new(Patch.Mixin(UsagesPath, PatchValue.Strings(usages)));

        public static Csr WithUsername(string username) => new(Patch.Set(UsernamePath, PatchValue.String(username)));
    }
}

/// <summary>meta/v1 OwnerReference: a definition without <c>New</c>, with top-level setters.</summary>
public readonly struct OwnerReference : IPatch<OwnerReference>
{
    private static readonly PatchPath ApiVersionPath = new("apiVersion");
    private static readonly PatchPath KindPath = new("kind");
    private static readonly PatchPath NamePath = new("name");
    private static readonly PatchPath UidPath = new("uid");

    private readonly Patch? _patch;

    private OwnerReference(Patch patch) => _patch = patch;

    Patch IPatch<OwnerReference>.Patch => _patch ?? Patch.Empty;

    static OwnerReference IPatch<OwnerReference>.FromPatch(Patch patch) => new(patch);

    public static OwnerReference operator +(OwnerReference left, OwnerReference right) =>
        new(((IPatch<OwnerReference>)left).Patch + ((IPatch<OwnerReference>)right).Patch);

    public static OwnerReference WithApiVersion(string apiVersion) => new(Patch.Set(ApiVersionPath, PatchValue.String(apiVersion)));

    public static OwnerReference WithKind(string kind) => new(Patch.Set(KindPath, PatchValue.String(kind)));

    public static OwnerReference WithName(string name) => new(Patch.Set(NamePath, PatchValue.String(name)));

    public static OwnerReference WithUid(string uid) => new(Patch.Set(UidPath, PatchValue.String(uid)));
}

/// <summary>meta/v1 ManagedFieldsEntry (one setter is enough here).</summary>
public readonly struct ManagedFieldsEntry : IPatch<ManagedFieldsEntry>
{
    private static readonly PatchPath ManagerPath = new("manager");
    private static readonly PatchPath FieldsV1Path = new("fieldsV1");

    private readonly Patch? _patch;

    private ManagedFieldsEntry(Patch patch) => _patch = patch;

    Patch IPatch<ManagedFieldsEntry>.Patch => _patch ?? Patch.Empty;

    static ManagedFieldsEntry IPatch<ManagedFieldsEntry>.FromPatch(Patch patch) => new(patch);

    public static ManagedFieldsEntry operator +(ManagedFieldsEntry left, ManagedFieldsEntry right) =>
        new(((IPatch<ManagedFieldsEntry>)left).Patch + ((IPatch<ManagedFieldsEntry>)right).Patch);

    public static ManagedFieldsEntry WithManager(string manager) => new(Patch.Set(ManagerPath, PatchValue.String(manager)));

    public static ManagedFieldsEntry WithFieldsV1(JsonNode fieldsV1) => new(Patch.Set(FieldsV1Path, PatchValue.Json(fieldsV1)));
}
