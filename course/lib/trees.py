"""trees.py - each stage's payload as a tree that compares field by field.

The wire forms are compact arrays (docs/formats.md); the grader turns them
into maps with named fields, so that a difference can be reported by a
path a student can read (`body[0].value.left`, `tokens[7].type`), and checks
their shape on the way, so that a malformed artifact gets a message saying
what was expected instead of a Python traceback.

Positions are kept under keys of their own (POSITION_KEYS), so that a
comparison can leave them out.
"""
import artifacts
import schema

POSITION_KEYS = frozenset({'_position', 'co_linetable'})


class ShapeError(ValueError):
    def __init__(self, path, message):
        super().__init__('%s: %s' % (path, message))


def describe(value):
    """A short description of a value of the wrong shape."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + '...'


# ---- tokens (docs/formats.md §4) ------------------------------------------------

TOKEN_SHAPE = 'a token is [type, string, start_line, start_col, end_line, end_col] (docs/formats.md §4)'


def token_list(tokens, path='tokens'):
    if not isinstance(tokens, list):
        raise ShapeError(path, 'expected an array of tokens, got %s' % describe(tokens))
    return [token(t, '%s[%d]' % (path, i)) for i, t in enumerate(tokens)]


def token(item, path):
    names = schema.token_names()
    if not (isinstance(item, list) and len(item) in (6, 7)):
        raise ShapeError(path, '%s, got %s' % (TOKEN_SHAPE, describe(item)))
    kind, text, *position = item[:6]
    if not (isinstance(kind, int) and not isinstance(kind, bool) and kind in names):
        raise ShapeError(path, 'the type must be a number of the token module, got %s' % describe(kind))
    if not isinstance(text, str):
        raise ShapeError(path, 'the string must be a string, got %s' % describe(text))
    if not all(isinstance(p, int) and not isinstance(p, bool) for p in position):
        raise ShapeError(path, 'positions must be integers, got %s' % describe(position))
    tree = {'type': names[kind], 'string': text, '_position': position}
    if len(item) == 7:
        tree['pieces'] = fstring_pieces(item[6], path + '.pieces')
    return tree


def fstring_pieces(pieces, path):
    if not isinstance(pieces, list):
        raise ShapeError(path, 'f-string pieces are an array, got %s' % describe(pieces))
    return [fstring_piece(p, '%s[%d]' % (path, i)) for i, p in enumerate(pieces)]


def fstring_piece(piece, path):
    if isinstance(piece, str):
        return piece
    if not (isinstance(piece, dict) and 'expr' in piece):
        raise ShapeError(path, 'a piece is a string or a field {"expr", "debug", '
                               '"conversion", "format_spec"}, got %s' % describe(piece))
    field = dict(piece, expr=token_list(piece['expr'], path + '.expr'))
    if field.get('format_spec') is not None:
        field['format_spec'] = fstring_pieces(field['format_spec'], path + '.format_spec')
    return field


# ---- the AST (docs/formats.md §5), walked by its ASDL types ---------------------

def ast_tree(node):
    return _node('mod', node, 'ast')


def _node(type_name, value, path):
    if type_name in ('identifier', 'string', 'int', 'constant'):
        return value
    asdl = schema.ast_types()[type_name]
    if not (isinstance(value, list) and value and isinstance(value[0], str)):
        raise ShapeError(path, 'expected a %s node ["Name", fields...], got %s'
                         % (type_name, describe(value)))
    name = value[0]
    if asdl.is_product:
        fields = asdl.fields if name == type_name else None
    else:
        fields = dict(asdl.constructors).get(name)
    if fields is None:
        raise ShapeError(path, '%r is not a kind of %s node (docs/ast.md)' % (name, type_name))
    want = 1 + len(fields) + len(asdl.attributes)
    if len(value) != want:
        raise ShapeError(path, '%s has %d elements; expected its name, %d fields and %d positions'
                         % (name, len(value), len(fields), len(asdl.attributes)))
    tree = {'_node': name}
    for field, item in zip(fields, value[1:]):
        tree[field.name] = _field(field, item, '%s.%s' % (path, field.name))
    if asdl.attributes:
        tree['_position'] = value[1 + len(fields):]
    return tree


def _field(field, value, path):
    if field.is_seq:
        if not isinstance(value, list):
            raise ShapeError(path, 'expected a list of %s, got %s' % (field.type, describe(value)))
        return [None if item is None and field.quant == '?*'
                else _node(field.type, item, '%s[%d]' % (path, i))
                for i, item in enumerate(value)]
    if value is None and field.quant == '?':
        return None
    return _node(field.type, value, path)


# ---- code objects (docs/formats.md §6) --------------------------------------------

def code_tree(code, path='code'):
    if not isinstance(code, dict):
        raise ShapeError(path, 'a code object is a map of co_* keys, got %s' % describe(code))
    tree = dict(code)
    if isinstance(code.get('co_code'), artifacts.Bytes):
        tree['co_code'] = instructions(bytes.fromhex(code['co_code'].hex))
    if isinstance(code.get('co_consts'), list):
        tree['co_consts'] = [_constant(c, '%s.co_consts[%d]' % (path, i))
                             for i, c in enumerate(code['co_consts'])]
    return tree


def _constant(value, path):
    if isinstance(value, dict) and len(value) == 1:
        (key, item), = value.items()
        if key == 'code':
            return code_tree(item, path)
        if key == 'frozenset' and isinstance(item, list):
            # a frozenset's order means nothing: compare the items sorted
            return {'frozenset': sorted((_constant(x, path) for x in item), key=repr)}
        if key == 'tuple' and isinstance(item, list):
            return {'tuple': [_constant(x, '%s[%d]' % (path, i)) for i, x in enumerate(item)]}
    return value


class Instruction(str):
    """An instruction's text, shown without quotes in a difference."""
    __repr__ = str.__str__


def instructions(code):
    """co_code as a list of readable instructions: 'LOAD_CONST 1'."""
    table = schema.opcodes()
    result = []
    for i in range(0, len(code) - 1, 2):
        op, arg = code[i], code[i + 1]
        name, kind = table.get(op, ('<opcode %d>' % op, 'COUNT'))
        result.append(Instruction(name if kind == 'NONE' and arg == 0 else '%s %d' % (name, arg)))
    if len(code) % 2:
        result.append(Instruction('<a lone byte %d: instructions are 2 bytes>' % code[-1]))
    return result
