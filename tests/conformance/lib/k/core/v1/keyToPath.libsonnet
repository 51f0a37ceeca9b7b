{
  local d = (import 'doc-util/main.libsonnet'),
  '#':: d.pkg(name='keyToPath', url='', help=''),
  '#withKey':: d.fn(help='', args=[d.arg(name='key', type=d.T.string)]),
  withKey(key): { key: key },
  '#withMode':: d.fn(help='', args=[d.arg(name='mode', type=d.T.integer)]),
  withMode(mode): { mode: mode },
  '#withPath':: d.fn(help='', args=[d.arg(name='path', type=d.T.string)]),
  withPath(path): { path: path },
  '#mixin': 'ignore',
  mixin: self,
}
