from collections.abc import Mapping, Sequence
from collections import deque, Counter, OrderedDict, namedtuple
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class MySeq(Sequence):
    def __init__(self, *v): self.v = v
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
def m(x):
    match x:
        case {"a": 1, **rest}:
            return f"mapping a=1 rest={rest}"
        case [first, *others]:
            return f"sequence first={first} others={others}"
        case int(n) | float(n):
            return f"number {n}"
        case tuple():
            return "empty tuple"
        case _:
            return "other"
for v in [MyMap({"a": 1, "b": 2}), MySeq(1, 2, 3), deque([4, 5]), Counter("aab"), OrderedDict(a=1),
          "str", b"bytes", bytearray(b"x"), memoryview(b"ab"), (), 3, 2.5, range(0), range(2), {"a": 2}, [None]]:
    print(type(v).__name__, "->", m(v))
Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("namedtuple kw", yy)
match Pt(1, 2):
    case Pt(a, b):
        print("namedtuple positional", a, b)
match Pt(1, 2):
    case (a, b):
        print("as sequence", a, b)
class Sub(int):
    pass
match Sub(5):
    case int(v):
        print("int subclass self match", v, type(v).__name__)
match {"x": [1, {"y": (2, 3)}]}:
    case {"x": [_, {"y": (a, b) as pair}]}:
        print("deep", a, b, pair)
def classify(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click out of bounds"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key"}:
            return "special key"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (-1, 2)}, {"type": "key", "key": "a"},
          {"type": "key", "key": "F1"}, {"type": "scroll"}, {"pos": 1}, "x"]:
    print(classify(e))
v = 3
match v:
    case 1 | 2:
        print("small")
    case x if x > 2:
        print("guard bound", x)
print(x)
match (1, 2):
    case [a, b] if (c := a + b) > 2:
        print("walrus in guard", c)
