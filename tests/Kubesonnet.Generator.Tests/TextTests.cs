using System.Linq;
using Kubesonnet.Generator.Emitting;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The rules of a doc comment's text (<see cref="Text.DocLines"/>, <see cref="Text.Xml"/>), one case each.</summary>
    public class TextTests
    {
        private static readonly string Word9 = "abcdefghi";

        [Test]
        public void ALongLineWrapsGreedilyAtTheWidthAndNoPieceEndsInASpace()
        {
            // Ten words of nine letters and a space: 99 characters fit, the eleventh word starts the next line.
            string line = string.Join(" ", Enumerable.Repeat(Word9, 25));
            var lines = Text.DocLines(line);

            Assert.That(lines.Select(l => l.Length), Is.EqualTo(new[] { 99, 99, 49 }));
            Assert.That(string.Join(" ", lines), Is.EqualTo(line));
            Assert.That(lines.All(l => !l.EndsWith(' ')), Is.True);
        }

        [Test]
        public void AWordLongerThanTheWidthStaysWholeOnALineOfItsOwn()
        {
            string url = "https://example.com/" + new string('x', 120);
            Assert.That(Text.DocLines("see " + url + " for more"), Is.EqualTo(new[] { "see", url, "for more" }));
        }

        [Test]
        public void RunsOfSpacesAndLeadingIndentationAreKept()
        {
            Assert.That(Text.DocLines("  - item  with   spaces"), Is.EqualTo(new[] { "  - item  with   spaces" }));

            // The indentation stays on the first piece only; a break trims the spaces before it.
            string indented = "    " + string.Join(" ", Enumerable.Repeat(Word9, 12));
            var lines = Text.DocLines(indented);
            Assert.That(lines[0], Does.StartWith("    " + Word9));
            Assert.That(lines[1], Does.StartWith(Word9));
            Assert.That(lines.Select(l => l.Length), Is.EqualTo(new[] { 4 + 89, 29 }));
        }

        [Test]
        public void ARunOfSpacesAtABreakIsTrimmedAndWhiteSpaceAloneIsNoLine()
        {
            Assert.That(Text.DocLines("x" + new string(' ', 120) + "y"), Is.EqualTo(new[] { "x", "y" }));

            // No-break spaces are white space but no separator: a piece of them alone is never cut off as a line.
            string blank = new string('\u00A0', 99);
            Assert.That(Text.DocLines(blank + " " + Word9), Is.EqualTo(new[] { blank + " " + Word9 }));
        }

        [Test]
        public void ParagraphsLineBreaksAndBoldBecomeTags()
        {
            Assert.That(Text.DocLines("one\ntwo\n\n**three**"), Is.EqualTo(new[] { "<para>one<br/>", "two</para>", "<para><b>three</b></para>" }));
        }

        [TestCase("plain text, nothing to escape", "plain text, nothing to escape")]
        [TestCase("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d")]
        [TestCase("tab\there", "tab here")]
        [TestCase("bidi\u202Eout", "bidi\uFFFDout")]
        public void XmlEscapesAndReplacesWhatADocCommentCannotHold(string text, string expected) =>
            Assert.That(Text.Xml(text), Is.EqualTo(expected));

        [Test]
        public void XmlKeepsASurrogatePairAndReplacesALoneSurrogate()
        {
            // Not a [TestCase]: an attribute's string cannot hold a lone surrogate (metadata writes it as UTF-8).
            Assert.That(Text.Xml("pair \uD83D\uDE00 kept, lone \uD800 replaced"), Is.EqualTo("pair \uD83D\uDE00 kept, lone \uFFFD replaced"));
        }

        [Test]
        public void XmlReturnsItsTextWhenNothingChanges()
        {
            string text = "nothing to do here, not even é or 😀";
            Assert.That(Text.Xml(text), Is.SameAs(text));
        }
    }
}
