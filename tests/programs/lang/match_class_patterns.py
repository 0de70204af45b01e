from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Line:
    start: Point
    end: Point

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r) if r > 10:
            return "big circle at the origin"
        case Circle(center=c, radius=r):
            return f"circle r={r} at {describe(c)}"
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            return "vertical line"
        case Line(start, end):
            return f"line from {describe(start)} to {describe(end)}"
        case [Point() as p, *rest]:
            return f"list starting with {describe(p)} and {len(rest)} more"
        case {"kind": "point", "at": (x, y)}:
            return f"dict point {x},{y}"
        case {"kind": kind, **others}:
            return f"dict of kind {kind} with {sorted(others)}"
        case str() | bytes():
            return f"text {shape!r}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
          Circle(Point(0, 0), 11), Circle(Point(1, 1), 2), Line(Point(1, 0), Point(1, 9)),
          Line(Point(0, 0), Point(2, 3)), [Point(4, 4), 1, 2], {"kind": "point", "at": (1, 2)},
          {"kind": "poly", "sides": 5, "color": "red"}, "hi", b"x", -3, -2.5, 4, None, (1, 2)]:
    print(describe(s))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for t in ["go north", "go up", "take lamp key", "take", "exit", "", "dance wildly"]:
    print(repr(t), "->", command(t))
