# pprint: isreadable/isrecursive/saferepr and layouts of recursive containers, of values whose repr is empty or starts with '<' (a dict passes the empty repr's '' on as its readability, a list gives False), at depth limits, and the constructor's argument errors in CPython's order; compared with python3.
import pprint, re

def show(*values):
    # (the recursion marker holds an address: it is left out)
    print(*[re.sub(r"id=\d+", "id=N", str(value)) for value in values])

class Empty:
    def __repr__(self): return ''

class Angle:
    def __repr__(self): return '<angle>'

a = [1, 2]; a.append(a)
d = {'k': a, 'long' * 10: list(range(30))}; d['self'] = d
t = (a, [Empty(), 3], {'x': Angle()})
for v in [a, d, t, [Empty()], [[Empty()]], {1: Empty()}, (Empty(),), [Angle()], {'a': [d]}]:
    show(pprint.saferepr(v), repr(pprint.isreadable(v)), pprint.isrecursive(v))
    show(pprint.pformat(v, width=30))
    show(pprint.pformat(v, width=20, depth=2))
    p = pprint.PrettyPrinter(width=15, depth=1)
    show(p.pformat(v), repr(p.isreadable(v)), p.isrecursive(v))
for args in [dict(indent=-1, depth='x'), dict(depth=0, width=0), dict(width=0), dict(indent='3', width='7')]:
    try:
        show(pprint.PrettyPrinter(**args).pformat([list(range(5))] * 3))
    except Exception as e:
        show(type(e).__name__, e)
