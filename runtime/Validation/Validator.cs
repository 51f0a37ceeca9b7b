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
internal sealed partial class Validator
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
