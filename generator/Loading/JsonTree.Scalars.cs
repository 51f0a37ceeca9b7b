using System.Globalization;
using System.Text;
using SharpYaml.Serialization;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>Scalars: strings (escapes, surrogates) and literals (numbers, true, false, null).</summary>
    internal sealed partial class JsonTree
    {
        private string ReadString()
        {
            int start = ++_index;
            int end = _text.IndexOfAny(s_stringSpecial, start);
            if (end >= 0 && _text[end] == '"')
            {
                _index = end + 1;
                return _text.Substring(start, end - start);
            }

            var builder = new StringBuilder();
            builder.Append(_text, start, (end < 0 ? _text.Length : end) - start);
            _index = end < 0 ? _text.Length : end;
            while (_index < _text.Length)
            {
                char c = _text[_index++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < 0x20)
                {
                    _index--;
                    throw Error("a control character in a string must be escaped");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_index >= _text.Length)
                {
                    break;
                }

                char escape = _text[_index++];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        builder.Append(escape);
                        break;
                    case 'b':
                        builder.Append('\b');
                        break;
                    case 'f':
                        builder.Append('\f');
                        break;
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 'r':
                        builder.Append('\r');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    case 'u':
                        if (_index + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error("\\u must be followed by four hexadecimal digits");
                        }

                        builder.Append((char)code);
                        _index += 4;
                        break;
                    default:
                        _index--;
                        throw Error("'\\" + escape + "' is not a JSON escape");
                }
            }

            throw Error("the document ends inside a string");
        }

        private YamlScalarNode ReadLiteral()
        {
            int start = _index;
            while (_index < _text.Length && (char.IsLetterOrDigit(_text[_index]) || _text[_index] is '-' or '+' or '.'))
            {
                _index++;
            }

            string literal = _text.Substring(start, _index - start);
            if (literal is "true" or "false" or "null" || IsNumber(literal))
            {
                return new YamlScalarNode(literal);
            }

            _index = start;
            throw Error(literal.Length == 0 ? "unexpected character '" + Peek() + "'" : "'" + literal + "' is not a JSON value");
        }

        private static bool IsNumber(string literal) =>
            literal.Length > 0
            && (char.IsDigit(literal[0]) || (literal[0] == '-' && literal.Length > 1))
            && double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
