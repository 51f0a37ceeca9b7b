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
        private readonly StringBuilder _builder = new StringBuilder(4096);
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
    }
}
