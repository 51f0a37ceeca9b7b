using System;
using System.Collections.Generic;

namespace Kubesonnet.Generator.Naming
{
    /// <summary>
    /// The one way a name is claimed: claim it, number it on a clash, say why. Each place names must differ keeps a
    /// scope (the types of a namespace, the members of a class, the files of a compilation, the item types of a CRD's
    /// version); the scope's rule (<see cref="NameRules"/>) says how a clashing name is numbered.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly Dictionary<string, string> _owners;
        private readonly Dictionary<string, int> _next;
        private readonly Func<string, int, string> _numbered;
        private readonly int _firstNumber;

        private NameScope(Func<string, int, string> numbered, int firstNumber, StringComparer comparer)
        {
            _numbered = numbered;
            _firstNumber = firstNumber;
            _owners = new Dictionary<string, string>(comparer);
            _next = new Dictionary<string, int>(comparer);
        }

        /// <summary>Members of one class: a clash gets <c>_</c>, then <c>_2</c>, <c>_3</c>, … (<see cref="NameRules.NumberedMember"/>).</summary>
        public static NameScope ForMembers() => new NameScope(NameRules.NumberedMember, 1, StringComparer.Ordinal);

        /// <summary>Types of one namespace: a clash gets <c>2</c>, <c>3</c>, … (<see cref="NameRules.NumberedType"/>).</summary>
        public static NameScope ForTypes() => new NameScope(NameRules.NumberedType, 2, StringComparer.Ordinal);

        /// <summary>
        /// Definition ids of a CRD version's item and value types: a clash gets <c>-2</c>, <c>-3</c>, …
        /// (<see cref="NameRules.NumberedId"/>).
        /// </summary>
        public static NameScope ForIds() => new NameScope(NameRules.NumberedId, 2, StringComparer.Ordinal);

        /// <summary>
        /// Hint names of one compilation, compared ignoring case (Roslyn compares them so, as Windows and macOS file
        /// systems compare file names): a clash gets <c>.2</c>, <c>.3</c>, … before <c>.g.cs</c>
        /// (<see cref="NameRules.NumberedHintName"/>).
        /// </summary>
        public static NameScope ForHintNames() => new NameScope(NameRules.NumberedHintName, 2, StringComparer.OrdinalIgnoreCase);

        /// <summary>Takes <paramref name="name"/> before any claim: <paramref name="owner"/> says who has it, in a diagnostic's words.</summary>
        public void Reserve(string name, string owner) => _owners[name] = owner;

        /// <summary>
        /// Claims <paramref name="name"/> for <paramref name="owner"/> and returns the name claimed: the name itself, or,
        /// when it is taken, the first free numbered name (numbers continue where the last clash of this name stopped:
        /// n clashes cost O(n), not O(n²)). <paramref name="clash"/> then says who has <paramref name="name"/>.
        /// </summary>
        public string Claim(string name, string owner, out string? clash)
        {
            string candidate = name;
            clash = null;
            if (_owners.TryGetValue(name, out string? other))
            {
                clash = other;
                int number = _next.TryGetValue(name, out int next) ? next : _firstNumber;
                do
                {
                    candidate = _numbered(name, number++);
                }
                while (_owners.ContainsKey(candidate));
                _next[name] = number;
            }

            _owners[candidate] = owner;
            return candidate;
        }
    }
}
