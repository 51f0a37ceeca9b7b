using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>
/// Reads a YAML stream into values: block and flow collections, plain, quoted and block scalars, comments,
/// anchors and aliases, the merge key <c>&lt;&lt;</c>, the standard tags, <c>---</c>/<c>...</c> and directives.
/// Plain scalars resolve by YAML 1.2's core schema (so <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>y</c>,
/// <c>n</c> are strings), except that an integer written with a leading zero (<c>0755</c>) is octal, as kubectl
/// reads it. Numbers keep their text when it is valid JSON (<c>1.50</c>, <c>12345678901234567890</c>); otherwise
/// they are rewritten to the same value in JSON (<c>+1</c> → <c>1</c>, <c>0x1F</c> → <c>31</c>, <c>.5</c> →
/// <c>0.5</c>). <c>.inf</c> and <c>.nan</c>, which JSON cannot hold, are errors. Keys are strings as written.
/// Every error names the line, column, document and path.
/// </summary>
/// <remarks>By concern: the stream and its documents here; block collections (YamlReader.Block.cs) and their keys (YamlReader.Keys.cs), plain scalars (YamlReader.Scalars.cs), quoted scalars (YamlReader.Quoted.cs), literal and folded scalars (YamlReader.BlockScalars.cs), flow collections (YamlReader.Flow.cs), node properties and anchors (YamlReader.Properties.cs), characters and lines (YamlReader.Characters.cs).</remarks>
internal sealed partial class YamlReader
{
    private const int MaxDepth = 512;

    // Aliases share values, so a few lines can describe a huge tree ("billion laughs"); refuse past this.
    private const long MaxAliasNodes = 1_000_000;

    private const string CoreTag = "tag:yaml.org,2002:";

    // The indentation a quoted mapping key's further lines would need: it has none.
    private const int SingleLine = int.MaxValue;

    private readonly string _text;
    private readonly ReadContext _context;
    private readonly Dictionary<string, object> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<object, long> _sizes = new(ReferenceEqualityComparer.Instance);

    // The %TAG handles of the document being read (declared before its '---').
    private readonly Dictionary<string, string> _tagHandles = new(StringComparer.Ordinal);
    private readonly bool _keepEmptyDocuments;
    private int _pos;
    private int _depth;

    // The spaces each line of the outermost flow collection being read needs (one more than its block parent's).
    private int _flowIndent;
    private long _aliasNodes;

    private YamlReader(string text, ReadContext context, bool keepEmptyDocuments)
    {
        _text = text;
        _context = context;
        _keepEmptyDocuments = keepEmptyDocuments;
    }

    private enum Context
    {
        Document,
        DirectivesEnd,
        MappingValue,
        SequenceEntry,
        ExplicitEntry,
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private int Column => _pos - LineStart(_pos);

    /// <summary>
    /// Reads every document of <paramref name="text"/> into <paramref name="context"/>. A document whose root is
    /// null (empty, or <c>null</c>) is left out, as kubectl skips it, unless <paramref name="keepEmptyDocuments"/>
    /// (the conformance suites compare every document).
    /// </summary>
    public static void Read(string text, ReadContext context, bool keepEmptyDocuments = false) =>
        new YamlReader(text, context, keepEmptyDocuments).ReadStream();

    private void ReadStream()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        int number = 0;
        while (true)
        {
            // Is a document starting? Directives (only before '---'), '...' lines, or content.
            _tagHandles.Clear();
            bool directives = false;
            bool version = false;
            bool content;
            while ((content = SkipToContent()) && Column == 0 && Current == '%')
            {
                directives = true;
                ReadDirective(ref version);
            }

            // Do directives lack their '---'? Is the stream over?
            if (!content || !AtMarker('-'))
            {
                if (directives)
                {
                    throw Error(_pos, "expected '---' after the directives");
                }

                if (!content)
                {
                    return;
                }
            }

            if (AtMarker('.'))
            {
                // A document end marker with no document before it.
                _pos += 3;
                ExpectLineEnd();
                continue;
            }

            // A document, explicit ('---', then the root on its line or below) or bare (the root at this line).
            Context context = Context.Document;
            if (AtMarker('-'))
            {
                _pos += 3;
                context = Context.DirectivesEnd;
            }

            number++;
            _context.Document = number;
            _anchors.Clear();
            long start = _pos;
            object root = ParseBlockNode(-1, context);
            // After the root: the end of the stream, '...', the next '---', or content that belongs nowhere.
            if (SkipToContent())
            {
                if (AtMarker('.'))
                {
                    // The document ends with '...': directives may follow.
                    _pos += 3;
                    ExpectLineEnd();
                }
                else if (!AtMarker('-'))
                {
                    throw Error(_pos, Current == '%' && Column == 0
                        ? "a directive must follow '...' (the end of the previous document)"
                        : "unexpected content after the document (is it indented wrongly?)");
                }
            }

            if (_keepEmptyDocuments || !ReferenceEquals(root, LiteralNode.Null))
            {
                _context.Documents.Add(new ReadDocument(root, number, start));
            }
        }
    }

    // At '%': "%YAML 1.2" (once per document), "%TAG !handle! prefix", or a reserved directive (ignored).
    private void ReadDirective(ref bool version)
    {
        long start = _pos;
        int nameStart = ++_pos;
        while (!IsBlankOrEnd(_pos))
        {
            _pos++;
        }

        string name = _text.Substring(nameStart, _pos - nameStart);
        switch (name)
        {
            case "YAML":
                if (version)
                {
                    throw Error(start, "a second %YAML directive for the same document");
                }

                version = true;
                string number = DirectiveWord();
                int dot = number.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0 || dot == number.Length - 1 || !AllDigits(number.AsSpan(0, dot)) || !AllDigits(number.AsSpan(dot + 1)))
                {
                    throw Error(start, $"the %YAML directive needs a version such as 1.2, found '{number}'");
                }

                if (number.AsSpan(0, dot).TrimStart('0') is not "1")
                {
                    throw Error(start, $"YAML {number} is not supported (YAML 1.x only)");
                }

                ExpectLineEnd();
                break;
            case "TAG":
                string handle = DirectiveWord();
                string prefix = DirectiveWord();
                if (!(handle == "!" || handle == "!!" || (handle.Length > 2 && handle[0] == '!' && handle[^1] == '!')) || prefix.Length == 0)
                {
                    throw Error(start, "the %TAG directive needs a handle (!, !! or !name!) and a prefix");
                }

                if (!_tagHandles.TryAdd(handle, prefix))
                {
                    throw Error(start, $"the tag handle {handle} is declared twice");
                }

                ExpectLineEnd();
                break;
            default:
                // A reserved directive: YAML says to ignore it.
                SkipToLineEnd();
                break;
        }
    }

    private string DirectiveWord()
    {
        int blanks = _pos;
        SkipBlanks();
        int start = _pos;
        while (!IsBlankOrEnd(_pos))
        {
            _pos++;
        }

        if (start == blanks || _pos == start)
        {
            throw Error(start, "the directive is missing a parameter");
        }

        return _text.Substring(start, _pos - start);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
