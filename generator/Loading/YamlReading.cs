using System;
using System.Reflection;
using System.Threading;
using SharpYaml;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Builds SharpYaml's tree from SharpYaml's parser, in one loop over its events, bounded. SharpYaml's own loader
    /// (<c>YamlStream.Load</c>) is not safe on hostile input: it hashes every mapping key, and a key that is an alias
    /// to a sequence containing itself (<c>? &amp;k [ *k ]</c>, 20 bytes) recurses until the process dies; a
    /// "billion laughs" key hashes for minutes; an alias inside its own anchor makes a cycle that every later walk
    /// would follow for ever.
    /// </summary>
    /// <remarks>
    /// Here keys are strings (an entry whose key is an object or an array is dropped, KSN105); a key written twice
    /// keeps its first value (KSN006); an alias to a node that is not finished is refused, so the tree has no cycles;
    /// nesting, counting what aliases bring in, is at most <see cref="Limits.MaxNesting"/> and aliases may not expand
    /// the stream beyond <see cref="Limits.MaxAliasExpansion"/> times what it writes (KSN004). Nodes carry their
    /// positions as SharpYaml's loader sets them, except that an object or an array ends where it ends (SharpYaml's
    /// end where their first event does), as <see cref="JsonTree"/>'s positions do.
    /// </remarks>
    internal static partial class YamlReading
    {
        private static readonly Action<YamlNode, Mark>? s_setStart = MarkSetter(nameof(YamlNode.Start));
        private static readonly Action<YamlNode, Mark>? s_setEnd = MarkSetter(nameof(YamlNode.End));

        /// <summary>True when nodes get their positions (tested: they must, with the pinned SharpYaml).</summary>
        public static bool SetsPositions => s_setStart != null && s_setEnd != null;

        /// <summary>
        /// Adds the documents of <paramref name="text"/> to <paramref name="stream"/> (a document without a root is not
        /// added). Throws <see cref="YamlReadException"/> when the text is not valid YAML or exceeds a limit.
        /// </summary>
        public static void Load(string text, YamlStream stream, Findings findings, CancellationToken cancellationToken) =>
            new Builder(text, findings).Read(stream, cancellationToken);

        private static Action<YamlNode, Mark>? MarkSetter(string property)
        {
            try
            {
                // SharpYaml sets a node's Start and End only in its own loader (private setters).
                MethodInfo? setter = typeof(YamlNode).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetSetMethod(nonPublic: true);
                return setter == null
                    ? null
                    : (Action<YamlNode, Mark>?)Delegate.CreateDelegate(typeof(Action<YamlNode, Mark>), setter, throwOnBindFailure: false);
            }
            catch (Exception)
            {
                // Without positions every diagnostic points at the file's start: worse, never wrong.
                return null;
            }
        }

        internal static void SetPositions(YamlNode node, Mark start, Mark end)
        {
            s_setStart?.Invoke(node, start);
            s_setEnd?.Invoke(node, end);
        }

        /// <summary>The JSON type a scalar stands for (YAML 1.2 core schema: plain <c>7</c> is a number, <c>"7"</c> a string).</summary>
        public static string JsonType(YamlScalarNode scalar)
        {
            if (scalar.Style != ScalarStyle.Plain && scalar.Style != ScalarStyle.Any)
            {
                return "a string";
            }

            string value = scalar.Value ?? string.Empty;
            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return "null";
                case "true":
                case "True":
                case "TRUE":
                case "false":
                case "False":
                case "FALSE":
                    return "a boolean";
                case ".inf":
                case ".Inf":
                case ".INF":
                case "+.inf":
                case "+.Inf":
                case "+.INF":
                case "-.inf":
                case "-.Inf":
                case "-.INF":
                case ".nan":
                case ".NaN":
                case ".NAN":
                    return "a number";
            }

            return IsNumber(value) ? "a number" : "a string";
        }

        /// <summary>A YAML 1.2 core-schema number: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>, or hex/octal.</summary>
        public static bool IsNumber(string value)
        {
            int i = 0;
            if (value.Length > 2 && value[0] == '0' && (value[1] == 'x' || value[1] == 'o'))
            {
                for (i = 2; i < value.Length; i++)
                {
                    if (!(value[1] == 'x' ? Uri.IsHexDigit(value[i]) : value[i] >= '0' && value[i] <= '7'))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (i < value.Length && (value[i] == '-' || value[i] == '+'))
            {
                i++;
            }

            int digits = Digits(value, ref i);
            if (i < value.Length && value[i] == '.')
            {
                i++;
                digits += Digits(value, ref i);
            }

            if (digits == 0)
            {
                return false;
            }

            if (i < value.Length && (value[i] == 'e' || value[i] == 'E'))
            {
                i++;
                if (i < value.Length && (value[i] == '-' || value[i] == '+'))
                {
                    i++;
                }

                if (Digits(value, ref i) == 0)
                {
                    return false;
                }
            }

            return i == value.Length;
        }

        private static int Digits(string value, ref int i)
        {
            int start = i;
            while (i < value.Length && value[i] >= '0' && value[i] <= '9')
            {
                i++;
            }

            return i - start;
        }

        /// <summary>
        /// The message of a parse error for a diagnostic: one line, without the zero-based positions SharpYaml puts
        /// before it (the diagnostic's location has them) and without a closing period.
        /// </summary>
        public static string Detail(YamlException exception)
        {
            string message = exception.Message ?? string.Empty;
            int prefix = message.StartsWith("(Lin:", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
            return (prefix >= 0 ? message.Substring(prefix + 3) : message).Replace('\r', ' ').Replace('\n', ' ').Trim().TrimEnd('.');
        }
    }

    /// <summary>
    /// The text is not valid YAML (<see cref="IsLimit"/> false: KSN001) or exceeds a limit (KSN004). The message says
    /// where in the document, as a JSON path; the position is in <see cref="YamlException.Start"/> and <c>End</c>.
    /// </summary>
    internal sealed class YamlReadException : YamlException
    {
        private readonly string _message;

        public YamlReadException(Mark start, Mark end, string path, string detail, bool isLimit)
            : base(start, end, detail)
        {
            _message = path == "$" ? detail : "at '" + SchemaPath.Shorten(path) + "': " + detail;
            Path = path;
            IsLimit = isLimit;
        }

        /// <summary>The problem and the JSON path where it is, without SharpYaml's zero-based line numbers.</summary>
        public override string Message => _message;

        /// <summary>The JSON path of the node being read.</summary>
        public string Path { get; }

        public bool IsLimit { get; }
    }
}
