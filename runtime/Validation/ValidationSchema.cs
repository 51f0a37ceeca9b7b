using System;
using System.Collections.Generic;
using System.Text.Json;
using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>
/// The constraints of one generated type's schema, which <c>Validate()</c> checks a manifest against. Each
/// generated type carries them as one compact table (a string constant) and parses it on the first
/// <c>Validate()</c> only: a program that never validates pays nothing but the constant.
/// <para>
/// The table is JSON: a schema object with the JSON Schema / OpenAPI keywords <c>Validate</c> checks (<c>type</c>,
/// <c>nullable</c>, <c>format</c>, <c>enum</c>, <c>pattern</c>, <c>minimum</c>, <c>maximum</c>,
/// <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c> (booleans, as in OpenAPI 3.0), <c>multipleOf</c>,
/// <c>minLength</c>, <c>maxLength</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, <c>minProperties</c>,
/// <c>maxProperties</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>,
/// <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>x-kubernetes-int-or-string</c>,
/// <c>x-kubernetes-list-type</c>, <c>x-kubernetes-list-map-keys</c>, <c>x-kubernetes-validations</c>), where
/// <c>{"$ref": n}</c> stands for the table of <c>references[n]</c>, and the root may say
/// <c>"x-kubesonnet-kind": [apiVersion, kind]</c> (a kind's table) and <c>"x-kubesonnet-nulls": true</c>: every value of the table may be <c>null</c> (Kubernetes' built-in types,
/// which the API server's decoder reads <c>null</c> into as if the field were absent). Other keys are ignored.
/// </para>
/// </summary>
public sealed class ValidationSchema
{
    private const int MaxDepth = 256;

    internal ValidationSchema(SchemaNode root, string? apiVersion, string? kind)
    {
        Root = root;
        ApiVersion = apiVersion;
        Kind = kind;
    }

    internal SchemaNode Root { get; }

    /// <summary>The <c>apiVersion</c> of the kind these constraints are of (the table's <c>x-kubesonnet-kind</c>), or <see langword="null"/> for a type that is not a kind.</summary>
    public string? ApiVersion { get; }

    /// <summary>The <c>kind</c> these constraints are of, or <see langword="null"/>.</summary>
    public string? Kind { get; }

    /// <summary>Parses a constraint table (see <see cref="ValidationSchema"/>). Generated code calls this once per type, on first use.</summary>
    /// <param name="table">The table, as JSON.</param>
    /// <param name="references">The tables <c>{"$ref": n}</c> stands for, called the first time a value is checked against them.</param>
    /// <returns>The parsed constraints.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The table is not one (a generator bug: please report it).</exception>
    public static ValidationSchema Parse(string table, params Func<ValidationSchema>[] references)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(references);
        try
        {
            using JsonDocument document = JsonDocument.Parse(table, new JsonDocumentOptions { MaxDepth = MaxDepth * 3 });
            JsonElement root = document.RootElement;
            bool nulls = root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("x-kubesonnet-nulls", out JsonElement flag)
                && flag.ValueKind == JsonValueKind.True;
            string? apiVersion = null;
            string? kind = null;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("x-kubesonnet-kind", out JsonElement gvk))
            {
                apiVersion = gvk[0].GetString();
                kind = gvk[1].GetString();
            }

            return new ValidationSchema(Read(root, references, nulls, depth: 0), apiVersion, kind);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            throw new FormatException("Not a Kubesonnet constraint table: " + exception.Message, exception);
        }
    }

    /// <summary>
    /// Checks a manifest, as it renders, against these constraints: the JSON type of every value, <c>nullable</c>,
    /// <c>required</c>, <c>enum</c>, <c>pattern</c>, bounds, lengths, counts, uniqueness (<c>uniqueItems</c>, and
    /// keys and items of <c>x-kubernetes-list-type</c> <c>map</c> and <c>set</c> lists), the formats Kubernetes
    /// defines (<c>int32</c>, <c>int64</c>, <c>byte</c>, <c>date-time</c>, <c>quantity</c>, <c>int-or-string</c>)
    /// and <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>/<c>not</c>. Every <c>x-kubernetes-validations</c> rule that applies
    /// is reported as not checked (<see cref="ValidationProblem.Checked"/> <see langword="false"/>). Fields the schema
    /// does not name are not problems (the API server prunes or keeps them).
    /// </summary>
    /// <param name="patch">The manifest.</param>
    /// <returns>The problems, in document order (keys sorted as written); empty when the manifest is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patch"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ValidationProblem> Validate(Patch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        return Validator.Run(patch.Fields, Root);
    }

    /// <summary>
    /// The patch, when it meets these constraints; for the writers' <c>validate: true</c>.
    /// </summary>
    /// <param name="patch">The manifest.</param>
    /// <returns><paramref name="patch"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patch"/> is <see langword="null"/>.</exception>
    /// <exception cref="KubesonnetValidationException">A rule that was checked is not met (rules reported as not
    /// checked alone do not throw).</exception>
    public Patch EnsureValid(Patch patch)
    {
        IReadOnlyList<ValidationProblem> problems = Validate(patch);
        foreach (ValidationProblem problem in problems)
        {
            if (problem.Checked)
            {
                throw new KubesonnetValidationException(problems);
            }
        }

        return patch;
    }

    /// <summary>Checks any JSON value (for tests: a table's root need not be an object).</summary>
    internal IReadOnlyList<ValidationProblem> ValidateValue(object value) => Validator.Run(value, Root);

    private static SchemaNode Read(JsonElement element, Func<ValidationSchema>[] references, bool nulls, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("The table nests deeper than " + MaxDepth + ".");
        }

        var node = new SchemaNode { NullAllowed = nulls };
        if (element.ValueKind == JsonValueKind.True)
        {
            node.Complete();
            return node;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A schema is not an object: " + element.GetRawText());
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            JsonElement v = property.Value;
            switch (property.Name)
            {
                case "$ref":
                    node.Reference = references[v.GetInt32()];
                    break;
                case "type":
                    node.Types = v.ValueKind == JsonValueKind.Array ? TypesOf(v) : TypeOf(v.GetString()!);
                    break;
                case "nullable":
                    node.NullAllowed |= v.ValueKind == JsonValueKind.True;
                    break;
                case "format":
                    node.Format = v.GetString();
                    node.FormatKind = node.FormatKind == FormatKind.IntOrString ? FormatKind.IntOrString : FormatOf(node.Format);
                    break;
                case "x-kubernetes-int-or-string":
                    if (v.ValueKind == JsonValueKind.True)
                    {
                        node.FormatKind = FormatKind.IntOrString;
                    }

                    break;
                case "enum":
                    var values = new List<object>();
                    foreach (JsonElement item in v.EnumerateArray())
                    {
                        values.Add(JsonInput.FromJsonElement(item));
                    }

                    node.Enum = values.ToArray();
                    break;
                case "pattern":
                    node.Pattern = v.GetString();
                    break;
                case "minLength":
                    node.MinLength = v.GetInt64();
                    break;
                case "maxLength":
                    node.MaxLength = v.GetInt64();
                    break;
                case "minimum":
                    node.Minimum = v.GetDouble();
                    break;
                case "maximum":
                    node.Maximum = v.GetDouble();
                    break;
                case "exclusiveMinimum":
                    node.ExclusiveMinimum = v.ValueKind == JsonValueKind.True;
                    break;
                case "exclusiveMaximum":
                    node.ExclusiveMaximum = v.ValueKind == JsonValueKind.True;
                    break;
                case "multipleOf":
                    node.MultipleOf = v.GetDouble();
                    break;
                case "minItems":
                    node.MinItems = v.GetInt64();
                    break;
                case "maxItems":
                    node.MaxItems = v.GetInt64();
                    break;
                case "uniqueItems":
                    node.UniqueItems = v.ValueKind == JsonValueKind.True;
                    break;
                case "minProperties":
                    node.MinProperties = v.GetInt64();
                    break;
                case "maxProperties":
                    node.MaxProperties = v.GetInt64();
                    break;
                case "required":
                    node.Required = Strings(v);
                    break;
                case "properties":
                    node.Properties = new Dictionary<string, SchemaNode>(StringComparer.Ordinal);
                    foreach (JsonProperty p in v.EnumerateObject())
                    {
                        node.Properties[p.Name] = Read(p.Value, references, nulls, depth + 1);
                    }

                    break;
                case "additionalProperties":
                    if (v.ValueKind == JsonValueKind.False)
                    {
                        node.NoAdditionalProperties = true;
                    }
                    else
                    {
                        node.AdditionalProperties = Read(v, references, nulls, depth + 1);
                    }

                    break;
                case "items":
                    node.Items = Read(v, references, nulls, depth + 1);
                    break;
                case "allOf":
                    node.AllOf = List(v, references, nulls, depth);
                    break;
                case "anyOf":
                    node.AnyOf = List(v, references, nulls, depth);
                    break;
                case "oneOf":
                    node.OneOf = List(v, references, nulls, depth);
                    break;
                case "not":
                    node.Not = Read(v, references, nulls, depth + 1);
                    break;
                case "x-kubernetes-list-type":
                    node.ListType = v.GetString() switch
                    {
                        "set" => ListType.Set,
                        "map" => ListType.Map,
                        _ => ListType.Atomic,
                    };
                    break;
                case "x-kubernetes-list-map-keys":
                    node.ListMapKeys = Strings(v);
                    break;
                case "x-kubernetes-validations":
                    var rules = new List<CelRule>();
                    foreach (JsonElement rule in v.EnumerateArray())
                    {
                        string? message = rule.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                        rules.Add(new CelRule(rule.GetProperty("rule").GetString()!, message));
                    }

                    node.Validations = rules.ToArray();
                    break;
            }
        }

        node.Complete();
        return node;
    }

    private static SchemaNode[] List(JsonElement array, Func<ValidationSchema>[] references, bool nulls, int depth)
    {
        var nodes = new List<SchemaNode>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            // A branch of anyOf/oneOf/allOf is read without the table's null flag: it is the parent that says
            // whether null is allowed, and a branch that allowed it would make every anyOf pass on null.
            nodes.Add(Read(item, references, nulls: false, depth + 1));
        }

        return nodes.ToArray();
    }

    private static string[] Strings(JsonElement array)
    {
        var names = new List<string>();
        foreach (JsonElement item in array.EnumerateArray())
        {
            names.Add(item.GetString()!);
        }

        return names.ToArray();
    }

    private static JsonTypes TypesOf(JsonElement array)
    {
        JsonTypes types = JsonTypes.None;
        foreach (JsonElement item in array.EnumerateArray())
        {
            types |= TypeOf(item.GetString()!);
        }

        return types;
    }

    private static JsonTypes TypeOf(string name) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "integer" => JsonTypes.Integer,
        "number" => JsonTypes.Number | JsonTypes.Integer,
        "string" => JsonTypes.String,
        "array" => JsonTypes.Array,
        "object" => JsonTypes.Object,
        _ => throw new FormatException("Unknown type \"" + name + "\"."),
    };

    private static FormatKind FormatOf(string? format) => format switch
    {
        "int32" => FormatKind.Int32,
        "int64" => FormatKind.Int64,
        "byte" => FormatKind.Byte,
        "date-time" => FormatKind.DateTime,
        "quantity" => FormatKind.Quantity,
        "int-or-string" => FormatKind.IntOrString,
        _ => FormatKind.None,
    };
}
