#!/usr/bin/env python3
"""lines_check.py PYCOMP FILE... - line numbers against python3.

For every code object of each FILE (compiled by PYCOMP from CPython's AST,
and by python3), the set of source lines that have instructions must be
the same: a traceback or a debugger can then name every line CPython
names, and no other.  (The first line of a function is left out: CPython
3.11 has a RESUME instruction there, which this instruction set does not
need.)  Prints one line per difference; no output means all is well.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.simplefilter('ignore')     # python3's own SyntaxWarnings are not the point here


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


def lines_of_python(code):
    lines = {line for _, _, line in code.co_lines() if line}
    return lines - {code.co_firstlineno} if code.co_name != '<module>' else lines


def main(pycomp, paths):
    problems = []
    tree = os.path.dirname(os.path.abspath(__file__)) + '/../..'
    for path in paths:
        ast_json = subprocess.run([sys.executable, tree + '/tools/pyast.py', path],
                                  capture_output=True, check=True).stdout
        run = subprocess.run([pycomp, '--json', '-'], input=ast_json, capture_output=True)
        ours = ours_tree(json.loads(run.stdout)['code'], [])
        theirs = python_tree(compile(open(path, 'rb').read(), path, 'exec'), [])
        for o, t in zip(ours, theirs):
            mine = {run[1] for run in o['co_linetable'] if run[1] is not None} - {o['co_firstlineno']}
            want = lines_of_python(t) - {o['co_firstlineno']}
            if mine != want:
                problems.append('%s: %s: lines %s missing, %s extra' % (
                    path, t.co_qualname, sorted(want - mine), sorted(mine - want)))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2:]))
