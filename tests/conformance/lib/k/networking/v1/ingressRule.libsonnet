{
  local d = (import 'doc-util/main.libsonnet'),
  '#':: d.pkg(name='ingressRule', url='', help=''),
  '#http':: d.obj(help=''),
  http: {
    '#withPaths':: d.fn(help='', args=[d.arg(name='paths', type=d.T.array)]),
    withPaths(paths): { http+: { paths: if std.isArray(v=paths) then paths else [paths] } },
    '#withPathsMixin':: d.fn(help='', args=[d.arg(name='paths', type=d.T.array)]),
    withPathsMixin(paths): { http+: { paths+: if std.isArray(v=paths) then paths else [paths] } },
  },
  '#withHost':: d.fn(help='', args=[d.arg(name='host', type=d.T.string)]),
  withHost(host): { host: host },
  '#mixin': 'ignore',
  mixin: self,
}
