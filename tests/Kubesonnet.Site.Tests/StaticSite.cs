using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Kubesonnet.Site.Tests
{
    /// <summary>Serves a folder over HTTP on a free port of 127.0.0.1 while it is alive: just enough for a static site.</summary>
    internal sealed class StaticSite : IDisposable
    {
        private static readonly Dictionary<string, string> s_types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".json"] = "application/json",
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".ico"] = "image/x-icon",
            [".woff"] = "font/woff",
            [".woff2"] = "font/woff2",
        };

        private readonly string _root;
        private readonly HttpListener _listener = new HttpListener();
        private readonly Task _loop;

        public StaticSite(string root)
        {
            _root = Path.GetFullPath(root);
            Address = "http://127.0.0.1:" + FreePort() + "/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _loop = Task.Run(Serve);
        }

        /// <summary>The site's address, ending in <c>/</c>.</summary>
        public string Address { get; }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
            }
        }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using HttpListenerResponse response = context.Response;
                string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
                string file = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 ? "index.html" : relative));
                if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
                {
                    response.StatusCode = 404;
                    continue;
                }

                response.ContentType = s_types.TryGetValue(Path.GetExtension(file), out string? type) ? type : "application/octet-stream";
                byte[] bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                response.ContentLength64 = bytes.Length;
                try
                {
                    await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                }
                catch (HttpListenerException)
                {
                    // The browser went away (it stops loading once the page is done).
                }
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
