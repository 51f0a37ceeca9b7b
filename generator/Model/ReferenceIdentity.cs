using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Kubesonnet.Generator.Model
{
    /// <summary>
    /// Objects compared by identity: two equal nodes or field types in different places are two things (and
    /// SharpYaml's nodes compare by content, which costs a walk).
    /// </summary>
    internal sealed class ReferenceIdentity<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceIdentity<T> Instance = new ReferenceIdentity<T>();

        private ReferenceIdentity()
        {
        }

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
