// A stand-in for github.com/jsonnet-libs/docsonnet/doc-util with the call signatures the generated libraries use.
// Its values only ever land in hidden '#...' fields, which jsonnet never prints, so they need not be useful.
{
  pkg(name='', url='', help='', filename='', version=''):: { name: name, help: help },
  obj(help='', fields={}):: { help: help },
  fn(help='', args=[]):: { help: help, args: args },
  arg(name='', type=null, default=null, enums=null):: { name: name, type: type },
  val(type=null, help='', default=null):: { type: type, help: help },
  T:: {
    any: 'any',
    array: 'array',
    boolean: 'bool',
    'function': 'function',
    integer: 'number',
    'null': 'null',
    number: 'number',
    object: 'object',
    string: 'string',
  },
}
