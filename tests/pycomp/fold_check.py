#!/usr/bin/env python3
"""fold_check.py PYCOMP - constant folding against python3.

For each expression below, compiles `x = EXPR` with PYCOMP (fed CPython's
own AST by tools/pyast.py) and reads the disassembly.  Where pycomp folded
the expression (the module starts with one LOAD_CONST, then STORE_NAME x),
the constant must be what python3 computes for EXPR.  Where python3 folds it
too (its co_consts holds the value), pycomp must fold it, unless it is one
of the cases pycomp leaves to run time on purpose (listed in LEFT_TO_RUN_TIME).
Prints one line per problem; no output means all is well.
"""
import os
import re
import subprocess
import sys
import tempfile

EXPRESSIONS = [
    '7 * 86400', '1 + 2', '2 ** 10', '2 ** 100', '2 ** 127', '2 ** 128', '2 ** 200', '-2 ** 63',
    '10 ** 30 * 10 ** 5', '1 << 100', '1 << 127', '1 << 200', '(1 << 64) >> 3', '-7 // 2', '7 // -2',
    '-7 % 3', '7 % -3', '7 / 2', '1 / 3', '-0.0', '0.1 + 0.2', '1e308 * 10', '2.5 // 0.5', '-2.5 % 0.7',
    '5.0 // -2', '1 / 0', '1 // 0', '1 % 0', '2.0 ** 0.5', '(-8) ** 0.5', '2 ** -1', '~5', '~True',
    '-True', '+False', 'True + True', 'True & False', 'True | 2', '5 ^ 3', 'not 0', 'not ""',
    '1 + 2j', '(1 + 2j) * (3 - 4j)', '-(0j)', '2j - 1', '"ab" + "cd"', '"ab" * 3', '3 * "ab"',
    '"x" * 4096', '"x" * 4097', '"xy" * 2048', 'b"ab" * 3', 'b"a" + b"b"', '(1, 2) + (3,)',
    '(1, 2) * 3', '(1,) * 256', '(1,) * 257', '((1, 2),) * 100', '"abc"[1]', '"abc"[-1]', '"abc"[5]',
    '(1, 2, 3)[0]', 'b"abc"[0]', '"é€😀"[2]', '"%s" % 1', '1 @ 2', '1 - -1', '(1, -2, (3, 4.5))',
    '__debug__', '100 ** 2 ** 3', '2 ** 64 - 1', '9007199254740993 + 0.0', '3 * 0.1', '10 // 3 * 3',
    '12345678901234567890 * 98765432109876543210', '-5 >> 1', '1 >> 100', '-(2 ** 63)', '0 ** 0',
    '0 ** 1000', '1 ** 10000', '(-1) ** 1000', '"" * 100000', '"" * -5', '() * 10 ** 30', '2 ** -2',
    '10 ** -3', '(-2) ** -1', '0 ** -1', 'True ** -1', '1e308 + 1e308', '0.0 * -1', '-(1e308 * 10)',
    '2 ** 0.5 * 3', '(1 << 62) * 2.0', '9007199254740993 * 1.0', '(2 ** 70) * 1.0', '1j * 2', '2 * (1 - 1j)',
]

# python3 folds these, pycomp leaves them to run time (see pycomp/arith.h).
LEFT_TO_RUN_TIME = {'(-8) ** 0.5', '(-2) ** -1', '(2 ** 70) * 1.0'}


def python_folds(expr):
    """The value if CPython folds `x = expr` into one constant, else None."""
    code = compile('x = %s\n' % expr, 'f', 'exec')
    ops = [i for i in __import__('dis').get_instructions(code) if i.opname not in ('RESUME', 'CACHE')]
    if ops[0].opname == 'LOAD_CONST' and ops[1].opname == 'STORE_NAME':
        return (ops[0].argval,)
    return None


def main(pycomp):
    problems = []
    tree = os.path.dirname(os.path.abspath(__file__)) + '/../..'
    with tempfile.TemporaryDirectory() as tmp:
        for expr in EXPRESSIONS:
            path = os.path.join(tmp, 'f.py')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('x = %s\n' % expr)
            ast_json = subprocess.run([sys.executable, tree + '/tools/pyast.py', path],
                                      capture_output=True, check=True).stdout
            dis = subprocess.run([pycomp, '--dis', '-'], input=ast_json, capture_output=True).stdout.decode()
            lines = [l for l in dis.splitlines() if l.strip()]
            folded = (re.search(r' LOAD_CONST +0 \((.*)\)$', lines[0]) and 'STORE_NAME' in lines[1])
            ours = re.search(r' LOAD_CONST +0 \((.*)\)$', lines[0]).group(1) if folded else None
            theirs = python_folds(expr)
            if ours is not None:
                want = repr(eval(expr))
                if ours != want:
                    problems.append('%s: folded to %s, python3 computes %s' % (expr, ours, want))
            elif theirs is not None and expr not in LEFT_TO_RUN_TIME:
                problems.append('%s: python3 folds it to %r, pycomp does not' % (expr, theirs[0]))
            if ours is not None and theirs is None:
                problems.append('%s: pycomp folds it, python3 does not' % expr)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
