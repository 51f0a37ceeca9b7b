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

        public void Line(string text)
        {
            if (text.Length == 0 && _afterOpen)
            {
                // No blank line right after an opening brace.
                return;
            }

            _afterOpen = false;
            if (text.Length > 0)
            {
                int spaces = 0;
                while (spaces < text.Length && text[spaces] == ' ')
                {
                    spaces++;
                }

                _builder.Append(IndentUnit, _indent + spaces / 4).Append(text, spaces - spaces % 4, text.Length - spaces + spaces % 4);
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
            foreach (string line in template.Replace("\r", string.Empty).Split('\n'))
            {
                Line(line);
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
