using System;

namespace Kubesonnet.Internal;

/// <summary>Characters and lines: what a character is, where a line starts, skipping blanks, comments and breaks.</summary>
internal sealed partial class YamlReader
{
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error(_pos, $"the document nests deeper than {MaxDepth} levels");
        }
    }

    private KubesonnetReadException Error(long offset, string reason) => _context.Error(offset, reason);

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static bool IsBreak(char c) => c is '\n' or '\r';

    private static bool IsFlowIndicator(char c) => c is ',' or '[' or ']' or '{' or '}';

    private bool IsBlankOrEnd(int i) => i >= _text.Length || _text[i] is ' ' or '\t' or '\n' or '\r';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private bool CanStartPlain(bool flow)
    {
        if (AtEnd)
        {
            return false;
        }

        char c = Current;
        if (c is '-' or '?' or ':')
        {
            return !IsBlankOrEnd(_pos + 1) && !(flow && IsFlowIndicator(_text[_pos + 1]));
        }

        return !(IsBlank(c) || IsBreak(c) || c is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    private static string Describe(char c) => c switch
    {
        '\0' => "the end of the input",
        '\t' => "a tab",
        _ => $"'{c}'",
    };

    private int LineStart(int position)
    {
        int i = Math.Min(position, _text.Length);
        while (i > 0 && !IsBreak(_text[i - 1]))
        {
            i--;
        }

        // A byte order mark is not a column: the first line's keys start after it.
        return i == 0 && _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : i;
    }

    private int SkipBreak(int i)
    {
        if (i < _text.Length && _text[i] == '\r')
        {
            i++;
            if (i < _text.Length && _text[i] == '\n')
            {
                i++;
            }

            return i;
        }

        return i < _text.Length && _text[i] == '\n' ? i + 1 : i;
    }

    private void SkipBlanks()
    {
        while (!AtEnd && IsBlank(_text[_pos]))
        {
            _pos++;
        }
    }

    private void SkipToLineEnd()
    {
        while (!AtEnd && !IsBreak(_text[_pos]))
        {
            _pos++;
        }
    }

    // A comment starts at '#' after a blank or at a line's start: "a#b" is text, and "[a]#b" an error.
    private bool AtLineEndOrComment() => AtEnd || IsBreak(Current) || (Current == '#' && (_pos == 0 || IsBlank(_text[_pos - 1]) || IsBreak(_text[_pos - 1])));

    // Skips blanks, comments and line breaks; true when content follows (the position is at it).
    private bool SkipToContent()
    {
        while (true)
        {
            SkipBlanks();
            if (AtEnd)
            {
                return false;
            }

            char c = Current;
            if (c == '#')
            {
                SkipToLineEnd();
            }
            else if (IsBreak(c))
            {
                _pos = SkipBreak(_pos);
            }
            else
            {
                return true;
            }
        }
    }

    // Inside a flow collection: skips blanks, comments and line breaks. A line with content is indented at least
    // `_flowIndent` spaces and is not a document marker.
    private void SkipFlowSpace()
    {
        int lineStart = -1;
        while (!AtEnd)
        {
            char c = Current;
            if (IsBlank(c))
            {
                _pos++;
            }
            else if (IsBreak(c))
            {
                _pos = SkipBreak(_pos);
                lineStart = _pos;
                if (AtAnyMarker())
                {
                    throw Error(_pos, "a document marker inside a flow collection (is a bracket not closed?)");
                }
            }
            else if (c == '#' && (_pos == 0 || IsBlank(_text[_pos - 1]) || IsBreak(_text[_pos - 1])))
            {
                SkipToLineEnd();
            }
            else
            {
                if (lineStart >= 0)
                {
                    int spaces = 0;
                    while (_text[lineStart + spaces] == ' ')
                    {
                        spaces++;
                    }

                    // A closing bracket may stand at its block's indentation ("args: [\n  a,\n]"), as kubectl and
                    // most readers accept; YAML itself wants it indented like the entries.
                    if (spaces < _flowIndent && !(spaces == _flowIndent - 1 && c is ']' or '}'))
                    {
                        throw Error(_pos, $"this line of a flow collection must be indented at least {_flowIndent} space{(_flowIndent == 1 ? string.Empty : "s")} (deeper than the block it is in)");
                    }
                }

                return;
            }
        }
    }

    private void ExpectLineEnd()
    {
        SkipBlanks();
        if (!AtLineEndOrComment())
        {
            throw Error(_pos, Current == ':'
                ? "a mapping value cannot start here (a ': ' inside a value needs quotes)"
                : $"unexpected {Describe(Current)} after the value");
        }
    }

    private bool AtSequenceEntry() => Current == '-' && IsBlankOrEnd(_pos + 1);

    private bool AtMarker(char c) => Column == 0 && AtMarkerAt(_pos, c);

    private bool AtAnyMarker() => AtMarker('-') || AtMarker('.');

    private bool AtAnyMarkerAt(int i) => AtMarkerAt(i, '-') || AtMarkerAt(i, '.');

    private bool AtMarkerAt(int i, char c) =>
        i + 2 < _text.Length && _text[i] == c && _text[i + 1] == c && _text[i + 2] == c && IsBlankOrEnd(i + 3);
}
