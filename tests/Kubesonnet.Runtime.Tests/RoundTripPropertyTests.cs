using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using Kubesonnet.Internal;

namespace Kubesonnet.Tests;

/// <summary>
/// Random manifests (fixed seed) written as JSON text, read, written as JSON and YAML, and read back: nothing is
/// lost. The trees hold what breaks writers: empty keys, control characters, astral characters and unpaired
/// surrogates (escaped in the JSON input), YAML's lookalike strings, integers beyond 2^53 and 2^64, decimals as
/// written, deep nesting, big maps. YAML cannot hold an unpaired surrogate (it becomes U+FFFD) and writes
/// 1E+20 as 1.0E+20 for YAML 1.1 readers: the YAML leg compares those by what YAML can say.
/// </summary>
public class RoundTripPropertyTests
{
    private const int Documents = 3000;

    private static readonly string[] Interesting =
    {
        string.Empty, " ", "on", "off", "yes", "no", "y", "n", "Y", "true", "False", "null", "Null", "~", "8080", "1.0", "0755",
        "0x1F", "0o17", "1e3", "1_000", ".inf", "-.INF", ".nan", "2021-01-01", "2021-01-01T00:00:00Z", "12:30", "- a", "-",
        "? x", ": x", "a: b", "a #b", "#", "---", "...", "'", "\"", "\\", "|", ">", "&a", "*a", "!tag", "%", "@", "`", "{}", "[]",
        "<<", "=", " lead", "trail ", "tab\tin", "multi\nline", "multi\nline\n", "\n\nlead breaks", "trailing\n\n\n",
        "  indented\nfirst", "crlf\r\nline", "nul\0", "bell\a", "esc\u001b", "del\u007f", "nel\u0085", "ls\u2028", "bom\uFEFF",
        "é", "日本語", "😀", "a😀b", "\uE000", "\uFFFD", "\uD800", "\uDFFF", "x\uDBFFy", new string('k', 1200),
    };

    private static readonly string[] Numbers =
    {
        "0", "-0", "1", "-1", "42", "9007199254740993", "-9007199254740993", "9223372036854775807", "-9223372036854775808",
        "18446744073709551616", "123456789012345678901234567890", "1.0", "1.50", "-0.0", "0.1", "3.14159265358979323846",
        "1e3", "1E+20", "1e-7", "2.5E-300", "1e400", "-1.0e+10",
    };

    [Test]
    public void RandomManifestsSurviveJsonAndYamlRoundTrips()
    {
        var random = new Random(20240611);
        int checkedYaml = 0;
        for (int n = 0; n < Documents; n++)
        {
            var json = new StringBuilder();
            WriteObject(json, random, depth: 0);
            string input = json.ToString();
            Patch patch = Patch.FromJson(input);
            string context = $"document {n}: {input}";

            Assert.That(Patch.FromJson(patch.ToJson()), Is.EqualTo(patch), context);
            Assert.That(Manifests.Read(patch.ToJson()).Single(), Is.EqualTo(patch), context);
            Assert.That(Manifests.Read(patch.ToJson(indented: true)).Single(), Is.EqualTo(patch), context);

            Patch yaml = Manifests.Read(patch.ToYaml()).Single();
            Assert.That(SameForYaml(patch.Fields, yaml.Fields), Is.True, $"{context}\nYAML:\n{patch.ToYaml()}\nread back: {yaml.ToJson()}");
            checkedYaml++;
        }

        Assert.That(checkedYaml, Is.EqualTo(Documents));
    }

    private static void WriteObject(StringBuilder json, Random random, int depth)
    {
        int count = depth == 0 ? random.Next(0, 8) : random.Next(0, random.Next(0, 10) == 0 ? 60 : 5);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        json.Append('{');
        for (int i = 0; i < count; i++)
        {
            string key = RandomString(random);
            // Keys that only differ in unpaired surrogates would be one key in YAML.
            if (keys.Any(k => Sanitized(k) == Sanitized(key)))
            {
                continue;
            }

            keys.Add(key);

            if (json[^1] != '{')
            {
                json.Append(',');
            }

            WriteString(json, key);
            json.Append(':');
            WriteValue(json, random, depth + 1);
        }

        json.Append('}');
    }

    private static void WriteValue(StringBuilder json, Random random, int depth)
    {
        int choice = random.Next(depth > 5 ? 5 : 8);
        switch (choice)
        {
            case 0:
                json.Append(random.Next(3) switch { 0 => "null", 1 => "true", _ => "false" });
                break;
            case 1:
                json.Append(random.Next(2) == 0 ? Numbers[random.Next(Numbers.Length)] : random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture));
                break;
            case 2 or 3 or 4:
                WriteString(json, RandomString(random));
                break;
            case 5 or 6:
                json.Append('[');
                int items = random.Next(0, 5);
                for (int i = 0; i < items; i++)
                {
                    if (i > 0)
                    {
                        json.Append(',');
                    }

                    WriteValue(json, random, depth + 1);
                }

                json.Append(']');
                break;
            default:
                WriteObject(json, random, depth);
                break;
        }
    }

    private static string RandomString(Random random)
    {
        if (random.Next(3) == 0)
        {
            return Interesting[random.Next(Interesting.Length)];
        }

        const string pool = "ab yYnN01.:-#'\"\\\n\t\r _eE+x,[]{}&*!|>%@`?~=<é日\u2028\u0085\0\u001f";
        var text = new StringBuilder();
        int length = random.Next(0, 12);
        for (int i = 0; i < length; i++)
        {
            switch (random.Next(20))
            {
                case 0:
                    text.Append("😀");
                    break;
                case 1:
                    text.Append((char)random.Next(0xD800, 0xE000));
                    break;
                default:
                    text.Append(pool[random.Next(pool.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    // JSON text of a string, every non-ASCII and control character escaped, unpaired surrogates included.
    private static void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (char c in value)
        {
            if (c == '"' || c == '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        json.Append('"');
    }

    private static string Sanitized(string text) => YamlScalars.Sanitize(text);

    private static bool SameForYaml(Field[] written, Field[] read)
    {
        if (written.Length != read.Length)
        {
            return false;
        }

        // Unpaired surrogates become U+FFFD, which sorts elsewhere: compare in the order of the names YAML holds.
        Field[] renamed = written.Select(f => new Field(Sanitized(f.Name), f.Value, f.Merge)).ToArray();
        KeyOrder.SortAndFindDuplicate(renamed, renamed.Length);
        for (int i = 0; i < renamed.Length; i++)
        {
            if (renamed[i].Name != read[i].Name || !SameForYaml(renamed[i].Value, read[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameForYaml(object written, object read)
    {
        NodeKind kind = Values.Kind(written);
        if (kind != Values.Kind(read))
        {
            return false;
        }

        switch (kind)
        {
            case NodeKind.String:
                return Sanitized((string)written) == (string)read;
            case NodeKind.Number:
                return Canonical(((NumberNode)written).Text) == Canonical(((NumberNode)read).Text);
            case NodeKind.Array:
                object[] a = Values.Items(written).ToArray();
                object[] b = Values.Items(read).ToArray();
                return a.Length == b.Length && a.Zip(b).All(p => SameForYaml(p.First, p.Second));
            case NodeKind.Object:
                return SameForYaml(Values.Fields(written), Values.Fields(read));
            default:
                return true;
        }
    }

    // The exact value of a JSON number as digits and a power of ten, so that 1E+20 and 1.0E+20 compare equal.
    private static string Canonical(string number)
    {
        bool negative = number.StartsWith('-');
        string body = negative ? number.Substring(1) : number;
        int e = body.IndexOfAny(new[] { 'e', 'E' });
        BigInteger exponent = e < 0 ? BigInteger.Zero : BigInteger.Parse(body.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? body : body.Substring(0, e);
        int dot = mantissa.IndexOf('.');
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }

        string digits = mantissa.TrimStart('0');
        while (digits.EndsWith('0'))
        {
            digits = digits.Substring(0, digits.Length - 1);
            exponent++;
        }

        return digits.Length == 0 ? "0" : (negative ? "-" : string.Empty) + digits + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
