def describe(x):
    match x:
        case 0 | 1 | 2:
            return 'small int'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'number'
        case str() as s if len(s) > 3:
            return f'long string {s}'
        case str():
            return 'short string'
        case [x, y]:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'list head {x} rest {rest}'
        case {'type': 'point', 'x': px, **others}:
            return f'point {px} {others}'
        case (1, 2, 3):
            return 'tuple 123'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 2, -5, 3.5, 'hi', 'hello', [1, 2], [1, 2, 3], (4,), {'type': 'point', 'x': 1, 'c': 'r'}, (1, 2, 3), None, {1}]:
    print(repr(v), '->', describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=y): return f'on y axis at {y}'
        case Point(x, 0): return f'on x axis at {x}'
        case Point(): return 'somewhere'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))
import math
def const(v):
    match v:
        case math.pi: return 'pi'
        case True: return 'True'
        case 'a' | 'b': return 'a or b'
        case _: return 'no'
print(const(math.pi), const(True), const(1), const('b'))
