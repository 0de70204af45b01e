#!/usr/bin/env python3
"""regress.py - the regression cases of fuzzing, as TAP.

    python3 tests/fuzz/regress.py        (PYEDU_BIN selects the tools: bin, build/san/bin)

Three kinds of case, each a bad input a tool once crashed on (or could
have) and must now refuse with a clear error:

1. Hand-made code files (CRAFTED below), assembled here from a few
   instructions: each puts a value of the wrong type where an instruction
   relies on one, which the code check cannot see (code_check.h).  pyrun
   must refuse the file at load time when the value is a constant right
   before its user (exit 2, one line), and otherwise raise SystemError when
   the instruction runs (exit 1, with the traceback).
2. Files in tests/fuzz/cases/, named TOOL-WHAT.EXT: inputs the fuzzer
   (fuzz.py) found, cut down to a few lines.  The tool must exit 0, 1 or 2
   within the time limit, with a message if it fails, and no sanitizer
   report.  A file NAME.want beside one holds text its stderr must contain.
3. The hostile programs of tests/fuzz/programs/, run by
   tests/programs/run (the output python3 gave, recorded beside each).

Under the sanitizer build (`make SANITIZE=1`, as .ci/run runs the suites)
any ASan/UBSan/LeakSanitizer report fails the case.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get('PYEDU_BIN', 'bin')
TIMEOUT = 20


sys.path.insert(0, HERE)
from fuzz import OPCODES  # noqa: E402

OP = {name: number for name, (number, _) in OPCODES.items()}
CO_OPTIMIZED, CO_NEWLOCALS, CO_GENERATOR = 0x1, 0x2, 0x20


# ---- a small assembler ----------------------------------------------------------

def code(instrs, consts=(), names=(), varnames=(), freevars=(), cellvars=(), flags=0,
         argcount=0, kwonlyargcount=0, name='<module>', stacksize=12):
    """A code object (the map of formats.md §6) from (OPNAME, arg) pairs,
    or OPNAME alone for arg 0.  Constants are artifact constants: code
    objects from code(), tuples as ('tuple', [...])."""
    units = []
    for ins in instrs:
        op, arg = (ins, 0) if isinstance(ins, str) else ins
        if arg > 255:
            units.append((OP['EXTENDED_ARG'], arg >> 8))
        units.append((OP[op], arg & 255))
    return {
        'co_argcount': argcount, 'co_posonlyargcount': 0, 'co_kwonlyargcount': kwonlyargcount,
        'co_nlocals': len(varnames), 'co_stacksize': stacksize, 'co_flags': flags,
        'co_code': {'bytes': bytes(b for u in units for b in u).hex()},
        'co_consts': [constant(c) for c in consts], 'co_names': list(names),
        'co_varnames': list(varnames), 'co_freevars': list(freevars),
        'co_cellvars': list(cellvars), 'co_filename': 'case.py', 'co_name': name,
        'co_qualname': name, 'co_firstlineno': 1, 'co_linetable': [[len(units), 1, 1, 0, 1]],
    }


def constant(c):
    if isinstance(c, tuple) and c and c[0] == 'tuple':
        return {'tuple': [constant(x) for x in c[1]]}
    if isinstance(c, dict) and 'co_code' in c:
        return {'code': c}
    return c


def function(instrs, **fields):
    """The code object of a function (CO_OPTIMIZED | CO_NEWLOCALS)."""
    fields.setdefault('flags', CO_OPTIMIZED | CO_NEWLOCALS)
    fields.setdefault('name', 'f')
    return code(instrs, **fields)


def artifact(module):
    return json.dumps({'kind': 'code', 'version': [1, 0], 'filename': 'case.py',
                       'source': 'pass  # a hand-made code file\n', 'code': module})


RETURN_NONE = [('LOAD_CONST', 0), 'RETURN_VALUE']    # (constant 0 is None in every case)
F = function(RETURN_NONE, consts=[None])


def call_f(before, consts, names=(), **fields):
    """Module code: `before`, then returns None; consts[0] must be None."""
    return code(before + RETURN_NONE, consts=consts, names=names, **fields)


def handler(body):
    """Module code whose exception handler (entered with [previous,
    exception] on the stack, after 1/0 raised ZeroDivisionError) runs
    `body`, which must not fall off its end."""
    end = 7 + len(body)
    setup = [('SETUP_FINALLY', 7), ('LOAD_CONST', 1), ('LOAD_CONST', 2), 'BINARY_TRUE_DIVIDE',
             'POP_TOP', 'POP_BLOCK', ('JUMP_ABSOLUTE', end)]
    return code(setup + body + RETURN_NONE, consts=[None, 1, 0])


def no_locals(instrs, names):
    """Module code calling a function that is not CO_OPTIMIZED (so it
    could use the *_NAME instructions) but has no locals mapping."""
    g = code(instrs + RETURN_NONE, consts=[None, 0], names=names, flags=CO_NEWLOCALS, name='g')
    return call_f([('LOAD_CONST', 1), 'MAKE_FUNCTION', ('CALL_FUNCTION', 0), 'POP_TOP'],
                  consts=[None, g])


# (name, module code, exit status, text the last line of stderr must contain)
STATIC = 2      # refused at load time: exit 2, one line
RUNTIME = 1     # SystemError when the instruction runs: exit 1
CRAFTED = [
    # MAKE_FUNCTION: the operands a function keeps and relies on later
    ('MAKE_FUNCTION of a constant that is not a code object',
     call_f([('LOAD_CONST', 1), 'MAKE_FUNCTION', 'POP_TOP'], [None, 5]),
     STATIC, 'MAKE_FUNCTION needs a code object, constant 1 is int'),
    ('MAKE_FUNCTION of an int from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 0), ('LOAD_NAME', 0), 'MAKE_FUNCTION', 'POP_TOP'],
            [None, 5], ['x']),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a code object, not int'),
    ('MAKE_FUNCTION with defaults that are not a tuple, then a call',
     call_f([('LOAD_CONST', 2), ('LOAD_CONST', 1), ('MAKE_FUNCTION', 1),
             ('CALL_FUNCTION', 0), 'POP_TOP'],
            [None, function(RETURN_NONE, consts=[None], varnames=['a'], argcount=1), 7]),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a tuple of defaults, not int'),
    ('MAKE_FUNCTION with keyword defaults that are not a dict',
     call_f([('LOAD_CONST', 2), ('LOAD_CONST', 1), ('MAKE_FUNCTION', 2), 'POP_TOP'],
            [None, F, ('tuple', ['a'])]),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a dict of keyword defaults, not tuple'),
    ('MAKE_FUNCTION with annotations that are not a tuple',
     call_f([('LOAD_CONST', 2), ('LOAD_CONST', 1), ('MAKE_FUNCTION', 4), 'POP_TOP'],
            [None, F, 'ann']),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a tuple of annotations, not str'),
    ('MAKE_FUNCTION with a closure that is not a tuple',
     call_f([('LOAD_CONST', 2), ('LOAD_CONST', 1), ('MAKE_FUNCTION', 8), 'POP_TOP'],
            [None, function([('LOAD_DEREF', 0), 'RETURN_VALUE'], freevars=['v']), 3]),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a tuple of cells, not int'),
    ('MAKE_FUNCTION with a closure of ints, then a call',
     call_f([('LOAD_CONST', 2), ('LOAD_CONST', 1), ('MAKE_FUNCTION', 8), ('CALL_FUNCTION', 0),
             'POP_TOP'],
            [None, function([('LOAD_DEREF', 0), 'RETURN_VALUE'], freevars=['v']),
             ('tuple', [3])]),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION needs a tuple of cells, not int'),
    ('MAKE_FUNCTION of a code with a free variable, without a closure',
     call_f([('LOAD_CONST', 1), 'MAKE_FUNCTION', ('CALL_FUNCTION', 0), 'POP_TOP'],
            [None, function([('LOAD_DEREF', 0), 'RETURN_VALUE'], freevars=['v'])]),
     RUNTIME, 'SystemError: bad code: MAKE_FUNCTION of f needs a closure of 1 cells, not 0'),
    # the containers of comprehensions and displays
    *[('%s on an int' % op,
       call_f([('LOAD_CONST', 1)] * depth + [(op, 1)] + ['POP_TOP'] * (depth - pops), [None, 5]),
       RUNTIME, 'SystemError: bad code: %s needs a %s, not int' % (op, kind))
      for op, kind, depth, pops in (
          ('LIST_APPEND', 'list', 2, 1), ('LIST_EXTEND', 'list', 2, 1), ('SET_ADD', 'set', 2, 1),
          ('SET_UPDATE', 'set', 2, 1), ('MAP_ADD', 'dict', 3, 2), ('DICT_UPDATE', 'dict', 2, 1),
          ('DICT_MERGE', 'dict', 4, 1))],
    ('LIST_TO_TUPLE of a tuple',
     call_f([('LOAD_CONST', 1), 'LIST_TO_TUPLE', 'POP_TOP'], [None, ('tuple', [1])]),
     RUNTIME, 'SystemError: bad code: LIST_TO_TUPLE needs a list, not tuple'),
    ('SET_ADD on a frozenset',
     call_f([('LOAD_NAME', 0), ('LOAD_CONST', 1), ('CALL_FUNCTION', 1), ('LOAD_CONST', 1),
             ('SET_ADD', 1), 'POP_TOP'], [None, ('tuple', [1])], ['frozenset']),
     RUNTIME, 'SystemError: bad code: SET_ADD needs a set, not frozenset'),
    # keys and names taken from a tuple
    ('BUILD_CONST_KEY_MAP with a constant tuple of the wrong size',
     call_f([('LOAD_CONST', 1), ('LOAD_CONST', 2), ('BUILD_CONST_KEY_MAP', 1), 'POP_TOP'],
            [None, 1, ('tuple', [])]),
     STATIC, 'BUILD_CONST_KEY_MAP needs a tuple of as many keys as values, constant 2 is tuple'),
    ('BUILD_CONST_KEY_MAP with keys from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 0), ('LOAD_CONST', 1), ('LOAD_CONST', 1),
             ('LOAD_NAME', 0), ('BUILD_CONST_KEY_MAP', 2), 'POP_TOP'], [None, ('tuple', [1])], ['k']),
     RUNTIME, 'SystemError: bad code: BUILD_CONST_KEY_MAP needs a tuple of as many keys as values, not tuple'),
    ('CALL_FUNCTION_KW with an int for the names',
     call_f([('LOAD_NAME', 0), ('LOAD_CONST', 1), ('LOAD_CONST', 1), ('CALL_FUNCTION_KW', 1), 'POP_TOP'],
            [None, 5], ['print']),
     STATIC, 'CALL_FUNCTION_KW needs a tuple of at most as many names as arguments, constant 1 is int'),
    ('CALL_FUNCTION_KW with more names than arguments, from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 1), ('LOAD_NAME', 0), ('LOAD_CONST', 2),
             ('LOAD_NAME', 1), ('CALL_FUNCTION_KW', 1), 'POP_TOP'],
            [None, ('tuple', ['a', 'b', 'c']), 5], ['print', 'k']),
     RUNTIME, 'SystemError: bad code: CALL_FUNCTION_KW got 3 names for at most 1 values'),
    ('CALL_METHOD_KW with names that are not strings',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 1), ('LOAD_CONST', 2), ('LOAD_METHOD', 0),
             ('LOAD_CONST', 2), ('LOAD_NAME', 1), ('CALL_METHOD_KW', 1), 'POP_TOP'],
            [None, ('tuple', [1]), 'x'], ['upper', 'k']),
     RUNTIME, 'SystemError: bad code: CALL_METHOD_KW needs names that are strings, not int'),
    ('MATCH_CLASS with names that are not a tuple',
     call_f([('LOAD_CONST', 2), ('LOAD_NAME', 0), ('LOAD_CONST', 1), ('MATCH_CLASS', 0),
             'POP_TOP', 'POP_TOP'], [None, 'x', 1], ['int']),
     STATIC, 'MATCH_CLASS needs a tuple of names, constant 1 is str'),
    ('MATCH_CLASS with names from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 1), ('LOAD_CONST', 2), ('LOAD_NAME', 0),
             ('LOAD_NAME', 1), ('MATCH_CLASS', 0), 'POP_TOP', 'POP_TOP'],
            [None, ('tuple', [7]), 1], ['int', 'k']),
     RUNTIME, 'SystemError: bad code: MATCH_CLASS needs names that are strings, not int'),
    ('MATCH_KEYS with keys from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 0), ('BUILD_MAP', 0), ('LOAD_NAME', 0), 'MATCH_KEYS',
             'POP_TOP', 'POP_TOP', 'POP_TOP', 'POP_TOP'], [None, 5], ['k']),
     RUNTIME, 'SystemError: bad code: MATCH_KEYS needs a tuple of keys, not int'),
    ('COPY_DICT_WITHOUT_KEYS with a constant that is not a tuple',
     call_f([('BUILD_MAP', 0), ('LOAD_CONST', 1), 'COPY_DICT_WITHOUT_KEYS', 'POP_TOP', 'POP_TOP'],
            [None, 5]),
     STATIC, 'COPY_DICT_WITHOUT_KEYS needs a tuple of keys, constant 1 is int'),
    ('FORMAT_VALUE with a format spec that is not a str',
     call_f([('LOAD_CONST', 1), ('LOAD_CONST', 1), ('FORMAT_VALUE', 4), 'POP_TOP'], [None, 5]),
     STATIC, 'FORMAT_VALUE needs a str as the format spec, constant 1 is int'),
    ('FORMAT_VALUE with a format spec from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 0), ('LOAD_CONST', 1), ('LOAD_NAME', 0),
             ('FORMAT_VALUE', 4), 'POP_TOP'], [None, 5], ['k']),
     RUNTIME, 'SystemError: bad code: FORMAT_VALUE needs a str as the format spec, not int'),
    ('IMPORT_NAME with a level that is not an int',
     call_f([('LOAD_CONST', 1), ('LOAD_CONST', 0), ('IMPORT_NAME', 0), 'POP_TOP'], [None, 'up'],
            ['math']),
     STATIC, 'IMPORT_NAME needs an int level below the names, constant 0 is NoneType'),
    ('IMPORT_NAME with a fromlist that is not a tuple of names',
     call_f([('LOAD_CONST', 1), ('LOAD_CONST', 2), ('IMPORT_NAME', 0), 'POP_TOP'], [None, 0, 5],
            ['math']),
     STATIC, 'IMPORT_NAME needs None or a tuple of names, constant 2 is int'),
    ('IMPORT_NAME with a level from a name',
     call_f([('LOAD_CONST', 1), ('STORE_NAME', 1), ('LOAD_NAME', 1), ('LOAD_CONST', 0),
             ('IMPORT_NAME', 0), 'POP_TOP'], [None, 'up'], ['math', 'k']),
     RUNTIME, 'SystemError: bad code: IMPORT_NAME needs an int level, not str'),
    # what an exception handler finds on the stack, moved by the code
    ('RERAISE of the previous exception (None) swapped on top',
     handler(['ROT_TWO', 'RERAISE']),
     RUNTIME, 'SystemError: bad code: RERAISE needs an exception, not NoneType'),
    ('POP_EXCEPT restoring an int as the previous exception',
     handler(['POP_TOP', ('LOAD_CONST', 1), 'ROT_TWO', 'POP_TOP', 'POP_EXCEPT'] + RETURN_NONE),
     RUNTIME, 'SystemError: bad code: POP_EXCEPT needs the previous exception or None, not int'),
    ('WITH_EXCEPT_START under a non-exception',
     handler([('LOAD_CONST', 1), 'WITH_EXCEPT_START', 'POP_TOP', 'POP_TOP', 'RERAISE']),
     RUNTIME, 'SystemError: bad code: WITH_EXCEPT_START needs an exception, not int'),
    ('CHECK_EG_MATCH of a non-exception',
     handler([('LOAD_CONST', 1), ('LOAD_CONST', 1), 'CHECK_EG_MATCH', 'POP_TOP', 'POP_TOP',
              'RERAISE']),
     RUNTIME, 'SystemError: bad code: CHECK_EG_MATCH needs an exception, not int'),
    ('PREP_RERAISE_STAR of a non-list',
     handler([('LOAD_CONST', 1), 'PREP_RERAISE_STAR', 'RERAISE']),
     RUNTIME, 'SystemError: bad code: PREP_RERAISE_STAR needs a list of exceptions, not int'),
    # instructions that need a locals mapping, in a function without one
    ('STORE_NAME in a function without locals',
     no_locals([('LOAD_CONST', 1), ('STORE_NAME', 0)], ['x']),
     RUNTIME, "SystemError: no locals found when storing 'x'"),
    ('LOAD_NAME in a function without locals',
     no_locals([('LOAD_NAME', 0), 'POP_TOP'], ['x']),
     RUNTIME, "SystemError: no locals when loading 'x'"),
    ('DELETE_NAME in a function without locals',
     no_locals([('DELETE_NAME', 0)], ['x']),
     RUNTIME, "SystemError: no locals when deleting 'x'"),
    ('SETUP_ANNOTATIONS in a function without locals',
     no_locals(['SETUP_ANNOTATIONS'], []),
     RUNTIME, 'SystemError: no locals found when setting up annotations'),
    ('IMPORT_STAR in a function without locals',
     no_locals([('LOAD_CONST', 1), ('LOAD_CONST', 0), ('IMPORT_NAME', 0), 'IMPORT_STAR'], ['math']),
     RUNTIME, "SystemError: no locals found during 'import *'"),
    # the module's own code object
    ('a module code object with a free variable',
     code([('LOAD_DEREF', 0)] + ['RETURN_VALUE'], freevars=['v']),
     STATIC, "the module's code object has free variables"),
    ('a module code object with parameters',
     code(RETURN_NONE, consts=[None], varnames=['a'], argcount=1),
     STATIC, "the module's code object has parameters"),
    ('a module code object that is a generator',
     code([('GEN_START', 0)] + RETURN_NONE, consts=[None], flags=CO_GENERATOR),
     STATIC, "the module's code object is a generator or coroutine"),
    ('a module code object with a cell variable',
     code([('LOAD_CONST', 0), ('STORE_DEREF', 0), ('LOAD_DEREF', 0), 'RETURN_VALUE'],
          consts=[None], cellvars=['c']),
     0, ''),
]


# ---- running ------------------------------------------------------------------------

SANITIZER_MARKS = ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:')


class Tap:
    def __init__(self):
        self.n = 0

    def result(self, name, problem, details=''):
        self.n += 1
        if problem:
            print('not ok %d %s (%s)' % (self.n, name, problem))
            for line in details.splitlines()[:6]:
                print('#   ' + line)
        else:
            print('ok %d %s' % (self.n, name))
        sys.stdout.flush()


def run(args, cwd=None):
    try:
        r = subprocess.run(args, capture_output=True, timeout=TIMEOUT, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None, ''
    return r.returncode, r.stderr.decode('utf-8', 'replace')


def crash_problem(status, err):
    if status is None:
        return 'no answer within %d s' % TIMEOUT
    if any(m in err for m in SANITIZER_MARKS):
        return 'sanitizer report'
    if status not in (0, 1, 2):
        return 'exit status %d' % status
    if status and not err.strip():
        return 'no message on stderr'
    return None


def crafted_cases(tap, tmp):
    pyrun = os.path.join(BIN, 'pyrun')
    for name, module, want_status, want_text in CRAFTED:
        path = os.path.join(tmp, 'case.json')
        with open(path, 'w') as f:
            f.write(artifact(module))
        status, err = run([pyrun, path])
        lines = err.strip().splitlines()
        problem = crash_problem(status, err)
        if not problem and status != want_status:
            problem = 'exit status %s, expected %d' % (status, want_status)
        if not problem and want_text and (not lines or want_text not in lines[-1]):
            problem = 'stderr does not end with the expected message'
        if not problem and want_status == STATIC and len(lines) != 1:
            problem = '%d lines on stderr, expected one' % len(lines)
        tap.result('pyrun: ' + name, problem, err)


def TOOL_ARGS(tool, path):
    return [os.path.join(BIN, tool), path] + (['-o', os.devnull] if tool != 'pyrun' else [])


def file_cases(tap, tmp):
    cases = os.path.join(HERE, 'cases')
    for entry in sorted(os.listdir(cases)) if os.path.isdir(cases) else []:
        if entry.endswith('.want'):
            continue
        tool = entry.split('-')[0]
        path = os.path.join(cases, entry)
        # (pyrun writes __pycache__ beside a .py file: run a copy)
        if entry.endswith('.py'):
            with open(path, 'rb') as f, open(os.path.join(tmp, entry), 'wb') as g:
                g.write(f.read())
            path = os.path.join(tmp, entry)
        status, err = run(TOOL_ARGS(tool, path), cwd=tmp)
        problem = crash_problem(status, err)
        want = os.path.join(cases, os.path.splitext(entry)[0] + '.want')
        if not problem and os.path.exists(want):
            with open(want) as f:
                text = f.read().strip()
            if text not in err:
                problem = 'stderr lacks: %s' % text
        tap.result('%s: %s' % (tool, entry), problem, err)


def hostile_programs(tap):
    programs = os.path.join('tests', 'fuzz', 'programs')
    found = os.listdir(programs) if os.path.isdir(programs) else []
    files = sorted(os.path.join(programs, f) for f in found if f.endswith('.py'))
    if not files:
        return
    out = subprocess.run([os.path.join(ROOT, 'tests/programs/run')] + files, cwd=ROOT,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = re.match(r'(not ok|ok) \d+ (.*)', line)
        if m:
            tap.result(m.group(2), m.group(1) == 'not ok' and 'output differs from python3')
        elif line.startswith('#'):
            print(line)


def main():
    os.chdir(ROOT)
    tap = Tap()
    with tempfile.TemporaryDirectory() as tmp:
        crafted_cases(tap, tmp)
        file_cases(tap, tmp)
    hostile_programs(tap)
    print('1..%d' % tap.n)


if __name__ == '__main__':
    main()
