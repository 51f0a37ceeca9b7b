using System.Collections.Generic;
using System.Linq;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Planning;
using static Kubesonnet.Generator.Emitting.DocComments;
using static Kubesonnet.Generator.Emitting.TypeNames;

namespace Kubesonnet.Generator.Emitting
{
    /// <summary>
    /// A type's members, as a <see cref="MemberSpec"/> tree says them: the path fields, the setters and Mixins of each
    /// shape (<see cref="ValueShapes"/>), groups (nested classes, or derived from another type's <c>Setters</c>), a
    /// group's whole-builder setters, the merge and map operations of arrays of builders, enum constants.
    /// </summary>
    internal static class MemberEmitter
    {
        /// <summary>Where members are written: in the type itself (paths from the root) or in its shared Setters class (paths from TAt).</summary>
        internal readonly struct Context
        {
            private Context(string owner, bool generic, IReadOnlyDictionary<string, MemberSpec>? shared)
            {
                Owner = owner;
                Generic = generic;
                SharedSetters = shared;
            }

            /// <summary>The shared Setters class of a type: its setters return <c>TOwner</c>, its paths start at <c>TAt</c>.</summary>
            public static Context Shared => new Context(Naming.NameRules.OwnerParameter, generic: true, null);

            /// <summary>The type setters return: the struct's name, or <c>TOwner</c>.</summary>
            public string Owner { get; }

            public bool Generic { get; }

            /// <summary>
            /// For the type's own setters: the same setters in its shared Setters class, by kind and path, whose doc
            /// comments they inherit instead of repeating them.
            /// </summary>
            public IReadOnlyDictionary<string, MemberSpec>? SharedSetters { get; }

            /// <summary>The type itself; with a Setters class, its own setters inherit their docs from there.</summary>
            public static Context Of(TypeSpec type)
            {
                Dictionary<string, MemberSpec>? shared = null;
                if (type.Setters.Count > 0)
                {
                    shared = new Dictionary<string, MemberSpec>();
                    foreach (MemberSpec member in type.Setters.Where(m => m.Kind != MemberKind.Group))
                    {
                        shared[SharedKey(member)] = member;
                    }
                }

                return new Context(type.Name, generic: false, shared);
            }

            public static string SharedKey(MemberSpec member) => member.Kind + ":" + string.Join("\u0000", member.Path);

            /// <summary>A patch expression as the owner's value.</summary>
            public string Wrap(string patch) => Generic ? "TOwner.FromPatch(" + patch + ")" : "new(" + patch + ")";

            /// <summary>A <c>PatchPath</c> of <paramref name="path"/>, for a field or property of that type.</summary>
            public string PathExpression(IEnumerable<string> path) => Generic
                ? "TAt.Path" + string.Concat(path.Select(p => ".Append(" + Text.Literal(p) + ")"))
                : "new(" + string.Join(", ", path.Select(Text.Literal)) + ")";
        }

        public static void Members(CodeWriter w, Context context, IReadOnlyList<MemberSpec> members)
        {
            // A Mixin uses its setter's path field: found by path here once, not by a scan per Mixin (quadratic in a
            // group of 14,000 fields: seconds).
            var setters = new Dictionary<EquatableArray<string>, MemberSpec>();
            var fields = new List<string>();
            foreach (MemberSpec member in members.Where(m => m.Kind == MemberKind.Setter))
            {
                if (!setters.ContainsKey(member.Path))
                {
                    setters.Add(member.Path, member);
                }

                fields.Add(PathField(member) + " = " + context.PathExpression(member.Path));
            }

            // A group with a builder type also takes that builder whole (WithLivenessProbe(Probe)): its path field.
            foreach (MemberSpec member in members.Where(m => m.Kind == MemberKind.Group && m.BaseType.Length > 0))
            {
                fields.Add(WholePathField(member) + " = " + context.PathExpression(member.Path));
            }

            if (fields.Count > 0)
            {
                w.Line();
                foreach (string field in fields)
                {
                    w.Line("private static readonly " + PatchPath + " " + field + ";");
                }
            }

            foreach (MemberSpec member in members)
            {
                switch (member.Kind)
                {
                    case MemberKind.Group:
                        w.Line();
                        Summary(w, member.Description.Length > 0 ? member.Description : "Setters of the field " + PathText(member) + ".");
                        if (member.BaseType.Length > 0)
                        {
                            DerivedGroup(w, context, member);
                            WholeSetters(w, context, member);
                        }
                        else
                        {
                            w.Open("public static partial class " + member.Name);
                            Members(w, context, member.Members);
                            w.Close();
                        }

                        break;
                    case MemberKind.Setter:
                        EnumConstants(w, member);
                        Setter(w, context, member, setters);
                        break;
                    case MemberKind.Mixin:
                        Setter(w, context, member, setters);
                        if (member.Shape!.Kind == ShapeKind.Array && member.Shape.Element!.Kind == ShapeKind.Object)
                        {
                            ListOperations(w, context, setters[member.Path]);
                        }

                        break;
                }
            }
        }

        /// <summary>A group whose field is another definition: its shared setters, at this group's position.</summary>
        private static void DerivedGroup(CodeWriter w, Context context, MemberSpec member)
        {
            string at = Naming.NameRules.PositionClass;
            // Partial: hand-written and generated helpers (HorizontalPodAutoscaler.Spec.WithScaleTargetRef) add to it.
            w.Lines($$"""
                public abstract partial class {{member.Name}} : {{member.BaseType}}.{{Naming.NameRules.SettersClass}}<{{context.Owner}}, {{member.Name}}.{{at}}>
                {
                    private {{member.Name}}() { }

                    /// <summary>Where the fields of this group stand: {{PathXml(member)}}.</summary>
                    [{{EditorBrowsable}}({{EditorBrowsableNever}})]
                    public sealed class {{at}} : {{IPatchPosition}}
                    {
                        private {{at}}() { }

                        /// <inheritdoc/>
                        public static {{PatchPath}} Path { get; } = {{context.PathExpression(member.Path)}};
                    }
                }
                """);
        }

        private static void Setter(CodeWriter w, Context context, MemberSpec member, IReadOnlyDictionary<EquatableArray<string>, MemberSpec> setters)
        {
            bool mixin = member.Kind == MemberKind.Mixin;
            MemberSpec setter = mixin ? setters[member.Path] : member;
            string description = member.Description.Length > 0 ? member.Description : (mixin ? "Merges into" : "Sets") + " the field " + PathText(member) + ".";
            string parameter = member.ParameterName;
            string parameterDoc = !mixin ? "The new value of " + PathXml(member) + "."
                : member.Shape!.Kind == ShapeKind.Array ? "Appended to " + PathXml(member) + "."
                : member.Shape.Kind == ShapeKind.Map ? "Merged into " + PathXml(member) + ", key by key."
                : "Merged into " + PathXml(member) + ": objects key by key, arrays appended.";
            string factory = Patch + (mixin ? ".Mixin(" : ".Set(") + PathField(setter) + ", ";
            MemberSpec? shared = context.SharedSetters != null && context.SharedSetters.TryGetValue(Context.SharedKey(member), out MemberSpec? same)
                && same.ParameterName == parameter ? same : null;
            string? first = null;
            string firstNote = string.Empty;
            foreach (ValueShapes.Overload overload in ValueShapes.Overloads(member.Shape!, parameter))
            {
                w.Line();
                string method = "public static " + context.Owner + " " + member.Name + "(" + overload.ParameterType + " " + parameter + ") => " + context.Wrap(factory + overload.Conversion + ")") + ";";
                if (shared != null)
                {
                    // The same overload of the shared Setters class: its text and its parameter's, written once there.
                    w.Line("/// <inheritdoc cref=\"" + Naming.NameRules.SettersClass + "{TOwner, TAt}." + shared.Name + "(" + overload.CrefType + ")\"/>");
                    w.Line(method);
                    first ??= member.Name + "(" + overload.CrefType + ")";
                    continue;
                }

                if (first == null)
                {
                    first = member.Name + "(" + overload.CrefType + ")";
                    firstNote = overload.ParameterNote;
                    if (mixin && member.Description.Length > 0 && member.Description == setter.Description)
                    {
                        // A Mixin's text is its setter's and the note: the description is written once, in the setter.
                        SummaryAfter(w, FirstOverloadCref(setter), member.Description, MixinNote);
                    }
                    else
                    {
                        Summary(w, mixin ? description + "\n\n" + MixinNote : description);
                    }

                    Remarks(w, member);
                }
                else if (overload.ParameterNote == firstNote)
                {
                    // The other overloads share the first one's text, and its parameter's when that says the same.
                    w.Line("/// <inheritdoc cref=\"" + first + "\"/>");
                    w.Line(method);
                    continue;
                }
                else
                {
                    w.Line("/// <inheritdoc cref=\"" + first + "\" " + InheritAllButParameters + "/>");
                }

                Param(w, parameter, parameterDoc + overload.ParameterNote);
                w.Line(method);
            }

            if (member.Shape!.Kind == ShapeKind.Map)
            {
                // Maps also take their entries: WithLabels(("app", "web"), ("tier", "api")). The first entry stands apart
                // so that a null argument still means the dictionary overload (a params array alone would make it ambiguous).
                string entry = "(string Key, " + ValueShapes.TypeOf(member.Shape.Element!) + " Value)";
                string firstEntry = parameter == "entry" ? "firstEntry" : "entry";
                w.Line();
                w.Line("/// <inheritdoc cref=\"" + first + "\" " + InheritAllButParameters + "/>");
                Param(w, firstEntry, "The first entry of " + PathXml(member) + ".");
                Param(w, parameter, "The other entries; no key may repeat.");
                w.Line("public static " + context.Owner + " " + member.Name + "(" + entry + " " + firstEntry + ", params " + entry + "[] " + parameter + ") => " + member.Name + "(" + PatchValue + ".Dictionary(" + firstEntry + ", " + parameter + "));");
            }
        }

        /// <summary>
        /// <c>WithX(T)</c> and <c>WithXMixin(T)</c> beside a group whose field is a definition with a builder type: the
        /// field set (or merged) from a builder made alone, as k8s-libsonnet's <c>withX(obj)</c> takes an object.
        /// </summary>
        private static void WholeSetters(CodeWriter w, Context context, MemberSpec group)
        {
            string name = Naming.NameRules.WholeSetterOf(group.Name);
            foreach (bool mixin in new[] { false, true })
            {
                w.Line();
                string[] own = mixin
                    ? new[] { "Merges a whole builder into the field, as the group's setters each would.", MixinNote }
                    : new[] { "Sets the field to a whole builder, made alone and reusable; the group's setters set one field each." };
                if (group.Description.Length > 0)
                {
                    // The field's description is written once, on the group's class.
                    SummaryAfter(w, group.Name, group.Description, own);
                }
                else
                {
                    Summary(w, "The field " + PathText(group) + ".\n\n" + string.Join("\n\n", own));
                }

                Param(w, "value", (mixin ? "Merged into " : "The new value of ") + PathXml(group) + ".");
                w.Line("public static " + context.Owner + " " + name + (mixin ? "Mixin" : string.Empty) + "(" + group.BaseType + " value) => " + context.Wrap(Patch + (mixin ? ".Mixin(" : ".Set(") + WholePathField(group) + ", " + PatchValue + ".Object(value))") + ";");
            }
        }

        /// <summary>
        /// <c>MapX(Func&lt;T, T&gt;)</c> on an array of builder items and, where the schema names merge keys,
        /// <c>WithXMerge(params T[])</c>: patches that act on the array composed to their left (the runtime's
        /// <c>Patch.MapItems</c> and <c>Patch.MergeByKey</c>).
        /// </summary>
        private static void ListOperations(CodeWriter w, Context context, MemberSpec setter)
        {
            ValueShape shape = setter.Shape!;
            string item = shape.Element!.TypeName!;
            string p = setter.ParameterName;
            string owner = context.Owner;
            string pathField = PathField(setter);
            if (shape.MergeKeys.Count > 0)
            {
                string keys = string.Join(", ", shape.MergeKeys.Select(k => "<c>" + Text.Xml(k) + "</c>"));
                string name = Naming.NameRules.MergeOf(setter.Name);
                string merge = context.Wrap(Patch + ".MergeByKey(" + pathField + ", new string[] { " + string.Join(", ", shape.MergeKeys.Select(Text.Literal)) + " }, " + PatchValue + ".Objects(" + p + "))");
                w.Lines($$"""

                    /// <summary>
                    /// Merges items into {{PathXml(setter)}} by their merge keys ({{keys}}), as kubectl's strategic merge does: an
                    /// item whose keys equal an existing item's is composed onto it with <c>+</c>, the others are appended. It acts on
                    /// everything composed to its left, however the chain is grouped.
                    /// </summary>
                    /// <param name="{{p.TrimStart('@')}}">The items to merge, in order.</param>
                    public static {{owner}} {{name}}(params {{item}}[] {{p}}) => {{merge}};

                    /// <inheritdoc cref="{{name}}({{item}}[])" {{InheritAllButParameters}}/>
                    /// <param name="{{p.TrimStart('@')}}">The items to merge, in order.</param>
                    public static {{owner}} {{name}}({{IEnumerable}}<{{item}}> {{p}}) => {{merge}};
                    """);
            }

            w.Lines($$"""

                /// <summary>
                /// Maps every item of {{PathXml(setter)}} through <paramref name="map"/>, as jsonnet's <c>std.map</c> over
                /// <c>super</c> does. It acts on everything composed to its left, however the chain is grouped.
                /// </summary>
                /// <param name="map">The function, given each item.</param>
                public static {{owner}} {{Naming.NameRules.MapOf(setter.Name)}}({{Func}}<{{item}}, {{item}}> map) => {{context.Wrap(Patch + ".MapItems(" + pathField + ", map)")}};
                """);
        }

        /// <summary>
        /// A string field's <c>enum</c> as constants beside its setter (<c>ImagePullPolicyValues.Always</c>), so that
        /// the values are found by completion; each constant's value through <see cref="Text.Literal"/>.
        /// </summary>
        private static void EnumConstants(CodeWriter w, MemberSpec member)
        {
            if (member.EnumClass.Length == 0)
            {
                return;
            }

            w.Line();
            w.Line("/// <summary>The values the field " + PathXml(member) + " takes (its schema's <c>enum</c>), for <see cref=\"" + member.Name + "(string)\"/>.</summary>");
            w.Open("public static class " + member.EnumClass);
            for (int i = 0; i < member.EnumNames.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                string value = Text.Literal(member.EnumValues[i]);
                w.Lines($$"""
                    /// <summary><c>{{Text.Xml(value)}}</c>.</summary>
                    public const string {{member.EnumNames[i]}} = {{value}};
                    """);
            }

            w.Close();
        }

        /// <summary>The <c>cref</c> of a setter's first overload, the one that carries its text.</summary>
        private static string FirstOverloadCref(MemberSpec setter) =>
            setter.Name + "(" + ValueShapes.Overloads(setter.Shape!, setter.ParameterName).First().CrefType + ")";

        private static string PathField(MemberSpec setter) => "s_" + setter.Name;

        private static string WholePathField(MemberSpec group) => "s_" + Naming.NameRules.WholeSetterOf(group.Name);
    }
}
