using System;
using System.Text;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Cuts the value of a top-level key out of a JSON document before it is parsed, keeping every line where it was.
    /// Kubernetes' document is 5 MB, of which <c>paths</c> (which Kubesonnet does not use) is 4.4 MB: not parsing it
    /// is most of the generator's time saved.
    /// </summary>
    internal static class JsonSkim
    {
        /// <summary>
        /// Returns <paramref name="json"/> with the value of the root object's <paramref name="key"/> replaced by
        /// <c>{}</c> and the newlines it held, so that lines after it keep their numbers; <paramref name="cut"/> and
        /// <paramref name="removed"/> say where the text got shorter and by how much (to correct character offsets).
        /// The text is returned as is when it is not a JSON object or has no such key.
        /// </summary>
        public static string WithoutTopLevelValue(string json, string key, out int cut, out int removed)
        {
            cut = 0;
            removed = 0;
            int i = SkipWhitespace(json, 0);
            if (i >= json.Length || json[i] != '{')
            {
                return json;
            }

            int depth = 0;
            for (; i < json.Length; i++)
            {
                char c = json[i];
                if (c == '"')
                {
                    int end = EndOfString(json, i);
                    if (end < 0)
                    {
                        return json;
                    }

                    if (depth == 1 && end - i - 1 == key.Length && string.CompareOrdinal(json, i + 1, key, 0, key.Length) == 0)
                    {
                        int colon = SkipWhitespace(json, end + 1);
                        if (colon < json.Length && json[colon] == ':')
                        {
                            int start = SkipWhitespace(json, colon + 1);
                            int valueEnd = EndOfValue(json, start);
                            if (valueEnd < 0)
                            {
                                return json;
                            }

                            return Replace(json, start, valueEnd, out cut, out removed);
                        }
                    }

                    i = end;
                }
                else if (c == '{' || c == '[')
                {
                    depth++;
                }
                else if (c == '}' || c == ']')
                {
                    depth--;
                }
            }

            return json;
        }

        private static string Replace(string json, int start, int end, out int cut, out int removed)
        {
            int newlines = 0;
            for (int i = start; i < end; i++)
            {
                if (json[i] == '\n')
                {
                    newlines++;
                }
            }

            var builder = new StringBuilder(json.Length - (end - start) + newlines + 2);
            builder.Append(json, 0, start).Append("{}").Append('\n', newlines).Append(json, end, json.Length - end);
            cut = start;
            removed = (end - start) - (2 + newlines);
            return builder.ToString();
        }

        private static int SkipWhitespace(string json, int i)
        {
            while (i < json.Length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r'))
            {
                i++;
            }

            return i;
        }

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

        /// <summary>The index just past the object or array opening at <paramref name="start"/>, or -1 (then nothing is cut).</summary>
        private static int EndOfValue(string json, int start)
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
