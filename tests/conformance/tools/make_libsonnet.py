#!/usr/bin/env python3
"""Writes a k8s-libsonnet-style library for one definition of a Kubernetes OpenAPI (swagger 2) document.

    make_libsonnet.py SWAGGER DEFINITION_ID [-o OUT] [--stub-help]

    make_libsonnet.py ../../shared/kubernetes/swagger-v1.21.2.json io.k8s.api.apps.v1.Deployment -o lib/deployment.libsonnet

The rules are those of ../../../shared/conformance/README.md, which are the rules of jsonnet-libs/k8s, the generator
behind k8s-libsonnet 1.21:

- Every property gets withX(x); properties of type object or array also get withXMixin(x).
- A property whose (resolved) schema is an object with known properties gets no setter: it becomes a group whose
  functions reach down, recursively through $refs (`spec.template.spec.withContainers`).
- A setter at a.b.c is { a+: { b+: { c: x } } }: parents merged, the target replaced; a Mixin merges the target too
  (`c+:`). Array setters wrap a single value: `if std.isArray(v=x) then x else [x]`.
- `status` never gets setters; `apiVersion` gets none at the top of a definition, `kind` none at the top of a real
  kind (one with x-kubernetes-group-version-kind), which gets new(name) instead.
- A $ref is replaced by the definition it names, whose description becomes the help text (that is why
  withCreationTimestamp's help is the description of metav1.Time). As in jsonnet-libs/k8s, ListMeta and the
  recursive JSONSchemaProps are not resolved: such a field is a plain setter of type any, with the field's own help.
  Any other cycle is cut the same way where the definition would repeat itself on its own path.
- Fields are sorted by name (byte order), '#x' doc fields just before x; a kind ends with `'#mixin': 'ignore'`
  and `mixin: self`.
- Strings are quoted as jsonnetfmt leaves them: single quotes, unless the text holds a single quote and no double one.

How close it is: regenerating ../../../shared/conformance/lib/event.libsonnet and certificateSigningRequest.libsonnet
(the libraries the shared corpus was made with, themselves checked against the published k8s-libsonnet 1.21) gives
byte-identical files, help texts included (tests/conformance/README.md says how to check). Names that are not jsonnet
identifiers (JSONSchemaProps' `$ref`, `x-kubernetes-int-or-string`) are quoted, and made into valid parameter names
by replacing what cannot stand in one with `_`: jsonnet-libs/k8s never meets them (it does not resolve
JSONSchemaProps), so there is nothing upstream to match there.

Only the standard library is used.
"""

import argparse
import json
import re
import sys

# Definitions jsonnet-libs/k8s leaves unresolved (pkg/swagger: "recursive", "list will be filtered anyways").
UNRESOLVED = {
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps",
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps",
    "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta",
}

MIXIN_NOTE = "\n\n**Note:** This function appends passed data to existing values"

DOC_TYPES = {
    "string": "d.T.string",
    "integer": "d.T.integer",
    "number": "d.T.number",
    "boolean": "d.T.boolean",
    "object": "d.T.object",
    "array": "d.T.array",
}

JSONNET_KEYWORDS = {
    "assert", "else", "error", "false", "for", "function", "if", "import", "importbin", "importstr", "in", "local",
    "null", "self", "super", "tailstrict", "then", "true",
}

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# ---------------------------------------------------------------------------------------------------------------------
# Names

def camel_split(text):
    """Splits like github.com/fatih/camelcase: runs of lower case, upper case, digits and other characters; an upper
    case letter followed by lower case ones starts a new word ("JSONSchema" -> "JSON", "Schema")."""
    def kind(c):
        if c.islower():
            return 1
        if c.isupper():
            return 2
        if c.isdigit():
            return 3
        return 4

    runs = []
    last = 0
    for c in text:
        k = kind(c)
        if runs and k == last:
            runs[-1].append(c)
        else:
            runs.append([c])
        last = k
    for i in range(len(runs) - 1):
        if runs[i][0].isupper() and runs[i + 1][0].islower():
            runs[i + 1].insert(0, runs[i].pop())
    return ["".join(r) for r in runs if r]


def camel_lower(text):
    """The first word lower-cased: "CertificateSigningRequest" -> "certificateSigningRequest", "CSIDriver" -> "csiDriver"."""
    words = camel_split(text)
    if not words:
        return text
    words[0] = words[0].lower()
    return "".join(words)


def title(text):
    """Go's strings.Title: every letter that follows a separator (anything but a letter, digit or '_') upper-cased."""
    out = []
    previous = " "
    for c in text:
        separator = not (previous.isalnum() or previous == "_")
        out.append(c.upper() if separator else c)
        previous = c
    return "".join(out)


def setter_name(field):
    return "with" + title(field[1:] if field.startswith("-") else field)


def parameter_name(field):
    """jsonnet-libs/k8s renames `error` and `local`; names that are no identifier at all become one with '_'."""
    if field == "error":
        return "err"
    if field == "local":
        return "Local"
    if field.startswith("-"):
        field = field[1:]
    if field in JSONNET_KEYWORDS:
        return field + "_"
    name = re.sub(r"[^A-Za-z0-9_]", "_", field)
    return "_" + name if name[:1].isdigit() else name


# ---------------------------------------------------------------------------------------------------------------------
# Jsonnet text

def escape(text, single):
    """jsonnet's own jsonnet_string_escape (what jsonnetfmt writes)."""
    out = []
    for c in text:
        if c == '"':
            out.append('"' if single else '\\"')
        elif c == "'":
            out.append("\\'" if single else "'")
        elif c == "\\":
            out.append("\\\\")
        elif c == "\b":
            out.append("\\b")
        elif c == "\f":
            out.append("\\f")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def string(text):
    """A string literal as jsonnetfmt (string style 's') leaves it: single-quoted unless the text holds a single quote
    and no double one. jsonnet-libs/k8s turns the double quotes of a text holding both into single ones (ObjectMeta's
    managedFields: `like "ci-cd"` is published as `like 'ci-cd'`), so that case does not arise."""
    if "'" in text and '"' in text:
        text = text.replace('"', "'")
    single = "'" not in text
    quote = "'" if single else '"'
    return quote + escape(text, single) + quote


def field_name(name):
    return name if IDENTIFIER.match(name) and name not in JSONNET_KEYWORDS else string(name)


def doc_name(name):
    return string("#" + name)


# ---------------------------------------------------------------------------------------------------------------------
# The model: a group is a list of members, each a function or a nested group

class Function:
    def __init__(self, name, field, path, kind, help_text, mixin):
        self.name = name          # withX / withXMixin
        self.field = field        # the JSON name
        self.path = path          # JSON names from the top, the field last
        self.kind = kind          # the swagger type ('' when unknown)
        self.help = help_text
        self.mixin = mixin

    def lines(self, indent, stub_help):
        pad = "  " * indent
        parameter = parameter_name(self.field)
        help_text = "" if stub_help else self.help + (MIXIN_NOTE if self.mixin else "")
        doc_type = DOC_TYPES.get(self.kind, "d.T.any")
        yield "%s%s:: d.fn(help=%s, args=[d.arg(name=%s, type=%s)])," % (
            pad, doc_name(self.name), string(help_text), string(parameter), doc_type)
        value = parameter
        if self.kind == "array":
            value = "if std.isArray(v=%s) then %s else [%s]" % (parameter, parameter, parameter)
        body = "%s%s %s" % (field_name(self.path[-1]), "+:" if self.mixin else ":", value)
        for parent in reversed(self.path[:-1]):
            body = "%s+: { %s }" % (field_name(parent), body)
        yield "%s%s(%s): { %s }," % (pad, field_name(self.name), parameter, body)


class Group:
    def __init__(self, name, help_text, members):
        self.name = name
        self.help = help_text
        self.members = members

    def lines(self, indent, stub_help):
        pad = "  " * indent
        yield "%s%s:: d.obj(help=%s)," % (pad, doc_name(self.name), string("" if stub_help else self.help))
        if not self.members:
            yield "%s%s: {}," % (pad, field_name(self.name))
            return
        yield "%s%s: {" % (pad, field_name(self.name))
        for member in sort_members(self.members):
            yield from member.lines(indent + 1, stub_help)
        yield "%s}," % pad


class Constructor:
    name = "new"

    def __init__(self, kind, api_version):
        self.kind = kind
        self.api_version = api_version

    def lines(self, indent, stub_help):
        pad = "  " * indent
        help_text = "" if stub_help else "new returns an instance of " + self.kind
        yield "%s'#new':: d.fn(help=%s, args=[d.arg(name='name', type=d.T.string)])," % (pad, string(help_text))
        yield "%snew(name): {" % pad
        yield "%s  apiVersion: %s," % (pad, string(self.api_version))
        yield "%s  kind: %s," % (pad, string(self.kind))
        yield "%s} + self.metadata.withName(name=name)," % pad


def sort_members(members):
    # Byte order of the names, as Go's sort of strings; each doc field ('#x') sits just before its field.
    return sorted(members, key=lambda m: m.name.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------------
# Reading the document

class Library:
    def __init__(self, definitions):
        self.definitions = definitions

    def resolve(self, schema, on_path):
        """The schema a property stands for: a $ref's definition (with that definition's description), unless it is
        one of those left unresolved or would repeat itself on the current path (then the property as written)."""
        ref = schema.get("$ref")
        if ref is None:
            return schema, None
        target = ref[len("#/definitions/"):] if ref.startswith("#/definitions/") else ref
        if target in UNRESOLVED or target in on_path:
            return schema, None
        definition = self.definitions.get(target)
        if definition is None:
            return schema, None
        return definition, target

    def members(self, properties, path, on_path, root, real_kind):
        result = []
        for key in properties:
            if key == "status":
                continue
            if root and key == "apiVersion":
                continue
            if root and real_kind and key == "kind":
                continue
            schema, target = self.resolve(properties[key], on_path)
            name = camel_lower(key)
            kind = schema.get("type", "")
            help_text = schema.get("description", "")
            if kind == "object" and schema.get("properties"):
                inner = on_path | {target} if target else on_path
                result.append(Group(name, help_text, self.members(schema["properties"], path + [name], inner, False, False)))
                continue
            result.append(Function(setter_name(name), name, path + [name], kind, help_text, False))
            if kind in ("object", "array"):
                result.append(Function(setter_name(name) + "Mixin", name, path + [name], kind, help_text, True))
        return result

    def render(self, definition_id, stub_help):
        definition = self.definitions[definition_id]
        kind_name = definition_id.rsplit(".", 1)[-1]
        gvk = most_specific_gvk(definition.get("x-kubernetes-group-version-kind") or [])
        members = self.members(definition.get("properties") or {}, [], {definition_id}, True, gvk is not None)
        if gvk is not None:
            group, version = gvk.get("group", ""), gvk.get("version", "")
            members.append(Constructor(gvk.get("kind", kind_name), group + "/" + version if group else version))

        lines = ["{", "  local d = (import 'doc-util/main.libsonnet'),"]
        lines.append("  '#':: d.pkg(name=%s, url='', help=%s)," % (
            string(camel_lower(kind_name)), string("" if stub_help else definition.get("description", ""))))
        for member in sort_members(members):
            lines.extend(member.lines(1, stub_help))
        lines.append("  '#mixin': 'ignore',")
        lines.append("  mixin: self,")
        lines.append("}")
        return "\n".join(lines) + "\n"


def most_specific_gvk(entries):
    """jsonnet-libs/k8s' choice among several group-version-kinds: the first, unless a later one fills an empty part."""
    chosen = None
    for entry in entries:
        if chosen is None or (not chosen.get("group") and entry.get("group")):
            chosen = entry
        if not chosen.get("version") and entry.get("version"):
            chosen = entry
        if not chosen.get("kind") and entry.get("kind"):
            chosen = entry
    return chosen


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("swagger", help="the OpenAPI (swagger 2) document, e.g. shared/kubernetes/swagger-v1.21.2.json")
    parser.add_argument("definition", help="a definition id, e.g. io.k8s.api.apps.v1.Deployment")
    parser.add_argument("-o", "--output", help="the file to write (default: standard output)")
    parser.add_argument("--stub-help", action="store_true", help="write help='' everywhere")
    args = parser.parse_args(argv)

    with open(args.swagger, encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]
    if args.definition not in definitions:
        parser.error("no definition " + args.definition)
    text = Library(definitions).render(args.definition, args.stub_help)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
