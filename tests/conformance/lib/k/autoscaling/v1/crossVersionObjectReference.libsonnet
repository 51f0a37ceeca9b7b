{
  local d = (import 'doc-util/main.libsonnet'),
  '#':: d.pkg(name='crossVersionObjectReference', url='', help=''),
  '#withKind':: d.fn(help='', args=[d.arg(name='kind', type=d.T.string)]),
  withKind(kind): { kind: kind },
  '#withName':: d.fn(help='', args=[d.arg(name='name', type=d.T.string)]),
  withName(name): { name: name },
  '#mixin': 'ignore',
  mixin: self,
}
