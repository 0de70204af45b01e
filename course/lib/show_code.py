"""show_code.py - the fields of every code object in a code file, laid out
as Python's dis.show_code() lays them out, so the two can be compared."""
import dis
import os
import subprocess
import sys

import artifacts
import schema
import trees

# dis.COMPILER_FLAG_NAMES: {0x1: 'OPTIMIZED', 0x2: 'NEWLOCALS', ...}
FLAG_NAMES = dis.COMPILER_FLAG_NAMES


def flags_text(flags):
    names = [name for bit, name in sorted(FLAG_NAMES.items()) if flags & bit]
    rest = flags & ~sum(FLAG_NAMES)
    if rest:
        names.append(hex(rest))
    return ', '.join(names) or '0x0'


def constant_text(value):
    if isinstance(value, (artifacts.Bytes, artifacts.Float)):
        return str(value)
    if isinstance(value, dict) and len(value) == 1:
        (key, item), = value.items()
        if key == 'code':
            return '<code object %s, file "%s", line %d>' % (
                item['co_name'], item['co_filename'], item['co_firstlineno'])
        if key == 'tuple':
            items = [constant_text(x) for x in item]
            return '(%s)' % (items[0] + ',' if len(items) == 1 else ', '.join(items))
        if key == 'frozenset':
            return 'frozenset({%s})' % ', '.join(constant_text(x) for x in item)
        if key == 'int':
            return item
        if key == 'ellipsis':
            return 'Ellipsis'
        if key == 'complex':
            return repr(complex(float(constant_text(item[0])), float(constant_text(item[1]))))
    return repr(value)


def show(code, instructions=False):
    print('Name:              %s' % code['co_name'])
    print('Filename:          %s' % code['co_filename'])
    print('Argument count:    %d' % code['co_argcount'])
    print('Positional-only arguments: %d' % code['co_posonlyargcount'])
    print('Kw-only arguments: %d' % code['co_kwonlyargcount'])
    print('Number of locals:  %d' % code['co_nlocals'])
    print('Stack size:        %d' % code['co_stacksize'])
    print('Flags:             %s' % flags_text(code['co_flags']))
    for title, key in (('Constants', 'co_consts'), ('Names', 'co_names'),
                       ('Variable names', 'co_varnames'), ('Cell variables', 'co_cellvars'),
                       ('Free variables', 'co_freevars')):
        if code[key]:
            print(title + ':')
            for i, value in enumerate(code[key]):
                print('%4d: %s' % (i, constant_text(value) if key == 'co_consts' else value))
    if instructions:
        show_instructions(code)
    for value in code['co_consts']:
        if isinstance(value, dict) and list(value) == ['code']:
            print()
            show(value['code'], instructions)


def show_instructions(code):
    """co_code, one instruction a line: its byte offset, name and argument
    (pycomp --dis shows more, but reads an AST, not a code file)."""
    print('Instructions:')
    for i, instruction in enumerate(trees.instructions(bytes.fromhex(code['co_code'].hex))):
        print('%4d: %s' % (2 * i, instruction))


def read_input(path):
    if path.endswith('.py'):
        tools = os.environ.get('PYEDU_BIN') or 'bin'
        tools = tools if os.path.isabs(tools) else os.path.join(schema.ROOT, tools)
        done = subprocess.run([os.path.join(tools, 'pycomp'), path], stdout=subprocess.PIPE)
        if done.returncode:
            sys.exit(done.returncode)
        return done.stdout
    if path == '-':
        return sys.stdin.buffer.read()
    with open(path, 'rb') as f:
        return f.read()


def main(argv):
    instructions = '--dis' in argv
    argv = [a for a in argv if a != '--dis']
    if len(argv) != 1 or argv[0].startswith('-') and argv[0] != '-':
        print('usage: course/show-code [--dis] FILE  (a code file, JSON or MessagePack, or '
              'a .py file for pycomp; - is stdin; --dis: the instructions too)', file=sys.stderr)
        return 2
    try:
        envelope = artifacts.read(read_input(argv[0]), 'code')
    except (OSError, artifacts.ArtifactError) as e:
        print('course/show-code: %s' % e, file=sys.stderr)
        return 2
    show(envelope['code'], instructions)
    return 0
