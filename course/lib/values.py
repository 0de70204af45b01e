"""values.py - Python values in the wire form of the artifacts
(docs/formats.md §3), both ways, for the homework's starter kits.

    from_wire(value)   {"int": "123..."}, {"bytes": "6869"}, {"tuple": [...]} ... -> Python values
    to_wire(value)     the reverse, in the JSON spelling

Code objects ({"code": {...}}) are the caller's: from_wire hands their map
to `code`, to_wire writes a value for which `is_code` says yes with `code`.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), 'tools'))
import pyast  # noqa: E402  (tools/pyast.py: CPython's AST in our format)


def from_wire(value, code=None):
    if isinstance(value, dict) and len(value) == 1:
        (key, item), = value.items()
        if key == 'int':
            return int(item)
        if key == 'float':
            return float(item)
        if key == 'bytes':
            return bytes.fromhex(item)
        if key == 'complex':
            return complex(from_wire(item[0]), from_wire(item[1]))
        if key == 'ellipsis':
            return ...
        if key == 'tuple':
            return tuple(from_wire(x, code) for x in item)
        if key == 'frozenset':
            return frozenset(from_wire(x, code) for x in item)
        if key == 'code' and code:
            return code(item)
    return value


def to_wire(value, is_code=lambda value: False, code=None):
    if isinstance(value, tuple):
        return {'tuple': [to_wire(x, is_code, code) for x in value]}
    if isinstance(value, frozenset):
        return {'frozenset': [to_wire(x, is_code, code) for x in value]}
    if is_code(value):
        return {'code': code(value)}
    return pyast.constant_to_wire(value)        # the constants an AST can hold
