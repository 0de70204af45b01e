#!/usr/bin/env python3
"""pyast.py FILE.py [-o OUT]  --  CPython's own parser as a stand-in for pyparse.

Writes the AST artifact (JSON form, docs/formats.md) of FILE.py as parsed by
the running CPython's `ast.parse`.  It is the reference the project's pyparse
is compared with, and lets the later stages run without ours:

    python3 tools/pyast.py prog.py | pycomp --dis

It is also the shortest complete example of writing an artifact: the node
encoding is five lines (`node_to_wire`).
"""
import ast
import json
import math
import sys
import tokenize

POSITION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def constant_to_wire(value):
    """A constant as the artifact spells it (docs/formats.md, Constants)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -2**63 <= value < 2**63 else {'int': str(value)}
    if isinstance(value, float):
        return value if math.isfinite(value) else {'float': repr(value)}
    if isinstance(value, complex):
        return {'complex': [constant_to_wire(value.real), constant_to_wire(value.imag)]}
    if isinstance(value, bytes):
        return {'bytes': value.hex()}
    if value is Ellipsis:
        return {'ellipsis': None}
    raise ValueError('unexpected constant %r' % (value,))


def node_to_wire(node):
    if isinstance(node, ast.AST):
        fields = [node_to_wire(getattr(node, f, None)) for f in node._fields]
        if isinstance(node, ast.Constant) or isinstance(node, ast.MatchSingleton):
            fields[0] = constant_to_wire(node.value)
        position = [getattr(node, a, None) for a in POSITION] if node._attributes else []
        return [type(node).__name__] + fields + position
    if isinstance(node, list):
        return [node_to_wire(x) for x in node]
    return node             # identifier, string, int or None


def main(argv):
    args = argv[1:]
    out_path = None
    if '-o' in args:
        i = args.index('-o')
        out_path = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        sys.stderr.write('usage: pyast.py FILE.py [-o OUT]\n')
        return 2
    path = args[0]
    with open(path, 'rb') as f:
        raw = f.read()
    try:
        tree = ast.parse(raw, path)
    except SyntaxError as err:
        sys.stderr.write('%s:%d:%d: %s: %s\n' % (path, err.lineno or 0, err.offset or 0,
                                                 type(err).__name__, err.msg))
        return 1
    with tokenize.open(path) as f:      # decoded as CPython decodes it (BOM, coding cookie)
        source = f.read()
    artifact = {'kind': 'ast', 'version': [1, 0], 'filename': path,
                'source': source, 'ast': node_to_wire(tree)}
    text = json.dumps(artifact, ensure_ascii=False, indent=None)
    out = open(out_path, 'w', encoding='utf-8', errors='surrogatepass') if out_path else \
        open(sys.stdout.fileno(), 'w', encoding='utf-8', errors='surrogatepass', closefd=False)
    out.write(text + '\n')
    out.flush()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
