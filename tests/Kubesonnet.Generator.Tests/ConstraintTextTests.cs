using System.Collections.Generic;
using Kubesonnet.Generator.Model;
using NUnit.Framework;

namespace Kubesonnet.Generator.Tests
{
    /// <summary>The one scan of a constraint table for its references (<see cref="ConstraintText.ReplaceReferences"/>).</summary>
    public class ConstraintTextTests
    {
        [Test]
        public void A_table_without_references_is_returned_itself()
        {
            string table = "{\"type\":\"string\",\"description\":\"{\\\"$ref\\\":\\\"x\\\"}\"}";
            Assert.That(ConstraintText.ReplaceReferences(table, _ => "{}"), Is.SameAs(table));
        }

        [Test]
        public void Each_reference_is_replaced_and_null_keeps_it_as_written()
        {
            string table = "{\"properties\":{\"a\":{\"$ref\":\"A\"},\"b\":{\"$ref\":\"B\"},\"c\":{\"items\":{\"$ref\":\"A\"}}}}";
            var seen = new List<string>();
            string result = ConstraintText.ReplaceReferences(table, id =>
            {
                seen.Add(id);
                return id == "A" ? "{\"type\":\"integer\"}" : null;
            });

            Assert.That(seen, Is.EqualTo(new[] { "A", "B", "A" }));
            Assert.That(result, Is.EqualTo("{\"properties\":{\"a\":{\"type\":\"integer\"},\"b\":{\"$ref\":\"B\"},\"c\":{\"items\":{\"type\":\"integer\"}}}}"));
        }

        // An id is the definition's own: what the table escapes (quotes, backslashes, control characters) is
        // unescaped before the callback sees it, and a reference kept is kept as written.
        [TestCase("plain.v1.Thing")]
        [TestCase("with \"quotes\"")]
        [TestCase("back\\slash")]
        [TestCase("line\nbreak\ttab\u0001")]
        [TestCase("slash/and~tilde")]
        [TestCase("ünïcode 😀")]
        public void Ids_are_unescaped(string id)
        {
            string table = "{\"allOf\":[" + ConstraintText.Reference(id) + "]}";
            string? seen = null;
            string result = ConstraintText.ReplaceReferences(table, found =>
            {
                seen = found;
                return ConstraintText.Reference("x");
            });

            Assert.That(seen, Is.EqualTo(id));
            Assert.That(result, Is.EqualTo("{\"allOf\":[{\"$ref\":\"x\"}]}"));
            Assert.That(ConstraintText.ReplaceReferences(table, _ => null), Is.EqualTo(table));
        }

        [Test]
        public void JSON_escapes_the_table_does_not_write_are_read_too()
        {
            string table = "{\"$ref\":\"a\\/b\\u0041\\n\"}";
            string? seen = null;
            ConstraintText.ReplaceReferences(table, id => seen = id);
            Assert.That(seen, Is.EqualTo("a/bA\n"));
        }

        [Test]
        public void Replacements_may_themselves_be_scanned_again()
        {
            var tables = new Dictionary<string, string>
            {
                ["A"] = "{\"properties\":{\"b\":{\"$ref\":\"B\"}}}",
                ["B"] = "{\"type\":\"string\"}",
            };

            string Inline(string table) => ConstraintText.ReplaceReferences(table, id => Inline(tables[id]));

            Assert.That(Inline("{\"items\":{\"$ref\":\"A\"}}"), Is.EqualTo("{\"items\":{\"properties\":{\"b\":{\"type\":\"string\"}}}}"));
        }

        [Test]
        public void A_cut_reference_is_left_as_written()
        {
            string table = "{\"a\":{\"$ref\":\"A\"},\"b\":{\"$ref\":\"B";
            Assert.That(ConstraintText.ReplaceReferences(table, _ => "{}"), Is.EqualTo("{\"a\":{},\"b\":{\"$ref\":\"B"));
        }
    }
}
