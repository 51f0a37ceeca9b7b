namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Finds where a JSON object or array ends without parsing it (vectorised scans for quotes and brackets):
    /// <see cref="JsonTree"/> skips a document's <c>paths</c> this way, 4.4 of Kubernetes' 5.1 MB, which Kubesonnet
    /// does not use.
    /// </summary>
    internal static class JsonSkim
    {
        private static readonly char[] s_structure = { '"', '{', '}', '[', ']' };
        private static readonly char[] s_stringEnd = { '"', '\\' };

        /// <summary>The index of the closing quote of the string opening at <paramref name="open"/>, or -1.</summary>
        private static int EndOfString(string json, int open)
        {
            int i = open + 1;
            while (true)
            {
                // A text that ends in a backslash inside a string (a truncated file) puts i past the end.
                i = i < json.Length ? json.IndexOfAny(s_stringEnd, i) : -1;
                if (i < 0)
                {
                    return -1;
                }

                if (json[i] == '"')
                {
                    return i;
                }

                i += 2;
            }
        }

        /// <summary>The index just past the object or array opening at <paramref name="start"/>, or -1 (not one, or not closed).</summary>
        public static int EndOfValue(string json, int start)
        {
            if (start >= json.Length || (json[start] != '{' && json[start] != '['))
            {
                return -1;
            }

            int depth = 0;
            int i = start;
            while (i >= 0 && i < json.Length)
            {
                switch (json[i])
                {
                    case '"':
                        i = EndOfString(json, i);
                        if (i < 0)
                        {
                            return -1;
                        }

                        break;
                    case '{':
                    case '[':
                        depth++;
                        break;
                    default:
                        if (--depth == 0)
                        {
                            return i + 1;
                        }

                        break;
                }

                i = json.IndexOfAny(s_structure, i + 1);
            }

            return -1;
        }
    }
}
