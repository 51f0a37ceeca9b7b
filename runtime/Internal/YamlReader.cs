using System;
using System.Collections.Generic;
using System.Globalization;
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
/// <remarks>By concern: the stream and its documents here; block collections (YamlReader.Block.cs), scalars (YamlReader.Scalars.cs), flow collections (YamlReader.Flow.cs), node properties and anchors (YamlReader.Properties.cs), characters and lines (YamlReader.Characters.cs).</remarks>
internal sealed partial class YamlReader
{
    private const int MaxDepth = 512;

    // Aliases share values, so a few lines can describe a huge tree ("billion laughs"); refuse past this.
    private const long MaxAliasNodes = 1_000_000;

    private const string CoreTag = "tag:yaml.org,2002:";

    private readonly string _text;
    private readonly ReadContext _context;
    private readonly Dictionary<string, object> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<object, long> _sizes = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    private int _depth;
    private long _aliasNodes;

    private YamlReader(string text, ReadContext context)
    {
        _text = text;
        _context = context;
    }

    private enum Context
    {
        Document,
        MappingValue,
        SequenceEntry,
        ExplicitEntry,
    }

    private char Current => _pos < _text.Length ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    private int Column => _pos - LineStart(_pos);

    public static void Read(string text, ReadContext context) => new YamlReader(text, context).ReadStream();

    private void ReadStream()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        int number = 0;
        while (true)
        {
            bool directives = false;
            bool content;
            while ((content = SkipToContent()) && Column == 0 && Current == '%')
            {
                // %YAML and %TAG: read past; a named tag handle is refused where it is used.
                directives = true;
                SkipToLineEnd();
            }

            if (!content)
            {
                if (directives)
                {
                    throw Error(_pos, "expected '---' after the directives");
                }

                return;
            }

            if (AtMarker('.'))
            {
                _pos += 3;
                ExpectLineEnd();
                continue;
            }

            if (AtMarker('-'))
            {
                _pos += 3;
            }
            else if (directives)
            {
                throw Error(_pos, "expected '---' after the directives");
            }

            number++;
            _context.Document = number;
            _anchors.Clear();
            long start = _pos;
            object root = ParseBlockNode(-1, Context.Document);
            if (SkipToContent())
            {
                if (AtMarker('.'))
                {
                    _pos += 3;
                    ExpectLineEnd();
                }
                else if (!AtMarker('-'))
                {
                    throw Error(_pos, "unexpected content after the document (is it indented wrongly?)");
                }
            }

            if (!ReferenceEquals(root, LiteralNode.Null))
            {
                _context.Documents.Add(new ReadDocument(root, number, start));
            }
        }
    }

}
