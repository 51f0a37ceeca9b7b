using System;
using System.Buffers;
using System.Text.Encodings.Web;

namespace Kubesonnet.Internal;

/// <summary>
/// Escapes only what JSON requires: <c>"</c>, <c>\</c> and U+0000–U+001F. <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// still escapes emoji (all of U+10000 and up), U+2028/U+2029, DEL, private-use and unassigned code points;
/// manifests keep them as written. Unpaired surrogates cannot be written as UTF-8: the base encoder passes them
/// here as U+FFFD, which is written as is.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    // Everything that may need attention: JSON's must-escape set, plus surrogates (checked for pairing).
    private static readonly SearchValues<char> Attention = SearchValues.Create(BuildAttentionSet());

    private MinimalJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        int offset = 0;
        while (true)
        {
            int found = span.Slice(offset).IndexOfAny(Attention);
            if (found < 0)
            {
                return -1;
            }

            int index = offset + found;
            char c = span[index];
            if (!char.IsSurrogate(c))
            {
                return index;
            }

            if (char.IsHighSurrogate(c) && index + 1 < span.Length && char.IsLowSurrogate(span[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => default,
        };

        if (!escape.IsEmpty)
        {
            return TryCopy(escape, destination, out numberOfCharactersWritten);
        }

        if (unicodeScalar < 0x20)
        {
            if (destination.Length < 6)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            destination[0] = '\\';
            destination[1] = 'u';
            destination[2] = '0';
            destination[3] = '0';
            destination[4] = HexDigit(unicodeScalar >> 4);
            destination[5] = HexDigit(unicodeScalar & 0xF);
            numberOfCharactersWritten = 6;
            return true;
        }

        // Not ours to escape (U+FFFD standing in for an unpaired surrogate): write the scalar itself.
        var rune = new System.Text.Rune(unicodeScalar);
        return rune.TryEncodeToUtf16(destination, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    private static bool TryCopy(ReadOnlySpan<char> escape, Span<char> destination, out int written)
    {
        if (escape.TryCopyTo(destination))
        {
            written = escape.Length;
            return true;
        }

        written = 0;
        return false;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private static string BuildAttentionSet()
    {
        var chars = new char[0x20 + 2 + 0x800];
        int n = 0;
        for (int c = 0; c < 0x20; c++)
        {
            chars[n++] = (char)c;
        }

        chars[n++] = '"';
        chars[n++] = '\\';
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            chars[n++] = (char)c;
        }

        return new string(chars, 0, n);
    }
}
