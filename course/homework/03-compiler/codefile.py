"""codefile.py - the file formats around a compiler, so that mycomp.py can
be about compiling.  You may read it; you should not need to change it.

    read_ast(data)            an AST file (JSON or MessagePack) -> (envelope, Module node)
    OPCODES[name]             an instruction: .number, .arg_kind, .effect(arg), .jump_effect(arg)
    write_code_file(out, envelope, code)
                              the code file, in JSON (docs/formats.md §6)

AST nodes become Node objects with the field names of Python's ast module:
node.node_type == 'BinOp', node.left, node.op.node_type == 'Add', node.lineno...
(not .kind: Constant has a field of that name).
Everything comes from the project's own definitions: the node types from
common/schema/ast.asdl, the instructions from common/schema/opcodes.def.
"""
import collections
import json
import os
import re
import sys

COURSE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(COURSE, 'lib'))

import mpread   # noqa: E402  (a MessagePack reader in pure Python)
import schema   # noqa: E402  (reads common/schema/)
import values   # noqa: E402  (constants in the wire form, both ways)


# ---- reading the AST file (docs/formats.md §5) -------------------------------------

class Node:
    """An AST node: .node_type is its class name, the fields are attributes,
    and nodes with positions have lineno, col_offset, end_lineno, end_col_offset."""

    def __init__(self, node_type, fields):
        self.node_type = node_type
        self.__dict__.update(fields)

    def __repr__(self):
        return '%s(%s)' % (self.node_type, ', '.join(
            '%s=%r' % item for item in self.__dict__.items() if item[0] != 'node_type'))


def read_ast(data):
    """(envelope, module): the envelope's keys, and the Module node."""
    envelope = json.loads(data) if data[:1] == b'{' else mpread.unpack(data)
    if not isinstance(envelope, dict) or envelope.get('kind') != 'ast':
        raise ValueError('not an AST file (docs/formats.md §2)')
    return envelope, to_node('mod', envelope['ast'])


def to_node(type_name, value):
    if type_name == 'constant':
        return constant(value)
    if type_name in ('identifier', 'string', 'int'):
        return value
    asdl = schema.ast_types()[type_name]
    kind = value[0]
    fields = asdl.fields if asdl.is_product else dict(asdl.constructors)[kind]
    items = {}
    for field, item in zip(fields, value[1:]):
        if field.is_seq:
            items[field.name] = [None if x is None else to_node(field.type, x) for x in item]
        else:
            items[field.name] = None if item is None else to_node(field.type, item)
    if asdl.attributes:
        position = value[1 + len(fields):]
        items.update(zip(('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), position))
    return Node(kind, items)


def constant(value):
    """A constant of the wire format (docs/formats.md §3) as a Python value."""
    return values.from_wire(value)


# ---- the instructions (common/schema/opcodes.def) --------------------------------------

Opcode = collections.namedtuple('Opcode', 'name number arg_kind effect jump_effect')


def _c_expression(text):
    """A stack effect of opcodes.def (a C expression in oparg) as a function."""
    text = text.replace('flag_count(oparg)', 'bin(oparg & 15).count("1")')
    text = text.replace('>>', ' >> ').replace('&', ' & ')
    m = re.fullmatch(r'(.+?)\s*\?\s*(.+?)\s*:\s*(.+)', text)
    if m:
        text = '(%s) if (%s) else (%s)' % (m.group(2), m.group(1), m.group(3))
    return eval('lambda oparg: ' + text)


def _opcodes():
    with open(os.path.join(schema.SCHEMA, 'opcodes.def'), encoding='utf-8') as f:
        rows = re.findall(r'^OPCODE\((\w+),\s*(\d+),\s*(\w+),\s*([^,]+?),\s*([^,]+?),\s*"',
                          f.read(), re.M)
    return {name: Opcode(name, int(number), kind, _c_expression(effect), _c_expression(jump))
            for name, number, kind, effect, jump in rows}


OPCODES = _opcodes()


# ---- writing the code file (docs/formats.md §6) ---------------------------------------

def wire_constant(value):
    """A Python value (or a code object, a dict of co_* keys) in the JSON form."""
    return values.to_wire(value, lambda v: isinstance(v, dict) and 'co_code' in v, wire_code)


def wire_code(code):
    wire = dict(code)
    wire['co_code'] = {'bytes': bytes(code['co_code']).hex()}
    wire['co_consts'] = [wire_constant(c) for c in code['co_consts']]
    return wire


def write_code_file(out, envelope, code):
    artifact = {'kind': 'code', 'version': [1, 0], 'filename': envelope['filename'],
                'source': envelope['source'], 'code': wire_code(code)}
    json.dump(artifact, out)
    out.write('\n')
