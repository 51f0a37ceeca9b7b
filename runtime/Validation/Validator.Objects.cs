using Kubesonnet.Internal;

namespace Kubesonnet.Validation;

/// <summary>Objects: properties, required fields, additional properties; and allOf, anyOf, oneOf, not.</summary>
internal sealed partial class Validator
{
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
}
