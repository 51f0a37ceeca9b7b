// Language features the compiler needs from the framework that netstandard2.0 does not have.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
