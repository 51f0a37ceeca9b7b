using System.Text;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// A small indented writer: the emitter's only way to produce text. It indents with tabs (one per level, and a
    /// line's own leading groups of four spaces become tabs too), which the IDE shows at the user's width. In spaces,
    /// indentation was a seventh of the generated C# of prometheus-operator's CRDs.
    /// </summary>
    internal sealed class CodeWriter
    {
        private const char IndentUnit = '\t';

        /// <summary>Builders past this many characters are not kept for the next file.</summary>
        private const int KeptCapacity = 1 << 18;

        /// <summary>
        /// The builder of the last file written on this thread, for the next: a builder that has grown to the size of
        /// the files writes the next one without growing again (the whole Kubernetes API: 12 MB less allocated).
        /// </summary>
        [System.ThreadStatic]
        private static StringBuilder? t_spare;

        private readonly StringBuilder _builder = TakeSpare();
        private int _indent;
        private bool _afterOpen;

        public void Line(string text) => Line(text, 0, text.Length);

        /// <summary>The line <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>], indented.</summary>
        private void Line(string text, int start, int length)
        {
            if (length == 0 && _afterOpen)
            {
                // No blank line right after an opening brace.
                return;
            }

            _afterOpen = false;
            if (length > 0)
            {
                int spaces = 0;
                while (spaces < length && text[start + spaces] == ' ')
                {
                    spaces++;
                }

                int kept = spaces % 4;
                _builder.Append(IndentUnit, _indent + spaces / 4).Append(text, start + spaces - kept, length - spaces + kept);
            }

            _builder.Append('\n');
        }

        public void Line() => Line(string.Empty);

        /// <summary>
        /// Each line of a template (a raw string literal, as the output reads), at the current indentation; its own
        /// indentation, in groups of four spaces, goes on top.
        /// </summary>
        public void Lines(string template)
        {
            int start = 0;
            while (true)
            {
                int newline = template.IndexOf('\n', start);
                int end = newline < 0 ? template.Length : newline;
                int length = end > start && template[end - 1] == '\r' ? end - start - 1 : end - start;
                Line(template, start, length);
                if (newline < 0)
                {
                    return;
                }

                start = newline + 1;
            }
        }

        public void Open(string text)
        {
            Line(text);
            Line("{");
            _indent++;
            _afterOpen = true;
        }

        public void Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();

        /// <summary>The text written, and the writer's builder kept for the next file on this thread: write nothing after it.</summary>
        public string Finish()
        {
            string text = _builder.ToString();
            if (_builder.Capacity <= KeptCapacity)
            {
                _builder.Clear();
                t_spare = _builder;
            }

            return text;
        }

        private static StringBuilder TakeSpare()
        {
            StringBuilder? spare = t_spare;
            t_spare = null;
            return spare ?? new StringBuilder(4096);
        }
    }
}
