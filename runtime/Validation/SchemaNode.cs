using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>The JSON types a schema allows (<c>type</c>); none set: any.</summary>
[Flags]
internal enum JsonTypes : byte
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    String = 16,
    Array = 32,
    Object = 64,
}

/// <summary>The formats Kubernetes defines and <c>Validate</c> checks; any other format is not checked (as in JSON Schema).</summary>
internal enum FormatKind : byte
{
    None,
    Int32,
    Int64,
    Byte,
    DateTime,
    Quantity,
    IntOrString,
}

/// <summary>How an array's items are told apart (<c>x-kubernetes-list-type</c>).</summary>
internal enum ListType : byte
{
    Atomic,
    Set,
    Map,
}

/// <summary>An <c>x-kubernetes-validations</c> entry: reported as not checked.</summary>
internal sealed record CelRule(string Rule, string? Message);

/// <summary>
/// One schema of a parsed table: immutable once <see cref="ValidationSchema.Parse"/> has built it, shared by every
/// validation. A <c>$ref</c> is a node that points to another table's root, resolved on first use (so recursive
/// definitions, JSONSchemaProps, cost nothing to build).
/// </summary>
internal sealed class SchemaNode
{
    public JsonTypes Types;
    public bool NullAllowed;
    public string? Format;
    public FormatKind FormatKind;
    public object[]? Enum;
    public string? Pattern;
    public long MinLength = -1;
    public long MaxLength = -1;
    public double? Minimum;
    public double? Maximum;
    public bool ExclusiveMinimum;
    public bool ExclusiveMaximum;
    public double? MultipleOf;
    public long MinItems = -1;
    public long MaxItems = -1;
    public bool UniqueItems;
    public long MinProperties = -1;
    public long MaxProperties = -1;
    public string[]? Required;
    public Dictionary<string, SchemaNode>? Properties;

    // Set by Complete: the properties sorted in key order (names interned, so that a setter's name, a literal of
    // the generated code, is found by reference), the JSON types allowed once formats are counted, and whether
    // anything but types and fields is to be checked.
    public string[]? PropertyNames;
    public SchemaNode[]? PropertyNodes;
    public JsonTypes Allowed;
    public bool Extras;
    public SchemaNode? AdditionalProperties;
    public bool NoAdditionalProperties;
    public SchemaNode? Items;
    public SchemaNode[]? AllOf;
    public SchemaNode[]? AnyOf;
    public SchemaNode[]? OneOf;
    public SchemaNode? Not;
    public ListType ListType;
    public string[]? ListMapKeys;
    public CelRule[]? Validations;

    // A $ref: the table that defines the target, resolved once.
    public Func<ValidationSchema>? Reference;
    private SchemaNode? _target;

    // The pattern, compiled on first use; PatternError when it cannot be compiled.
    private Regex? _regex;
    public string? PatternError;

    /// <summary>Precomputes what the walk reads: called once per node when its table is parsed.</summary>
    public void Complete()
    {
        Allowed = FormatKind == FormatKind.IntOrString ? JsonTypes.Integer | JsonTypes.String : Types;
        if (FormatKind == FormatKind.Quantity && Allowed != JsonTypes.None)
        {
            Allowed |= JsonTypes.Number | JsonTypes.Integer;
        }

        if (Properties is not null)
        {
            var names = new List<string>(Properties.Keys);
            names.Sort(KeyOrder.Compare);
            PropertyNames = new string[names.Count];
            PropertyNodes = new SchemaNode[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                PropertyNames[i] = string.Intern(names[i]);
                PropertyNodes[i] = Properties[names[i]];
            }
        }

        Extras = Enum is not null || Pattern is not null || FormatKind != FormatKind.None || MinLength >= 0 || MaxLength >= 0
            || Minimum is not null || Maximum is not null || MultipleOf is not null
            || AllOf is not null || AnyOf is not null || OneOf is not null || Not is not null || Validations is not null;
    }

    /// <summary>The node to check against: the target of a <c>$ref</c>, or this node.</summary>
    public SchemaNode Resolve()
    {
        if (Reference is null)
        {
            return this;
        }

        SchemaNode? target = _target;
        if (target is null)
        {
            target = Reference().Root;
            _target = target;
        }

        return target;
    }

    /// <summary>The compiled pattern, or <see langword="null"/> when it cannot be compiled (see <see cref="PatternError"/>).</summary>
    public Regex? Regex
    {
        get
        {
            if (_regex is null && PatternError is null && Pattern is not null)
            {
                try
                {
                    _regex = Patterns.Get(Pattern);
                }
                catch (ArgumentException exception)
                {
                    PatternError = exception.Message;
                }
            }

            return _regex;
        }
    }

    /// <summary>"integer", "string or null", … as the schema writes it.</summary>
    public string TypeText()
    {
        if (FormatKind == FormatKind.IntOrString)
        {
            return "integer or string";
        }

        var names = new List<string>();
        foreach ((JsonTypes type, string name) in TypeNames)
        {
            bool hidden = type == JsonTypes.Integer && (Types & JsonTypes.Number) != 0;
            if ((Types & type) != 0 && !hidden)
            {
                names.Add(name);
            }
        }

        return string.Join(" or ", names);
    }

    public static readonly (JsonTypes Type, string Name)[] TypeNames =
    {
        (JsonTypes.Object, "object"),
        (JsonTypes.Array, "array"),
        (JsonTypes.String, "string"),
        (JsonTypes.Integer, "integer"),
        (JsonTypes.Number, "number"),
        (JsonTypes.Boolean, "boolean"),
        (JsonTypes.Null, "null"),
    };
}
