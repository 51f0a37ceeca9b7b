using System.Collections.Generic;
using Kubesonnet.Generator.Planning;
using static Kubesonnet.Generator.Emitting.TypeNames;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// How a value of each <see cref="ShapeKind"/> is taken and written: one row per shape (the C# type that stands for
    /// it, the <c>PatchValue</c> factory of one value and of an array of them), and the overloads a setter of it has.
    /// </summary>
    internal static class ValueShapes
    {
        /// <summary>One shape's row.</summary>
        /// <param name="Type">The C# type of a value (<see langword="null"/>: the shape's builder type).</param>
        /// <param name="One">The <c>PatchValue</c> factory of one value.</param>
        /// <param name="Many">The factory of an array of them, or <see langword="null"/>: each item converted.</param>
        /// <param name="MapAsIs">Whether <c>PatchValue.Map</c> takes a dictionary of them as it is.</param>
        private sealed record Row(string? Type, string One, string? Many, bool MapAsIs);

        private static readonly Dictionary<ShapeKind, Row> s_rows = new Dictionary<ShapeKind, Row>
        {
            [ShapeKind.String] = new Row("string", "String", "Strings", MapAsIs: true),
            [ShapeKind.Time] = new Row("string", "String", "Strings", MapAsIs: true),
            [ShapeKind.MicroTime] = new Row("string", "String", "Strings", MapAsIs: true),
            [ShapeKind.IntOrString] = new Row("string", "String", "Strings", MapAsIs: true),
            [ShapeKind.Int32] = new Row("int", "Integer", "Integers", MapAsIs: false),
            [ShapeKind.Int64] = new Row("long", "Integer", "Integers", MapAsIs: true),
            [ShapeKind.Number] = new Row("double", "Number", "Numbers", MapAsIs: true),
            [ShapeKind.Boolean] = new Row("bool", "Boolean", "Booleans", MapAsIs: true),
            [ShapeKind.Bytes] = new Row("byte[]", "Bytes", null, MapAsIs: false),
            [ShapeKind.Object] = new Row(null, "Object", "Objects", MapAsIs: true),
            [ShapeKind.Json] = new Row(JsonNode + "?", "Json", null, MapAsIs: false),
        };

        /// <summary>One overload of a setter: its parameter's type, the conversion of the argument, and what the parameter's doc adds.</summary>
        public readonly struct Overload
        {
            public Overload(string parameterType, string conversion, string parameterNote = "")
            {
                ParameterType = parameterType;
                Conversion = conversion;
                ParameterNote = parameterNote;
            }

            public string ParameterType { get; }

            public string Conversion { get; }

            public string ParameterNote { get; }

            /// <summary>The parameter type as a <c>cref</c> writes it: <c>IEnumerable{string}</c>, <c>string[]</c> for <c>params string[]</c>.</summary>
            public string CrefType => ParameterType.Replace("params ", string.Empty).Replace("?", string.Empty).Replace('<', '{').Replace('>', '}');
        }

        /// <summary>
        /// The overloads of a setter of <paramref name="shape"/> whose parameter is <paramref name="p"/>: a date and time
        /// as a string or a <c>DateTimeOffset</c>, an int-or-string as either, an array as <c>params</c> or an
        /// <c>IEnumerable</c>, anything else as its <see cref="TypeOf"/>.
        /// </summary>
        public static IEnumerable<Overload> Overloads(ValueShape shape, string p)
        {
            switch (shape.Kind)
            {
                case ShapeKind.Time:
                case ShapeKind.MicroTime:
                    yield return new Overload("string", PatchValue + ".String(" + p + ")", " An RFC 3339 date and time, written as given.");
                    yield return new Overload(DateTimeOffset, PatchValue + "." + shape.Kind + "(" + p + ")", " Written in UTC as RFC 3339.");
                    break;
                case ShapeKind.IntOrString:
                    yield return new Overload("int", PatchValue + ".Integer(" + p + ")");
                    yield return new Overload("string", PatchValue + ".String(" + p + ")");
                    break;
                case ShapeKind.Array:
                    string element = TypeOf(shape.Element!);
                    yield return new Overload("params " + element + "[]", ArrayConversion(shape.Element!, p), " A single value is a one-item array.");
                    yield return new Overload(IEnumerable + "<" + element + ">", ArrayConversion(shape.Element!, p));
                    break;
                default:
                    yield return new Overload(TypeOf(shape), Conversion(shape, p));
                    break;
            }
        }

        /// <summary>The C# type that stands for a value of <paramref name="shape"/>.</summary>
        public static string TypeOf(ValueShape shape) => shape.Kind switch
        {
            ShapeKind.Array => IReadOnlyList + "<" + TypeOf(shape.Element!) + ">",
            ShapeKind.Map => IReadOnlyDictionary + "<string, " + TypeOf(shape.Element!) + ">",
            _ => s_rows[shape.Kind].Type ?? shape.TypeName!,
        };

        /// <summary>The expression turning <paramref name="value"/> (of <see cref="TypeOf"/>) into a <c>PatchValue</c>.</summary>
        public static string Conversion(ValueShape shape, string value) => shape.Kind switch
        {
            ShapeKind.Array => ArrayConversion(shape.Element!, value),
            ShapeKind.Map => MapConversion(shape.Element!, value),
            _ => PatchValue + "." + s_rows[shape.Kind].One + "(" + value + ")",
        };

        private static string ArrayConversion(ValueShape element, string value) =>
            element.Kind is not (ShapeKind.Array or ShapeKind.Map) && s_rows[element.Kind].Many is string many
                ? PatchValue + "." + many + "(" + value + ")"
                : PatchValue + ".Array(" + Enumerable + ".Select(" + NotNull(value) + ", static item => " + Conversion(element, "item") + "), nameof(" + value + "))";

        private static string MapConversion(ValueShape element, string value) =>
            (element.Kind is not (ShapeKind.Array or ShapeKind.Map) && s_rows[element.Kind].MapAsIs)
            || (element.Kind == ShapeKind.Array && element.Element!.Kind == ShapeKind.String)
                ? PatchValue + ".Map(" + value + ")"
                : PatchValue + ".Map(" + Enumerable + ".ToDictionary(" + NotNull(value) + ", static entry => entry.Key, static entry => " + Conversion(element, "entry.Value") + "), nameof(" + value + "))";

        private static string NotNull(string value) => value + " ?? throw new " + ArgumentNullException + "(nameof(" + value + "))";
    }
}
