#!/usr/bin/env python3
"""invalid_ast_check.py PYCOMP - trees a parser must never produce.

Each tree below has the right shape but breaks a rule of Python's AST (a
BoolOp with one value, an assignment to a Load-context name, a With
without items...).  python3's compile() refuses each with a message; pycomp
must refuse the same tree, given as an AST artifact, with exit status 2
and the same message.  Prints one line per difference; no output means all
is well.
"""
import ast
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from pyast import node_to_wire  # noqa: E402

L, S = ast.Load(), ast.Store()
ARGS0 = ast.arguments([], [], None, [], [], None, [])


def one(n):
    return ast.Constant(n)


EXPRESSIONS = [
    ast.BoolOp(ast.And(), [one(1)]),
    ast.Compare(one(1), [], []),
    ast.Compare(one(1), [ast.Eq(), ast.Lt()], [one(2)]),
    ast.Dict([one(1)], []),
    ast.ListComp(one(1), []),
    ast.DictComp(one(1), one(2), []),
    ast.Name('x', S),
    ast.Name('None', L),
    ast.NamedExpr(ast.Attribute(ast.Name('x', L), 'a', S), one(1)),
    ast.FormattedValue(one(1), 120, None),
    ast.Lambda(ast.arguments([], [], None, [], [], None, [one(1)]), one(1)),
    ast.Call(ast.Name('f', L), [ast.Name('x', S)], []),
]
STATEMENTS = [
    ast.Assign([], one(1)),
    ast.Assign([ast.Name('x', L)], one(1)),
    ast.Assign([ast.Call(ast.Name('f', L), [], [])], one(1)),
    ast.Delete([]),
    ast.Delete([ast.Name('x', S)]),
    ast.With([], [ast.Pass()]),
    ast.Try([ast.Pass()], [], [], []),
    ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()]),
    ast.Global([]),
    ast.Import([]),
    ast.ImportFrom('x', [ast.alias('y')], -1),
    ast.Match(one(1), []),
    ast.Match(one(1), [ast.match_case(ast.MatchOr([ast.MatchAs()]), None, [ast.Pass()])]),
    ast.FunctionDef('f', ARGS0, [], [], None),
    ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a')], [], None, []), [ast.Pass()], [], None),
    ast.If(one(1), [], []),
    ast.For(ast.Name('x', S), one(1), [], []),
    ast.For(ast.Name('x', L), one(1), [ast.Pass()], []),
    ast.AugAssign(ast.Name('x', L), ast.Add(), one(1)),
    ast.ClassDef('C', [], [], [], []),
    ast.Raise(None, one(1)),
    ast.While(one(1), [], []),
]


def python_message(tree):
    try:
        compile(tree, 'f', 'exec')
    except (ValueError, TypeError, SystemError) as e:
        return str(e)
    return None


def main(pycomp):
    problems = []
    for node in [ast.Expr(e) for e in EXPRESSIONS] + STATEMENTS:
        tree = ast.fix_missing_locations(ast.Module([node], []))
        want = python_message(tree)
        artifact = json.dumps({'kind': 'ast', 'version': [1, 0], 'filename': 'f.py', 'source': None,
                               'ast': node_to_wire(tree)})
        run = subprocess.run([pycomp, '-o', '/dev/null', '-'], input=artifact.encode(), capture_output=True)
        got = run.stderr.decode().strip()
        shown = ast.dump(node)
        if want is None:
            problems.append('%s: python3 accepts it' % shown)
        elif run.returncode != 2 or not got.endswith(': invalid ast artifact: ' + want):
            problems.append('%s: status %d, %r; python3: %r' % (shown, run.returncode, got, want))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
