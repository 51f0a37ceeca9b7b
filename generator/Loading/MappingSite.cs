using Kubesonnet.Generator.Diagnostics;
using Kubesonnet.Generator.Model;

namespace Kubesonnet.Generator.Loading
{
    /// <summary>
    /// Where the mapper stands in its input, for locating and reporting: a path below an OpenAPI document's
    /// definitions, or a field of a CRD's version. Each input says where its children stand.
    /// </summary>
    internal abstract class MappingSite
    {
        /// <summary>The site of the property <paramref name="name"/> of the schema here.</summary>
        public abstract MappingSite Property(string name);

        /// <summary>The site of the array's items.</summary>
        public abstract MappingSite Item();

        /// <summary>The site of the map's values (<c>additionalProperties</c>).</summary>
        public abstract MappingSite Value();

        /// <summary>Counts one more schema mapped; false when the input's budget is spent (the schema is then free-form JSON).</summary>
        public virtual bool Visit() => true;

        /// <summary>Where <paramref name="schema"/>, standing here, is in the file.</summary>
        public abstract SchemaLocation Locate(SchemaView schema);

        /// <summary>Reports <paramref name="report"/> at <paramref name="schema"/>, standing here.</summary>
        public abstract void Add(SchemaView schema, Report report);

        /// <summary>The node of <paramref name="schema"/>: both inputs are read from the tree (<see cref="YamlSchemaView"/>).</summary>
        protected static SharpYaml.Serialization.YamlNode NodeOf(SchemaView schema) => ((YamlSchemaView)schema).Node;

        /// <summary>Adds the definition of an item or value type here (<see cref="MappingOptions.ElementDefinitions"/>) and returns a reference to it.</summary>
        public virtual FieldType DefineElement(FieldType type, string description, SchemaView schema) => type;
    }
}
