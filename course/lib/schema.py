"""schema.py - the project's vocabularies, read from their one definition.

The grader names token types and instructions, and walks AST nodes field by
field; it takes all three from common/schema/ rather than keeping copies:

    token_names()   {number: name}        from tokens.def
    opcodes()       {number: (name, kind)} from opcodes.def
    ast_types()     the ASDL types          from ast.asdl (tools/gen_ast.py reads it)
"""
import functools
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA = os.path.join(ROOT, 'common', 'schema')


def _read(name):
    with open(os.path.join(SCHEMA, name), encoding='utf-8') as f:
        return f.read()


@functools.lru_cache(maxsize=None)
def token_names():
    return {int(number): name for name, number in
            re.findall(r'^TOKEN\((\w+),\s*(\d+),', _read('tokens.def'), re.M)}


@functools.lru_cache(maxsize=None)
def opcodes():
    return {int(number): (name, kind) for name, number, kind in
            re.findall(r'^OPCODE\((\w+),\s*(\d+),\s*(\w+),', _read('opcodes.def'), re.M)}


@functools.lru_cache(maxsize=None)
def ast_types():
    """{type name: gen_ast.Type}; a Type has .constructors [(name, [Field])]
    for a sum, .fields for a product, and .attributes (the positions)."""
    sys.path.insert(0, os.path.join(ROOT, 'tools'))
    try:
        import gen_ast
    finally:
        sys.path.pop(0)
    types = gen_ast.parse_asdl(os.path.join(SCHEMA, 'ast.asdl'))
    return {t.name: t for t in types}
