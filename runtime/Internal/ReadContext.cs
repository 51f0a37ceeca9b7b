using System;
using System.Collections.Generic;
using System.Text;

namespace Kubesonnet.Internal;

/// <summary>A document read from a stream: its root value and where it starts.</summary>
internal readonly struct ReadDocument
{
    public readonly object Root;
    public readonly int Number;
    public readonly long Start;

    public ReadDocument(object root, int number, long start)
    {
        Root = root;
        Number = number;
        Start = start;
    }
}

/// <summary>Where an object read from text starts, and where its <c>apiVersion</c> and <c>kind</c> values are.</summary>
internal sealed class ObjectPositions
{
    public long Start;
    public long ApiVersion = -1;
    public long Kind = -1;
}

/// <summary>
/// What the JSON and YAML readers share: the documents read so far, the path of the value being read (for error
/// messages), the positions of manifest-level objects (for the typed readers' errors), and the text, to turn an
/// offset into a line and column only when an error needs it.
/// </summary>
internal sealed class ReadContext
{
    // Objects this deep or shallower get their positions recorded: a document (0) and a List's items (2).
    public const int PositionDepth = 2;

    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly List<object> _path = new();

    public ReadContext(string text) => _text = text;

    public ReadContext(byte[] utf8) => _utf8 = utf8;

    public List<ReadDocument> Documents { get; } = new();

    public Dictionary<object, ObjectPositions> Positions { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The 1-based number of the document being read.</summary>
    public int Document { get; set; }

    public int PathDepth => _path.Count;

    public void Push(string key) => _path.Add(key);

    public void Push(int index) => _path.Add(index);

    public void Pop() => _path.RemoveAt(_path.Count - 1);

    public void TruncatePath(int depth) => _path.RemoveRange(depth, _path.Count - depth);

    public string PathText => Internal.PathText.Format(_path);

    public KubesonnetReadException Error(long offset, string reason, Exception? inner = null) =>
        Error(offset, reason, PathText, Document, inner);

    public KubesonnetReadException Error(long offset, string reason, string path, int document, Exception? inner = null)
    {
        Locate(offset, out int line, out int column);
        return new KubesonnetReadException(reason, line, column, document, path, inner);
    }

    /// <summary>The 1-based line and column (in characters) of an offset (chars of the text, or bytes of UTF-8).</summary>
    public void Locate(long offset, out int line, out int column)
    {
        line = 1;
        int lineStart = 0;
        if (_text is { } text)
        {
            int end = (int)Math.Clamp(offset, 0, text.Length);
            for (int i = 0; i < end; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            column = end - lineStart + 1;
            return;
        }

        byte[] utf8 = _utf8!;
        int stop = (int)Math.Clamp(offset, 0, utf8.Length);
        for (int i = 0; i < stop; i++)
        {
            if (utf8[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        column = Encoding.UTF8.GetCharCount(utf8, lineStart, stop - lineStart) + 1;
    }

    /// <summary>Starts recording an object's positions (only at <see cref="PositionDepth"/> or above).</summary>
    public ObjectPositions? Begin(long start) =>
        _path.Count > PositionDepth ? null : new ObjectPositions { Start = start };

    /// <summary>Keeps the positions of a finished object.</summary>
    public void Register(object obj, ObjectPositions? positions)
    {
        if (positions is not null && Values.Fields(obj).Length > 0)
        {
            Positions[obj] = positions;
        }
    }

    /// <summary>Notes the value offset of a field if it is a manifest's <c>apiVersion</c> or <c>kind</c>.</summary>
    public static void Note(ObjectPositions? positions, string key, long valueOffset)
    {
        if (positions is null)
        {
            return;
        }

        if (key == "apiVersion")
        {
            positions.ApiVersion = valueOffset;
        }
        else if (key == "kind")
        {
            positions.Kind = valueOffset;
        }
    }
}
