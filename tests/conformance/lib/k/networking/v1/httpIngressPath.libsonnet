{
  local d = (import 'doc-util/main.libsonnet'),
  '#':: d.pkg(name='httpIngressPath', url='', help=''),
  '#backend':: d.obj(help=''),
  backend: {
    '#resource':: d.obj(help=''),
    resource: {
      '#withApiGroup':: d.fn(help='', args=[d.arg(name='apiGroup', type=d.T.string)]),
      withApiGroup(apiGroup): { backend+: { resource+: { apiGroup: apiGroup } } },
      '#withKind':: d.fn(help='', args=[d.arg(name='kind', type=d.T.string)]),
      withKind(kind): { backend+: { resource+: { kind: kind } } },
      '#withName':: d.fn(help='', args=[d.arg(name='name', type=d.T.string)]),
      withName(name): { backend+: { resource+: { name: name } } },
    },
    '#service':: d.obj(help=''),
    service: {
      '#port':: d.obj(help=''),
      port: {
        '#withName':: d.fn(help='', args=[d.arg(name='name', type=d.T.string)]),
        withName(name): { backend+: { service+: { port+: { name: name } } } },
        '#withNumber':: d.fn(help='', args=[d.arg(name='number', type=d.T.integer)]),
        withNumber(number): { backend+: { service+: { port+: { number: number } } } },
      },
      '#withName':: d.fn(help='', args=[d.arg(name='name', type=d.T.string)]),
      withName(name): { backend+: { service+: { name: name } } },
    },
  },
  '#withPath':: d.fn(help='', args=[d.arg(name='path', type=d.T.string)]),
  withPath(path): { path: path },
  '#withPathType':: d.fn(help='', args=[d.arg(name='pathType', type=d.T.string)]),
  withPathType(pathType): { pathType: pathType },
  '#mixin': 'ignore',
  mixin: self,
}
