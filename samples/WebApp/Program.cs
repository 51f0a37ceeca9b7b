using System;
using System.IO;
using System.Linq;
using System.Reflection;

#if KUBERNETES_OPENAPI
using Kubesonnet;
using WebApp;

// 1. The web app: nine objects of different kinds in one YAML stream, as they are.
Console.WriteLine("# The web app");
Console.Write(Manifests.ToYamlStream(Shop.Objects()));

// 2. One Deployment, two overlays: each a patch built alone and composed with +.
Console.WriteLine("# Staging");
Console.Write((Overlays.Base + Overlays.Staging).ToYaml());
Console.WriteLine("# Production");
Console.Write((Overlays.Base + Overlays.Production).ToYaml());

// 3. A Deployment read from YAML, a sidecar and a label added, written back.
Console.WriteLine("# deployment.yaml with a log shipper");
string yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "deployment.yaml"));
Console.Write(Sidecar.AddLogShipper(yaml));
return 0;
#else
string? document = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .FirstOrDefault(a => a.Key == "KubernetesOpenApi")?.Value;
Console.Error.WriteLine(
    "This sample needs Kubernetes' v1.21.2 OpenAPI document, looked for at " + document + ". " +
    "Put it there (kubectl get --raw /openapi/v2 > swagger.json) or set KUBESONNET_OPENAPI, and build again.");
return 1;
#endif
