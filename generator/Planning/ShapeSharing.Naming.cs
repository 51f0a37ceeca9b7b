using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;
using Kubesonnet.Generator.Naming;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>Naming: what each shared type is called, decided for all shapes at once.</summary>
    internal sealed partial class ShapeSharing
    {
        /// <summary>Names every shape that gets a type of its own (see the remarks of the class).</summary>
        private void Name(Planner planner)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (DefinitionModel definition in _definitions.Values.Where(d => !d.Anonymous))
            {
                taken.Add(Home(definition.Id) + "." + NameRules.TypeName(definition.Id));
                (string group, string version) = NameRules.GroupVersionOfId(definition.Id);
                taken.Add(Home(definition.Id) + "." + NameRules.Pascal(group));
                taken.Add(Home(definition.Id) + "." + NameRules.ApiVersion(version));
            }

            var pending = new List<(Shape Shape, List<string> Candidates, int At)>();
            foreach (Shape shape in _shapes.Where(s => s.Places.Count > 0 && s.Reuse == null && NeedsType(s)))
            {
                pending.Add((shape, Candidates(shape), 0));
            }

            var exhausted = new List<Shape>();
            while (pending.Count > 0)
            {
                // Who wants each name this round. A name wanted by several goes to the one whose own field it names
                // (containers → Container, where sidecars' items also say "Container is…"), else to none of them.
                var wanted = new Dictionary<string, List<Shape>>(StringComparer.Ordinal);
                foreach (var entry in pending)
                {
                    string name = entry.Shape.Home + "." + entry.Candidates[entry.At];
                    if (!wanted.TryGetValue(name, out List<Shape>? wanting))
                    {
                        wanted[name] = wanting = new List<Shape>();
                    }

                    wanting.Add(entry.Shape);
                }

                // How many of those wanting a name have it as their field's own name: counted once per name, not per shape.
                var natural = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, List<Shape>> name in wanted)
                {
                    string own = name.Key.Substring(name.Key.LastIndexOf('.') + 1);
                    natural[name.Key] = name.Value.Count(s => s.FieldName == own);
                }

                var next = new List<(Shape Shape, List<string> Candidates, int At)>();
                foreach (var entry in pending)
                {
                    string name = entry.Candidates[entry.At];
                    string full = entry.Shape.Home + "." + name;
                    bool wins = wanted[full].Count == 1 || (entry.Shape.FieldName == name && natural[full] == 1);
                    if (wins && !taken.Contains(full) && !NameRules.IsReservedTypeName(name))
                    {
                        taken.Add(full);
                        entry.Shape.Id = full;
                    }
                    else if (entry.At + 1 < entry.Candidates.Count)
                    {
                        next.Add((entry.Shape, entry.Candidates, entry.At + 1));
                    }
                    else
                    {
                        exhausted.Add(entry.Shape);
                    }
                }

                pending = next;
            }

            // True clashes: shapes whose every candidate is another's too (fields that differ only in case, spec.parts
            // and spec.Parts). The first in schema order keeps the shortest name if it is free; the others are
            // numbered, each with a KSN201 that names it and the one that holds the name.
            foreach (var clash in exhausted.GroupBy(s => s.Home + "." + Candidates(s)[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                string holder = string.Empty;
                int number = 2;
                foreach (Shape shape in clash.OrderBy(s => s.Location.JsonPath, StringComparer.Ordinal).ThenBy(s => s.Location.StartIndex))
                {
                    string first = Candidates(shape)[0];
                    if (holder.Length == 0 && !taken.Contains(clash.Key) && !NameRules.IsReservedTypeName(first))
                    {
                        taken.Add(clash.Key);
                        shape.Id = clash.Key;
                        holder = "'" + shape.Location.JsonPath + "'";
                        continue;
                    }

                    while (taken.Contains(clash.Key + number.ToString(CultureInfo.InvariantCulture)))
                    {
                        number++;
                    }

                    string numbered = first + number.ToString(CultureInfo.InvariantCulture);
                    taken.Add(clash.Key + number.ToString(CultureInfo.InvariantCulture));
                    shape.Id = clash.Key + number.ToString(CultureInfo.InvariantCulture);
                    planner.Raise(shape.Location, Report.NameCollision(shape.Location.JsonPath, holder.Length > 0 ? holder : "another type of its namespace", first, numbered));
                }
            }
        }

        /// <summary>
        /// The names a shape may take, in order: what it is (its Go type name, else its field's name, singular for
        /// items), then that name qualified by its parents' names, one more at a time, up to its kind.
        /// </summary>
        private List<string> Candidates(Shape shape)
        {
            var result = new List<string>();
            string name = shape.GoName ?? shape.FieldName;
            if (shape.GoName == null && shape.Parent < 0)
            {
                // A kind's own field (spec, template) is named for the kind first: CertificateSpec, not Spec.
                Add(result, ShapeNames.Qualify(shape.RootName, name));
            }

            Add(result, name);
            Add(result, shape.FieldName);
            string qualified = name;
            for (int parent = shape.Parent, steps = 0; steps < 32; steps++)
            {
                string qualifier = parent < 0 ? shape.RootName : (_shapes[parent].GoName ?? _shapes[parent].FieldName);
                qualified = ShapeNames.Qualify(qualifier, qualified);
                Add(result, qualified);
                if (parent < 0)
                {
                    break;
                }

                parent = _shapes[parent].Parent;
            }

            if (result.Count == 0)
            {
                result.Add(name.Substring(0, Math.Min(name.Length, Limits.MaxTypeNameLength - 4)));
            }

            return result;
        }

        private static void Add(List<string> names, string name)
        {
            if (name.Length <= Limits.MaxTypeNameLength && !names.Contains(name))
            {
                names.Add(name);
            }
        }
    }
}
