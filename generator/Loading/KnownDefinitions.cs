namespace Kubesonnet.Generator.Loading
{
    /// <summary>Kubernetes definitions whose meaning the schema's type and format alone do not say.</summary>
    internal static class KnownDefinitions
    {
        /// <summary>metav1.MicroTime: <c>type: string, format: date-time</c>, but written with microseconds.</summary>
        public const string MicroTimeSuffix = ".apis.meta.v1.MicroTime";

        /// <summary>resource.Quantity: <c>type: string</c> holding "500m", "1Gi", …</summary>
        public const string QuantitySuffix = ".api.resource.Quantity";

        /// <summary>intstr.IntOrString: <c>type: string, format: int-or-string</c>.</summary>
        public const string IntOrStringFormat = "int-or-string";
    }
}
