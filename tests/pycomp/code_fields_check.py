#!/usr/bin/env python3
"""code_fields_check.py PYCOMP FILE... - code-object fields against python3.

Compiles each FILE with PYCOMP (fed CPython's AST by tools/pyast.py) and
with python3, walks both trees of code objects in the same order, and
compares what the symbol table and the compiler's bookkeeping decide:
co_name, co_qualname, co_firstlineno, co_flags, the argument counts,
co_varnames, co_cellvars, co_freevars, and the set of co_names (their order
follows the instructions, which differ by design).  Prints one line per
difference; no output means all is well.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.simplefilter('ignore')     # python3's own SyntaxWarnings are not the point here

FIELDS = ('co_name', 'co_qualname', 'co_firstlineno', 'co_flags', 'co_argcount',
          'co_posonlyargcount', 'co_kwonlyargcount', 'co_varnames', 'co_cellvars', 'co_freevars')


def ours_tree(code, out):
    out.append(code)
    for const in code['co_consts']:
        if isinstance(const, dict) and 'code' in const:
            ours_tree(const['code'], out)
    return out


def python_tree(code, out):
    out.append(code)
    for const in code.co_consts:
        if hasattr(const, 'co_code'):
            python_tree(const, out)
    return out


def check(pycomp, path):
    tree = os.path.dirname(os.path.abspath(__file__)) + '/../..'
    ast_json = subprocess.run([sys.executable, tree + '/tools/pyast.py', path],
                              capture_output=True, check=True).stdout
    run = subprocess.run([pycomp, '--json', '-'], input=ast_json, capture_output=True)
    if run.returncode:
        return ['%s: pycomp failed: %s' % (path, run.stderr.decode().strip())]
    ours = ours_tree(json.loads(run.stdout)['code'], [])
    theirs = python_tree(compile(open(path, 'rb').read(), path, 'exec'), [])
    if len(ours) != len(theirs):
        return ['%s: %d code objects, python3 has %d' % (path, len(ours), len(theirs))]
    problems = []
    for o, t in zip(ours, theirs):
        for field in FIELDS:
            want = getattr(t, field)
            got = o[field]
            if isinstance(want, tuple):
                got = tuple(got)
            if got != want:
                problems.append('%s: %s: %s is %r, python3 %r' % (path, t.co_qualname, field, got, want))
        if set(o['co_names']) - set(t.co_names) - {'__annotations__'}:
            problems.append('%s: %s: co_names has %r, python3 %r' % (path, t.co_qualname, o['co_names'], t.co_names))
    return problems


def main(pycomp, paths):
    problems = []
    for path in paths:
        problems += check(pycomp, path)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2:]))
