using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>
/// One walk of a manifest against a schema. The path is a stack of segments, made into text only when a problem
/// is reported, and the list of problems is made at the first one: validating a valid manifest allocates nothing
/// but the walker. A probe (a branch of <c>anyOf</c>, <c>oneOf</c>, <c>not</c>) only asks whether a value passes.
/// </summary>
internal sealed class Validator
{
    private const int MaxValueText = 200;

    private readonly bool _probe;
    private Segment[] _path;
    private int _depth;
    private List<ValidationProblem>? _problems;
    private bool _failed;

    private Validator(bool probe, Segment[] path, int depth)
    {
        _probe = probe;
        _path = path;
        _depth = depth;
    }

    private readonly struct Segment
    {
        public readonly string? Name;
        public readonly int Index;

        public Segment(string? name, int index)
        {
            Name = name;
            Index = index;
        }
    }

    public static IReadOnlyList<ValidationProblem> Run(object value, SchemaNode schema)
    {
        var validator = new Validator(probe: false, new Segment[16], 0);
        validator.Check(value, schema);
        return (IReadOnlyList<ValidationProblem>?)validator._problems ?? Array.Empty<ValidationProblem>();
    }

    private void Push(string name)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = new Segment(name, 0);
    }

    private void Push(int index)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = new Segment(null, index);
    }

    private void Pop() => _depth--;

    private void Report(string rule, object? value, string message, bool isChecked = true)
    {
        if (_probe)
        {
            _failed |= isChecked;
            return;
        }

        var segments = new object[_depth];
        for (int i = 0; i < _depth; i++)
        {
            segments[i] = _path[i].Name ?? (object)_path[i].Index;
        }

        string path = _depth == 0 ? "" : PathText.Format(segments);
        (_problems ??= new List<ValidationProblem>()).Add(new ValidationProblem(path, rule, value is null ? null : ValueText(value), message, isChecked));
    }

    /// <summary>Compact JSON of a value, cut after <see cref="MaxValueText"/> characters.</summary>
    internal static string ValueText(object value)
    {
        string text = JsonText.Write(value, indented: false);
        return text.Length <= MaxValueText ? text : text.Substring(0, MaxValueText) + "…";
    }

    private bool Passes(object value, SchemaNode schema)
    {
        var probe = new Validator(probe: true, _path, _depth);
        probe.Check(value, schema);
        return !probe._failed;
    }

    private void Check(object value, SchemaNode schema)
    {
        if (_probe && _failed)
        {
            return;
        }

        SchemaNode s = schema.Reference is null ? schema : schema.Resolve();
        NodeKind kind = Values.Kind(value);
        if (kind == NodeKind.Null)
        {
            if (s.NullAllowed || (s.Types & JsonTypes.Null) != 0)
            {
                return;
            }

            if (s.Allowed != JsonTypes.None)
            {
                Report("nullable", value, "must not be null (the schema says type: " + s.TypeText() + ", not nullable)");
                return;
            }
        }

        if (s.Allowed != JsonTypes.None && !TypeMatches(s.Allowed, value, kind))
        {
            Report("type", value, "must be of type " + s.TypeText() + ", not " + Values.Describe(value));
            return;
        }

        if (s.Extras)
        {
            CheckExtras(s, value, kind);
        }

        if (kind == NodeKind.Object)
        {
            CheckObject(s, Values.Fields(value));
        }
        else if (kind == NodeKind.Array)
        {
            CheckArray(s, value);
        }
    }

    // A string, integer or boolean whose schema asks nothing but its type, and has it: most values of a manifest,
    // passed without a call or a step of the path.
    private static bool PlainLeaf(SchemaNode schema, object value)
    {
        if (schema.Extras || schema.Reference is not null)
        {
            return false;
        }

        JsonTypes allowed = schema.Allowed;
        if (value.GetType() == typeof(string))
        {
            return (allowed & JsonTypes.String) != 0;
        }

        return value is NumberNode number
            ? (allowed & JsonTypes.Number) != 0 || ((allowed & JsonTypes.Integer) != 0 && number.TryGetInt64(out _))
            : value is LiteralNode { Kind: NodeKind.True or NodeKind.False } && (allowed & JsonTypes.Boolean) != 0;
    }

    // Everything but types and fields: rare in Kubernetes' own types, common in CRDs.
    private void CheckExtras(SchemaNode s, object value, NodeKind kind)
    {
        if (s.Enum is not null && !InEnum(s.Enum, value))
        {
            Report("enum", value, "must be one of " + EnumText(s.Enum));
        }

        if (kind == NodeKind.String)
        {
            CheckString(s, value);
        }
        else if (kind == NodeKind.Number)
        {
            CheckNumber(s, (NumberNode)value);
        }

        CheckCombinations(s, value);
        if (s.Validations is not null && !_probe)
        {
            foreach (CelRule rule in s.Validations)
            {
                string message = rule.Message is null ? "" : " (message: \"" + rule.Message + "\")";
                Report("x-kubernetes-validations", value, "not checked: the CEL rule \"" + rule.Rule + "\"" + message + " is the API server's to evaluate", isChecked: false);
            }
        }
    }

    private static bool TypeMatches(JsonTypes allowed, object value, NodeKind kind)
    {
        JsonTypes actual = kind switch
        {
            NodeKind.Null => JsonTypes.Null,
            NodeKind.False or NodeKind.True => JsonTypes.Boolean,
            NodeKind.String => JsonTypes.String,
            NodeKind.Array => JsonTypes.Array,
            NodeKind.Object => JsonTypes.Object,
            _ => (allowed & JsonTypes.Number) != 0 ? JsonTypes.Number : IsInteger((NumberNode)value) ? JsonTypes.Integer : JsonTypes.Number,
        };
        return (allowed & actual) != 0;
    }

    private static bool IsInteger(NumberNode number)
    {
        if (number.TryGetInt64(out _))
        {
            return true;
        }

        double d = number.ToDouble();
        return double.IsFinite(d) ? Math.Floor(d) == d : double.IsInfinity(d);
    }

    private static bool InEnum(object[] values, object value)
    {
        foreach (object allowed in values)
        {
            if (Structural.EqualIgnoringModes(allowed, value))
            {
                return true;
            }
        }

        return false;
    }

    private static string EnumText(object[] values)
    {
        var text = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(ValueText(values[i]));
        }

        return text.ToString();
    }

    private void CheckString(SchemaNode s, object value)
    {
        string text = Values.Text(value);
        switch (s.FormatKind)
        {
            case FormatKind.Byte when !Formats.IsBase64(text):
                Report("format", value, "must be base64 (format: byte)");
                break;
            case FormatKind.DateTime when !Formats.IsDateTime(text):
                Report("format", value, "must be an RFC 3339 date-time such as \"2021-06-01T00:00:00Z\" (format: date-time)");
                break;
            case FormatKind.Quantity when !Formats.IsQuantity(text):
                Report("format", value, "must be a quantity such as \"500m\", \"1.5Gi\" or \"2e3\" (format: quantity)");
                break;
        }

        if (s.MinLength >= 0 || s.MaxLength >= 0)
        {
            long length = CodePoints(text);
            if (s.MinLength >= 0 && length < s.MinLength)
            {
                Report("minLength", value, "must be at least " + Number(s.MinLength) + " characters long");
            }

            if (s.MaxLength >= 0 && length > s.MaxLength)
            {
                Report("maxLength", value, "must be at most " + Number(s.MaxLength) + " characters long");
            }
        }

        if (s.Pattern is not null)
        {
            System.Text.RegularExpressions.Regex? regex = s.Regex;
            if (regex is null)
            {
                Report("pattern", value, "not checked: the pattern " + s.Pattern + " cannot be compiled (" + s.PatternError + ")", isChecked: false);
            }
            else if (!Matches(regex, text))
            {
                Report("pattern", value, "must match the pattern " + s.Pattern);
            }
        }
    }

    private static bool Matches(System.Text.RegularExpressions.Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static long CodePoints(string text)
    {
        long count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private void CheckNumber(SchemaNode s, NumberNode number)
    {
        switch (s.FormatKind)
        {
            case FormatKind.Int32 when !Formats.IntegerInRange(number, int.MinValue, int.MaxValue):
                Report("format", number, "must be an integer from " + Number(int.MinValue) + " to " + Number(int.MaxValue) + " (format: int32)");
                break;
            case FormatKind.Int64 when !Formats.IntegerInRange(number, long.MinValue, long.MaxValue):
                Report("format", number, "must be an integer from " + Number(long.MinValue) + " to " + Number(long.MaxValue) + " (format: int64)");
                break;
        }

        if (s.Minimum is null && s.Maximum is null && s.MultipleOf is null)
        {
            return;
        }

        double d = number.ToDouble();
        if (s.Minimum is { } min && (s.ExclusiveMinimum ? d <= min : d < min))
        {
            Report("minimum", number, (s.ExclusiveMinimum ? "must be greater than " : "must be at least ") + Number(min));
        }

        if (s.Maximum is { } max && (s.ExclusiveMaximum ? d >= max : d > max))
        {
            Report("maximum", number, (s.ExclusiveMaximum ? "must be less than " : "must be at most ") + Number(max));
        }

        if (s.MultipleOf is { } step && step > 0)
        {
            double quotient = d / step;
            if (double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) > 1e-9)
            {
                Report("multipleOf", number, "must be a multiple of " + Number(step));
            }
        }
    }

    private void CheckArray(SchemaNode s, object value)
    {
        ReadOnlySpan<object> items = Values.Items(value);
        if (s.MinItems >= 0 && items.Length < s.MinItems)
        {
            Report("minItems", value, "must have at least " + Count(s.MinItems, "item"));
        }

        if (s.MaxItems >= 0 && items.Length > s.MaxItems)
        {
            Report("maxItems", value, "must have at most " + Count(s.MaxItems, "item"));
        }

        if (s.Items is { } itemSchema)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (PlainLeaf(itemSchema, items[i]))
                {
                    continue;
                }

                Push(i);
                Check(items[i], itemSchema);
                Pop();
            }
        }

        if (items.Length > 1)
        {
            if (s.UniqueItems || s.ListType == ListType.Set)
            {
                CheckUnique(s, value, items);
            }

            if (s.ListType == ListType.Map && s.ListMapKeys is { Length: > 0 } keys)
            {
                CheckMapKeys(value, items, keys);
            }
        }
    }

    private void CheckUnique(SchemaNode s, object value, ReadOnlySpan<object> items)
    {
        // Lists are short: pairs are compared in place; a long list is sorted into buckets by hash first.
        if (FindEqualPair(items, keys: null, out int first, out int second))
        {
            string rule = s.UniqueItems ? "uniqueItems" : "x-kubernetes-list-type";
            string why = s.UniqueItems ? "items must be unique" : "x-kubernetes-list-type: set needs unique items";
            Report(rule, value, "items [" + Number(first) + "] and [" + Number(second) + "] are equal; " + why);
        }
    }

    private void CheckMapKeys(object value, ReadOnlySpan<object> items, string[] keys)
    {
        if (FindEqualPair(items, keys, out int first, out int second))
        {
            Field[] fields = Values.Fields(items[second]);
            Report("x-kubernetes-list-type", value, "items [" + Number(first) + "] and [" + Number(second) + "] have the same key (" + KeyText(fields, keys) + "); x-kubernetes-list-type: map needs unique keys (" + string.Join(", ", keys) + ")");
        }
    }

    // The first pair of items that are equal (keys null) or objects with equal keys, by the later item's index.
    private static bool FindEqualPair(ReadOnlySpan<object> items, string[]? keys, out int first, out int second)
    {
        Dictionary<int, List<int>>? buckets = items.Length > 16 ? new Dictionary<int, List<int>>() : null;
        for (int i = 0; i < items.Length; i++)
        {
            if (keys is not null && !Values.IsObject(items[i]))
            {
                continue;
            }

            if (buckets is null)
            {
                for (int j = 0; j < i; j++)
                {
                    if (Same(items[j], items[i], keys))
                    {
                        (first, second) = (j, i);
                        return true;
                    }
                }

                continue;
            }

            int hash = keys is null ? Hash(items[i]) : KeyHash(Values.Fields(items[i]), keys);
            if (!buckets.TryGetValue(hash, out List<int>? same))
            {
                buckets[hash] = new List<int> { i };
                continue;
            }

            foreach (int j in same)
            {
                if (Same(items[j], items[i], keys))
                {
                    (first, second) = (j, i);
                    return true;
                }
            }

            same.Add(i);
        }

        (first, second) = (-1, -1);
        return false;
    }

    private static bool Same(object a, object b, string[]? keys) =>
        keys is null
            ? Structural.EqualIgnoringModes(a, b)
            : Values.IsObject(a) && SameKeys(Values.Fields(a), Values.Fields(b), keys);

    private static bool SameKeys(Field[] a, Field[] b, string[] keys)
    {
        foreach (string key in keys)
        {
            int x = KeyOrder.Find(a, key);
            int y = KeyOrder.Find(b, key);
            if ((x < 0) != (y < 0) || (x >= 0 && !Structural.EqualIgnoringModes(a[x].Value, b[y].Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static int KeyHash(Field[] fields, string[] keys)
    {
        var hash = new HashCode();
        foreach (string key in keys)
        {
            int index = KeyOrder.Find(fields, key);
            hash.Add(index >= 0 ? Hash(fields[index].Value) : -1);
        }

        return hash.ToHashCode();
    }

    private static string KeyText(Field[] fields, string[] keys)
    {
        var text = new StringBuilder();
        foreach (string key in keys)
        {
            int index = KeyOrder.Find(fields, key);
            text.Append(text.Length > 0 ? ", " : "").Append(key).Append(": ").Append(index >= 0 ? JsonText.Write(fields[index].Value, indented: false) : "(absent)");
        }

        return text.ToString();
    }

    private void CheckObject(SchemaNode s, Field[] fields)
    {
        object value = fields;
        if (s.MinProperties >= 0 && fields.Length < s.MinProperties)
        {
            Report("minProperties", value, "must have at least " + Count(s.MinProperties, "property", "properties"));
        }

        if (s.MaxProperties >= 0 && fields.Length > s.MaxProperties)
        {
            Report("maxProperties", value, "must have at most " + Count(s.MaxProperties, "property", "properties"));
        }

        if (s.Required is not null)
        {
            foreach (string name in s.Required)
            {
                if (KeyOrder.Find(fields, name) < 0)
                {
                    Push(name);
                    Report("required", null, "is required");
                    Pop();
                }
            }
        }

        string[]? names = s.PropertyNames;
        if (names is null && s.AdditionalProperties is null && !s.NoAdditionalProperties)
        {
            return;
        }

        // Fields and properties are both in key order: one walk along both finds each field's schema.
        int next = 0;
        foreach (Field field in fields)
        {
            SchemaNode? property = null;
            if (names is not null)
            {
                while (next < names.Length)
                {
                    int order = KeyOrder.Compare(names[next], field.Name);
                    if (order >= 0)
                    {
                        if (order == 0)
                        {
                            property = s.PropertyNodes![next++];
                        }

                        break;
                    }

                    next++;
                }
            }

            SchemaNode? schema = property ?? s.AdditionalProperties;
            if (schema is not null && PlainLeaf(schema, field.Value))
            {
                continue;
            }

            Push(field.Name);
            if (property is not null)
            {
                Check(field.Value, property);
            }
            else if (s.AdditionalProperties is { } additional)
            {
                Check(field.Value, additional);
            }
            else if (s.NoAdditionalProperties)
            {
                Report("additionalProperties", field.Value, "is not a field of this object (additionalProperties: false)");
            }

            Pop();
        }
    }

    private void CheckCombinations(SchemaNode s, object value)
    {
        if (s.AllOf is not null)
        {
            foreach (SchemaNode branch in s.AllOf)
            {
                Check(value, branch);
            }
        }

        if (s.AnyOf is not null)
        {
            bool any = false;
            foreach (SchemaNode branch in s.AnyOf)
            {
                if (Passes(value, branch))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                Report("anyOf", value, "must match at least one of the " + Number(s.AnyOf.Length) + " schemas of anyOf");
            }
        }

        if (s.OneOf is not null)
        {
            int passing = 0;
            foreach (SchemaNode branch in s.OneOf)
            {
                if (Passes(value, branch))
                {
                    passing++;
                }
            }

            if (passing != 1)
            {
                Report("oneOf", value, "must match exactly one of the " + Number(s.OneOf.Length) + " schemas of oneOf (matches " + Number(passing) + ")");
            }
        }

        if (s.Not is not null && Passes(value, s.Not))
        {
            Report("not", value, "must not match the schema of not");
        }
    }

    private static string Count(long count, string one, string? many = null) =>
        Number(count) + " " + (count == 1 ? one : many ?? one + "s");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // A hash of what a value renders (modes ignored), for uniqueness: equal values hash alike.
    private static int Hash(object value)
    {
        switch (Values.Kind(value))
        {
            case NodeKind.String:
                return StringComparer.Ordinal.GetHashCode(Values.Text(value));
            case NodeKind.Number:
                return StringComparer.Ordinal.GetHashCode(((NumberNode)value).Text);
            case NodeKind.Array:
                var array = new HashCode();
                foreach (object item in Values.Items(value))
                {
                    array.Add(Hash(item));
                }

                return array.ToHashCode();
            case NodeKind.Object:
                var obj = new HashCode();
                foreach (Field field in Values.Fields(value))
                {
                    obj.Add(StringComparer.Ordinal.GetHashCode(field.Name));
                    obj.Add(Hash(field.Value));
                }

                return obj.ToHashCode();
            default:
                return (int)Values.Kind(value);
        }
    }
}
