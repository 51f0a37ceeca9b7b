using System;
using System.Linq;
using System.Text;
using System.Threading;
using Kubesonnet.Generator.Loading;
using NUnit.Framework;
namespace Kubesonnet.Generator.Tests
{
    public class TmpPerf
    {
        [Test]
        public void Big()
        {
            // 20 CRDs x 2 versions; each: spec with 50 fields, 10 of which arrays of objects with 30 fields each with a nested object of 10
            var y = new StringBuilder();
            for (int c = 0; c < 20; c++)
            {
                y.Append("---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: k").Append(c).Append("s.big.example.com}\nspec:\n  group: big.example.com\n  names: {kind: K").Append(c).Append(", plural: k").Append(c).Append("s}\n  versions:\n");
                for (int v = 1; v <= 2; v++)
                {
                    y.Append("  - name: v").Append(v).Append("\n    served: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n");
                    for (int f = 0; f < 50; f++)
                    {
                        if (f % 5 == 0)
                        {
                            y.Append("              f").Append(f).Append(":\n                type: array\n                items:\n                  type: object\n                  properties:\n");
                            for (int g = 0; g < 30; g++)
                            {
                                y.Append("                    g").Append(g).Append(":\n                      type: object\n                      description: some text here about the field\n                      properties:\n");
                                for (int h = 0; h < 10; h++) y.Append("                        h").Append(h).Append(": {type: string, enum: [a, b], description: hello}\n");
                            }
                        }
                        else y.Append("              f").Append(f).Append(": {type: integer, format: int32, default: 3, description: a number}\n");
                    }
                }
            }
            string text = y.ToString();
            SchemaLoader.Load("/p/big.yaml", text, false, CancellationToken.None);
            var w = System.Diagnostics.Stopwatch.StartNew();
            var d = SchemaLoader.Load("/p/big.yaml", text, false, CancellationToken.None)!;
            TestContext.Out.WriteLine(text.Length + " chars, " + d.Definitions.Count + " defs, " + d.Diagnostics.Count + " diags, " + w.ElapsedMilliseconds + " ms");
            Assert.Pass(text.Length + " chars, " + d.Definitions.Count + " defs, " + w.ElapsedMilliseconds + " ms");
        }
    }
}
