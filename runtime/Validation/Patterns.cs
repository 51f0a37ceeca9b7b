using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Kubesonnet.Validation;

/// <summary>
/// The <c>pattern</c>s of schemas, compiled once per distinct pattern and shared. Kubernetes checks patterns with
/// Go's RE2; the pattern is translated to .NET where the two differ on what a pattern means, and compiled with
/// <see cref="RegexOptions.NonBacktracking"/>, which, like RE2, matches in time linear in the input (a hostile
/// value cannot stall validation):
/// <list type="bullet">
/// <item><description><c>\d</c>, <c>\w</c>, <c>\s</c> (and <c>\D</c>, <c>\W</c>, <c>\S</c> outside brackets) are
/// ASCII, as in RE2 (.NET's match any Unicode digit, letter, space);</description></item>
/// <item><description><c>$</c> is the end of the text, as in RE2 (.NET's also matches before a final line
/// break);</description></item>
/// <item><description><c>(?P&lt;name&gt;…)</c> is RE2's named group.</description></item>
/// </list>
/// What neither has (backreferences, lookaround: not RE2) is refused at compile time and reported as a pattern
/// that could not be checked. RE2's Unicode classes (<c>\pL</c>, <c>\p{Greek}</c>) use .NET's Unicode tables.
/// </summary>
internal static class Patterns
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern.</summary>
    /// <exception cref="ArgumentException">The pattern is not one .NET can compile.</exception>
    public static Regex Get(string pattern) => Cache.GetOrAdd(pattern, Compile);

    private static Regex Compile(string pattern)
    {
        string translated = Translate(pattern);
        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            // A construct NonBacktracking lacks and RE2 has (none known): the backtracking engine, bounded.
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>An RE2 pattern as a .NET pattern with the same meaning (see <see cref="Patterns"/>).</summary>
    internal static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[++i];
                string? ascii = (next, inClass) switch
                {
                    ('d', false) => "[0-9]",
                    ('d', true) => "0-9",
                    ('D', false) => "[^0-9]",
                    ('w', false) => "[0-9A-Za-z_]",
                    ('w', true) => "0-9A-Za-z_",
                    ('W', false) => "[^0-9A-Za-z_]",
                    ('s', false) => "[\\t\\n\\f\\r ]",
                    ('s', true) => "\\t\\n\\f\\r ",
                    ('S', false) => "[^\\t\\n\\f\\r ]",
                    _ => null,
                };
                if (ascii is not null)
                {
                    result.Append(ascii);
                }
                else
                {
                    result.Append('\\').Append(next);
                }

                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    // A POSIX class [[:alpha:]] stays as written: .NET reads it as characters, RE2 as a class;
                    // Kubernetes' schemas do not use them.
                    result.Append(c);
                }
                else
                {
                    result.Append(c);
                    if (c == ']')
                    {
                        inClass = false;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    result.Append(c);

                    // A ']' first in a class (after an optional '^') is a character, not the end.
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append('^');
                        i++;
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        result.Append("\\]");
                        i++;
                    }

                    break;
                case '$':
                    result.Append("\\z");
                    break;
                case '(' when string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0:
                    result.Append("(?<");
                    i += 3;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
