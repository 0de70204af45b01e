from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    def __repr__(self):
        return "Circle(...)"
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def describe(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "quit" | "exit":
            return "leave"
        case str(s) if s.startswith("#"):
            return f"comment {s[1:]}"
        case str():
            return f"string {obj!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case (first, *_, last):
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": kind}:
            return f"dict of type {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(_, radius=r):
            return f"circle r={r}"
        case _:
            return f"other {type(obj).__name__}"

tests = [None, True, False, 0, 0.0, -5, 7, 2.5, "quit", "#note", "hello", [], [1], [1, 2],
         (1, 2, 3, 4), {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"name": 1},
         Point(0, 0), Point(0, 4), Point(3, 4), Circle(Point(1, 2), 20), Circle(Point(1, 2), 2),
         "ab"[0:0], b"bytes", {1, 2}, range(2)]
for t in tests:
    print(repr(t)[:40], "->", describe(t))

def cmd(text):
    match text.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["look"]:
            return "looking"
        case _:
            return "unknown"
for c in ["go north", "go west", "take a b", "take", "look", ""]:
    print(c, "=>", cmd(c))

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(col(Color.RED), col(Color.GREEN), col(3))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
match 42:
    case int(v):
        print("self-matching int", v)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
