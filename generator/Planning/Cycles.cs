using System;
using System.Collections.Generic;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Planning
{
    /// <summary>
    /// Which definitions nest into each other through object fields (JSONSchemaProps into itself). A field whose
    /// definition would bring its owner back becomes a setter that takes the definition's builder type, not a
    /// group: groups never repeat themselves (API.md). Strongly connected components, computed once, iteratively.
    /// </summary>
    internal sealed class Cycles
    {
        private readonly Dictionary<string, int> _component = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly HashSet<string> _selfLoops = new HashSet<string>(StringComparer.Ordinal);

        public Cycles(IReadOnlyDictionary<string, DefinitionModel> definitions)
        {
            var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (DefinitionModel definition in definitions.Values)
            {
                var targets = new List<string>();
                CollectGroupEdges(definition.Type, definitions, targets, 0);
                edges[definition.Id] = targets;
                if (targets.Contains(definition.Id))
                {
                    _selfLoops.Add(definition.Id);
                }
            }

            Tarjan(edges);
        }

        /// <summary>True when a group of <paramref name="target"/> inside <paramref name="owner"/> would nest <paramref name="owner"/> again.</summary>
        public bool Recurses(string owner, string target) =>
            owner == target
                ? _selfLoops.Contains(owner)
                : _component.TryGetValue(owner, out int a) && _component.TryGetValue(target, out int b) && a == b;

        private static void CollectGroupEdges(FieldType type, IReadOnlyDictionary<string, DefinitionModel> definitions, List<string> targets, int depth)
        {
            if (depth > Limits.MaxGroupDepth)
            {
                return;
            }

            foreach (PropertyModel property in type.Properties)
            {
                FieldType field = property.Type;
                if (field.Kind == ValueKind.Reference && definitions.TryGetValue(field.Reference!, out DefinitionModel? target) && target.HasProperties)
                {
                    targets.Add(target.Id);
                }
                else if (field.Kind == ValueKind.InlineObject)
                {
                    CollectGroupEdges(field, definitions, targets, depth + 1);
                }
            }
        }

        private void Tarjan(Dictionary<string, List<string>> edges)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            int counter = 0;
            int components = 0;
            var sorted = new List<string>(edges.Keys);
            sorted.Sort(StringComparer.Ordinal);
            foreach (string root in sorted)
            {
                if (index.ContainsKey(root))
                {
                    continue;
                }

                var work = new Stack<(string Node, int Next)>();
                work.Push((root, 0));
                index[root] = low[root] = counter++;
                stack.Push(root);
                onStack.Add(root);
                while (work.Count > 0)
                {
                    (string node, int next) = work.Pop();
                    List<string> targets = edges[node];
                    if (next < targets.Count)
                    {
                        work.Push((node, next + 1));
                        string target = targets[next];
                        if (!index.ContainsKey(target))
                        {
                            index[target] = low[target] = counter++;
                            stack.Push(target);
                            onStack.Add(target);
                            work.Push((target, 0));
                        }
                        else if (onStack.Contains(target))
                        {
                            low[node] = Math.Min(low[node], index[target]);
                        }

                        continue;
                    }

                    if (work.Count > 0)
                    {
                        string parent = work.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }

                    if (low[node] == index[node])
                    {
                        string member;
                        do
                        {
                            member = stack.Pop();
                            onStack.Remove(member);
                            _component[member] = components;
                        }
                        while (member != node);
                        components++;
                    }
                }
            }
        }
    }
}
