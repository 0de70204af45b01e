#!/usr/bin/env python3
"""annotations_check.py PYCOMP - annotation text against python3.

Under `from __future__ import annotations`, `x: EXPR` stores EXPR's source
text, normalized as CPython's compiler writes it.  For each expression
below, the string pycomp stores must be the one python3 stores.  Prints one
line per difference; no output means all is well.
"""
import os
import re
import subprocess
import sys
import tempfile

ANNOTATIONS = [
    'int', 'List[int]', 'Dict[str, List[int]]', 'a | None', 'a.b.c', 'f(x, *y, z=1, **w)', "'forward'",
    '"dq"', '1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 4', '(2 ** 3) ** 4', '-x ** 2', '(-x) ** 2', 'not a',
    'a and b or c', 'a and (b or c)', 'a if b else c', '(a if b else c) if d else e', 'lambda: 0',
    'lambda x, y=1, *a, z, w=2, **k: x', 'lambda *a: a', 'lambda x, /, y: x', '[1, 2, 3]', '(1,)', '()',
    '(1, 2)', '{1: 2, **d}', '{1, 2}', '[x for x in y if x]', '{k: v for k, v in d}',
    '(x for x in y)', 'f(x for x in y)', 'a[1:2]', 'a[1:2:3]', 'a[:, 1]', 'a[::]', '*a', 'await x',
    '(yield)', '(yield x)', '(yield from x)', 'x < y <= z', 'x is not None', 'x not in y', '1 .real',
    '1.5', '1e100', '1e500', '-1e500', '1j', '(1+2j)', 'inf', "b'bytes'", "u'text'", 'None', 'True',
    '...', 'f"a{b!r:>{w}}c"', 'f"{x}"', "f'{x!a}'", 'f"{ {1: 2}[1] }"', 'f"{{x}}"', '(x := 1)',
    'a[b := 1]', 'x @ y', 'x // y % z', '~x', '+x', 'a << b >> c', 'a & b ^ c | d',
    '0x10', '1_000', "'é€'", "'\\n'", 'r"\\d"', 'a.b(c).d[e]',
]


def python_text(expr):
    try:
        code = compile('from __future__ import annotations\nx: %s\n' % expr, 'f', 'exec')
    except SyntaxError as e:
        return 'SyntaxError: ' + e.msg
    strings = [c for c in code.co_consts if isinstance(c, str) and c != 'x']
    return strings[-1] if strings else None


def main(pycomp):
    problems = []
    tree = os.path.dirname(os.path.abspath(__file__)) + '/../..'
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'f.py')
        for expr in ANNOTATIONS:
            with open(path, 'w', encoding='utf-8') as f:
                f.write('from __future__ import annotations\nx: %s\n' % expr)
            run = subprocess.run([sys.executable, tree + '/tools/pyast.py', path], capture_output=True)
            if run.returncode != 0:
                continue        # not valid as an annotation in 3.11
            comp = subprocess.run([pycomp, '--dis', '-'], input=run.stdout, capture_output=True)
            lines = comp.stdout.decode().splitlines()
            ours = None
            for i, line in enumerate(lines):
                if '(__annotations__)' in line:
                    ours = re.search(r'LOAD_CONST +\d+ \((.*)\)$', lines[i - 1]).group(1)
            if comp.returncode == 1:
                ours = comp.stderr.decode().splitlines()[0].split(': ', 1)[1]
            want = python_text(expr)
            if not want.startswith('SyntaxError: '):
                want = repr(want)
            if ours != want:
                problems.append('%s: pycomp stores %s, python3 %s' % (expr, ours, want))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
