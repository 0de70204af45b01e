def describe(x):
    match x:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'negative int'
        case int():
            return 'int'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'list starting {first}, {len(rest)} more'
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px},{py}'
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case 'a' | 'b':
            return 'a or b'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, -5, 7, [1, 2], [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2}, 'hello', 'a', None, 3.5]:
    print(describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'x-axis {x}'
        case Point(x=0, y=y):
            return f'y-axis {y}'
        case Point():
            return 'somewhere'
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1)]:
    print(where(p))
