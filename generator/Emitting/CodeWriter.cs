using System.Text;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>A small indented writer: the emitter's only way to produce text.</summary>
    internal sealed class CodeWriter
    {
        private const string IndentUnit = "    ";
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
                for (int i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(text);
            }

            _builder.Append('\n');
        }

        public void Line() => Line(string.Empty);

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
