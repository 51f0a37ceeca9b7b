using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Kubesonnet.Generator.Tests.Validation
{
    /// <summary>
    /// Builds a manifest with a generated client's setters, found by reflection in the client's compiled assembly: every
    /// field of a JSON manifest is set by the setter whose path (the <c>s_With…</c> field the generated code keeps) is
    /// that field's, through the groups (nested classes) and item types the client has for it. What the client cannot
    /// express is listed in <see cref="Problems"/>, with the field's path. Nothing here knows the naming rules: a setter
    /// is found by the path it writes.
    /// </summary>
    internal sealed class SetterBuilder
    {
        private const BindingFlags StaticMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private readonly Dictionary<Type, Dictionary<string, string>> _paths = new Dictionary<Type, Dictionary<string, string>>();

        /// <summary>Fields the client has no setter for (path: why).</summary>
        public List<string> Problems { get; } = new List<string>();

        /// <summary>Empty objects of groups, which no setter writes (their paths, <c>/spec/selector</c>).</summary>
        public List<string> LeftOut { get; } = new List<string>();

        /// <summary>Numbers set as strings, where the setter takes strings only (their paths).</summary>
        public List<string> Stringified { get; } = new List<string>();

        /// <summary>Free-form fields (path) and whether the client has a <c>With…Mixin(JsonNode)</c> for each.</summary>
        public List<(string Path, bool HasMixin)> FreeFormFields { get; } = new List<(string Path, bool HasMixin)>();

        /// <summary>
        /// The kind <paramref name="kind"/> named <c>sample</c>, every field of <paramref name="manifest"/> but apiVersion,
        /// kind and metadata set by its setters.
        /// </summary>
        public object BuildKind(Type kind, JsonObject manifest)
        {
            object value = kind.GetMethod("New", new[] { typeof(string) })!.Invoke(null, new object[] { "sample" })!;
            var fields = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> entry in manifest)
            {
                if (entry.Key is not ("apiVersion" or "kind" or "metadata"))
                {
                    fields[entry.Key] = entry.Value?.DeepClone();
                }
            }

            foreach (object part in Set(kind, kind, fields, Array.Empty<string>(), "/"))
            {
                value = Add(kind, value, part);
            }

            return value;
        }

        /// <summary>The values that set each field of <paramref name="json"/> at <paramref name="prefix"/>, with <paramref name="holder"/>'s setters.</summary>
        private List<object> Set(Type holder, Type result, JsonObject json, string[] prefix, string where)
        {
            var parts = new List<object>();
            foreach (KeyValuePair<string, JsonNode?> entry in json)
            {
                string[] path = prefix.Append(entry.Key).ToArray();
                string location = where + entry.Key;
                if (Paths(holder).TryGetValue(Key(path), out string? setter))
                {
                    if (entry.Value is JsonObject && IsFreeForm(holder, setter))
                    {
                        FreeFormFields.Add((location, HasJsonNodeMixin(holder, setter)));
                    }

                    object? part = Call(holder, setter, entry.Value, location);
                    if (part != null)
                    {
                        parts.Add(part);
                    }

                    continue;
                }

                Type? group = Group(holder, path);
                if (group != null && entry.Value is JsonObject { Count: 0 })
                {
                    // A group has setters for its fields only: an empty object written out as a group cannot be set.
                    LeftOut.Add(location);
                    continue;
                }

                if (group != null && entry.Value is JsonObject fields)
                {
                    parts.AddRange(Set(group, result, fields, path, location + "/"));
                    continue;
                }

                Problems.Add(location + ": no setter for this field");
            }

            return parts;
        }

        private static bool IsFreeForm(Type holder, string setter) =>
            Methods(holder, setter).Any(m => m.GetParameters() is { Length: 1 } p && p[0].ParameterType == typeof(JsonNode));

        private static bool HasJsonNodeMixin(Type holder, string setter) =>
            Methods(holder, setter + "Mixin").Any(m => m.GetParameters() is { Length: 1 } p && p[0].ParameterType == typeof(JsonNode));

        /// <summary>Calls the first overload of <paramref name="setter"/> that takes <paramref name="value"/>.</summary>
        private object? Call(Type holder, string setter, JsonNode? value, string location)
        {
            foreach (MethodInfo method in Methods(holder, setter).Where(m => m.GetParameters().Length == 1).OrderBy(Preference))
            {
                ParameterInfo parameter = method.GetParameters()[0];
                Type type = parameter.ParameterType;
                if (parameter.GetCustomAttribute<ParamArrayAttribute>() != null)
                {
                    if (value is JsonArray array && TryConvertArray(type.GetElementType()!, array, location, out object? items))
                    {
                        return method.Invoke(null, new[] { items });
                    }

                    continue;
                }

                if (TryConvert(type, value, location, out object? converted))
                {
                    return method.Invoke(null, new[] { converted });
                }
            }

            Problems.Add(location + ": no overload of " + holder.Name + "." + setter + " takes " + (value?.ToJsonString() ?? "null"));
            return null;
        }

        /// <summary>Scalars and arrays before JsonNode and whole builders: the most specific setter first.</summary>
        private static int Preference(MethodInfo method)
        {
            Type type = method.GetParameters()[0].ParameterType;
            return type == typeof(string) ? 1 : type == typeof(JsonNode) ? 2 : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? 3 : 0;
        }

        private bool TryConvertArray(Type element, JsonArray array, string location, out object? items)
        {
            Array result = Array.CreateInstance(element, array.Count);
            for (int i = 0; i < array.Count; i++)
            {
                if (!TryConvert(element, array[i], location + "/" + i, out object? item))
                {
                    items = null;
                    return false;
                }

                result.SetValue(item, i);
            }

            items = result;
            return true;
        }

        private bool TryConvert(Type type, JsonNode? value, string location, out object? converted)
        {
            converted = null;
            Type? underlying = Nullable.GetUnderlyingType(type);
            if (underlying != null)
            {
                type = underlying;
            }

            if (type == typeof(JsonNode))
            {
                converted = value?.DeepClone();
                return true;
            }

            if (value is JsonValue scalar)
            {
                switch (scalar.GetValueKind())
                {
                    case System.Text.Json.JsonValueKind.String when type == typeof(string):
                        converted = scalar.GetValue<string>();
                        return true;
                    case System.Text.Json.JsonValueKind.String when type == typeof(byte[]):
                        var bytes = new byte[scalar.GetValue<string>().Length];
                        if (!Convert.TryFromBase64String(scalar.GetValue<string>(), bytes, out int written))
                        {
                            return false;
                        }

                        converted = bytes.AsSpan(0, written).ToArray();
                        return true;
                    case System.Text.Json.JsonValueKind.Number when type == typeof(string):
                        // An int-or-string with no number setter (a map's values): the number is written as a string.
                        Stringified.Add(location);
                        converted = scalar.ToJsonString();
                        return true;
                    case System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False when type == typeof(bool):
                        converted = scalar.GetValue<bool>();
                        return true;
                    case System.Text.Json.JsonValueKind.Number when type == typeof(int) && int.TryParse(scalar.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i):
                        converted = i;
                        return true;
                    case System.Text.Json.JsonValueKind.Number when type == typeof(long) && long.TryParse(scalar.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long l):
                        converted = l;
                        return true;
                    case System.Text.Json.JsonValueKind.Number when type == typeof(double):
                        converted = scalar.GetValue<double>();
                        return true;
                    case System.Text.Json.JsonValueKind.Number when type == typeof(float):
                        converted = (float)scalar.GetValue<double>();
                        return true;
                    default:
                        return false;
                }
            }

            if (value is JsonArray array)
            {
                Type? element = type.IsArray ? type.GetElementType()
                    : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
                    : null;
                if (element != null && TryConvertArray(element, array, location, out object? items))
                {
                    converted = items;
                    return true;
                }

                return false;
            }

            if (value is JsonObject obj)
            {
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
                {
                    Type valueType = type.GetGenericArguments()[1];
                    var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
                    foreach (KeyValuePair<string, JsonNode?> entry in obj)
                    {
                        if (!TryConvert(valueType, entry.Value, location + "/" + entry.Key, out object? item))
                        {
                            return false;
                        }

                        map[entry.Key] = item;
                    }

                    converted = map;
                    return true;
                }

                if (IsBuilder(type))
                {
                    object built = Activator.CreateInstance(type)!;
                    foreach (object part in Set(type, type, obj, Array.Empty<string>(), location + "/"))
                    {
                        built = Add(type, built, part);
                    }

                    converted = built;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A generated item or value type: a struct with its own <c>+</c>.</summary>
        private static bool IsBuilder(Type type) =>
            type.IsValueType && type.GetMethod("op_Addition", new[] { type, type }) != null;

        private static object Add(Type type, object left, object right) =>
            type.GetMethod("op_Addition", new[] { type, type })!.Invoke(null, new[] { left, right })!;

        /// <summary>The nested class of <paramref name="holder"/> (or of its bases) whose setters write under <paramref name="path"/>.</summary>
        private Type? Group(Type holder, string[] path)
        {
            string prefix = Key(path) + "\u0001";
            return NestedTypes(holder).FirstOrDefault(nested => WritesUnder(nested, prefix));
        }

        private bool WritesUnder(Type group, string prefix) =>
            Paths(group).Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) || NestedTypes(group).Any(n => WritesUnder(n, prefix));

        private static IEnumerable<Type> NestedTypes(Type holder)
        {
            for (Type? t = holder; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (Type nested in t.GetNestedTypes(BindingFlags.Public))
                {
                    // A group of a shared type's setters is nested in a generic class: it takes the same arguments.
                    yield return nested.IsGenericTypeDefinition && t.IsConstructedGenericType ? nested.MakeGenericType(t.GetGenericArguments()) : nested;
                }
            }
        }

        private static IEnumerable<MethodInfo> Methods(Type holder, string name)
        {
            for (Type? t = holder; t != null && t != typeof(object); t = t.BaseType)
            {
                foreach (MethodInfo method in t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.Name == name))
                {
                    yield return method;
                }
            }
        }

        /// <summary>Each path a holder's setters write (from its <c>s_With…</c> fields), to the setter's name.</summary>
        private Dictionary<string, string> Paths(Type holder)
        {
            if (_paths.TryGetValue(holder, out Dictionary<string, string>? paths))
            {
                return paths;
            }

            paths = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!holder.ContainsGenericParameters)
            {
                for (Type? t = holder; t != null && t != typeof(object); t = t.BaseType)
                {
                    foreach (FieldInfo field in t.GetFields(StaticMembers).Where(f => f.FieldType == typeof(PatchPath) && f.Name.StartsWith("s_With", StringComparison.Ordinal)))
                    {
                        var path = (PatchPath)field.GetValue(null)!;
                        paths.TryAdd(Key(path.Segments), field.Name.Substring(2));
                    }
                }
            }

            _paths[holder] = paths;
            return paths;
        }

        private static string Key(IEnumerable<string> segments) => string.Join("\u0001", segments);
    }
}
