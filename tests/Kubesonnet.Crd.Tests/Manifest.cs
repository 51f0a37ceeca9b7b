using System.Text.RegularExpressions;

namespace Kubesonnet.Crd.Tests
{
    internal static class Manifest
    {
        /// <summary>Expected compact JSON written over several lines: the line breaks and the indentation after them go.</summary>
        public static string Compact(string lines) => Regex.Replace(lines, @"\r?\n\s*", string.Empty).Trim();
    }
}
