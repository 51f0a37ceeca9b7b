using System.Text;

namespace Kubesonnet.Internal;

/// <summary>Plain scalars, and how a plain scalar resolves (quoted ones: YamlReader.Quoted.cs; literal and folded: YamlReader.BlockScalars.cs).</summary>
internal sealed partial class YamlReader
{
    private string ParsePlain(int parentIndent, bool flow)
    {
        if (!CanStartPlain(flow))
        {
            throw Error(_pos, Current == ':' && (IsBlankOrEnd(_pos + 1) || (flow && IsFlowIndicator(_text[_pos + 1]))) ? EmptyKey : $"unexpected {Describe(Current)}");
        }

        StringBuilder? builder = null;
        string? single = null;
        while (true)
        {
            int i = _pos;
            int end = _pos;
            bool stop = false;
            while (i < _text.Length)
            {
                char c = _text[i];
                if (IsBreak(c))
                {
                    break;
                }

                if ((c == ':' && (IsBlankOrEnd(i + 1) || (flow && IsFlowIndicator(_text[i + 1]))))
                    || (flow && IsFlowIndicator(c))
                    || (c == '#' && i > 0 && IsBlank(_text[i - 1])))
                {
                    stop = true;
                    break;
                }

                if (!IsBlank(c))
                {
                    end = i + 1;
                }

                i++;
            }

            if (single is null && builder is null)
            {
                single = _text.Substring(_pos, end - _pos);
            }
            else
            {
                builder!.Append(_text, _pos, end - _pos);
            }

            _pos = end;
            if (stop || i >= _text.Length)
            {
                break;
            }

            // A line break: the scalar goes on if the next non-empty line is indented enough and is not a comment.
            int breaks = 0;
            int j = i;
            int lineStart;
            while (true)
            {
                j = SkipBreak(j);
                breaks++;
                lineStart = j;
                while (j < _text.Length && IsBlank(_text[j]))
                {
                    j++;
                }

                if (j < _text.Length && IsBreak(_text[j]))
                {
                    continue;
                }

                break;
            }

            int spaces = 0;
            while (lineStart + spaces < j && _text[lineStart + spaces] == ' ')
            {
                spaces++;
            }

            // Only spaces indent: a tab after them is separation, so "key: a\n\tb" does not go on with b.
            if (j >= _text.Length || _text[j] == '#'
                || (!flow && spaces <= parentIndent)
                || (flow && spaces < _flowIndent)
                || (j == lineStart && AtAnyMarkerAt(j))
                || (flow && IsFlowIndicator(_text[j]))
                || (flow && _text[j] == ':' && IsBlankOrEnd(j + 1)))
            {
                break;
            }

            builder ??= new StringBuilder(single);
            single = string.Empty;
            if (breaks == 1)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append('\n', breaks - 1);
            }

            _pos = j;
        }

        return builder?.ToString() ?? single!;
    }

    // ---- plain scalar resolution (YAML 1.2 core schema, kubectl's octal) ----

    private object Resolve(string text, long offset)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return LiteralNode.Null;
            case "true" or "True" or "TRUE":
                return LiteralNode.True;
            case "false" or "False" or "FALSE":
                return LiteralNode.False;
        }

        char first = text[0];
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.'))
        {
            return text;
        }

        string? number = YamlNumbers.ToJson(text, out bool notFinite);
        if (notFinite)
        {
            throw Error(offset, $"'{text}' is not a finite number; JSON cannot hold it (quote it to make it a string)");
        }

        return number is null ? text : NumberNode.FromText(number);
    }
}
