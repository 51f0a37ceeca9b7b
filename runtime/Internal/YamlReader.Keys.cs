
namespace Kubesonnet.Internal;

/// <summary>Implicit keys: a mapping's key on one line, up to and past its ':'.</summary>
internal sealed partial class YamlReader
{
    // A key on one line ("key:", "'key':", "&a key:", "!!str key:", "*alias :"), up to and past its ':'.
    private string ParseImplicitKey(Properties given, long start, out bool merge)
    {
        Properties properties = given.With(ParseProperties(flow: false), this);
        merge = false;
        string key;
        switch (Current)
        {
            case '*':
                // An alias as a key: the anchored scalar's text.
                key = KeyText(ParseAlias(properties, flow: false), start);
                break;
            case '"' or '\'':
                // A quoted key: it must close on its line.
                long quote = _pos;
                key = KeyText(Scalar(ParseQuoted(Current, SingleLine), plain: false, properties, quote), quote);
                break;
            case ':' when !properties.IsEmpty && IsBlankOrEnd(_pos + 1):
                // An empty key with properties ("!!str : v").
                key = KeyText(Empty(properties), start);
                break;
            default:
                // A plain key: up to ": " (or " #", which starts a comment, so the ':' is missing).
                if (!CanStartPlain(flow: false))
                {
                    throw Error(_pos, Current == ':' && IsBlankOrEnd(_pos + 1) ? EmptyKey : $"expected a mapping key, found {Describe(Current)}");
                }

                int i = _pos;
                int end = _pos;
                while (i < _text.Length && !IsBreak(_text[i]) && !(_text[i] == ':' && IsBlankOrEnd(i + 1))
                    && !(_text[i] == '#' && IsBlank(_text[i - 1])))
                {
                    if (!IsBlank(_text[i]))
                    {
                        end = i + 1;
                    }

                    i++;
                }

                long plainStart = _pos;
                key = PlainKey(_text.Substring(_pos, end - _pos), properties, plainStart);
                _pos = end;
                merge = key == "<<" && properties.IsEmpty;
                break;
        }

        SkipBlanks();
        if (Current != ':')
        {
            throw Error(start, "expected ':' after the mapping key");
        }

        _pos++;
        return key;
    }

    // A plain key is a string as written; a tag checks it (!!int 1) and an anchor keeps its value (*a is 1).
    private string PlainKey(string text, Properties properties, long offset)
    {
        if (properties.IsEmpty)
        {
            return text;
        }

        object node = Scalar(text, plain: true, properties, offset);
        return properties.Tag is null ? text : KeyText(node, offset);
    }

    // Whether the current line holds "key:" (plain or quoted key on one line, or an alias) from the current position.
    private bool LooksLikeImplicitKey()
    {
        int i = _pos;
        char c = Current;
        if (c == '*')
        {
            while (!IsBlankOrEnd(i))
            {
                i++;
            }

            while (i < _text.Length && IsBlank(_text[i]))
            {
                i++;
            }

            return i < _text.Length && _text[i] == ':' && IsBlankOrEnd(i + 1);
        }

        if (c is '"' or '\'')
        {
            i++;
            while (true)
            {
                if (i >= _text.Length || IsBreak(_text[i]))
                {
                    return false;
                }

                if (c == '"' && _text[i] == '\\')
                {
                    i += 2;
                    continue;
                }

                if (_text[i] == c)
                {
                    if (c == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            i++;
            while (i < _text.Length && IsBlank(_text[i]))
            {
                i++;
            }

            return i < _text.Length && _text[i] == ':' && IsBlankOrEnd(i + 1);
        }

        if (!CanStartPlain(flow: false))
        {
            return false;
        }

        for (; i < _text.Length && !IsBreak(_text[i]); i++)
        {
            if (_text[i] == ':' && IsBlankOrEnd(i + 1))
            {
                return true;
            }

            if (_text[i] == '#' && i > _pos && IsBlank(_text[i - 1]))
            {
                return false;
            }
        }

        return false;
    }
}
