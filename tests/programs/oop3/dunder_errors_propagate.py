class Boom:
    def __eq__(self, o):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__
    def __repr__(self):
        return "Boom()"
b = Boom()
for name, f in [("in list", lambda: 1 in [b]), ("index", lambda: [b].index(1)), ("count", lambda: [b, b].count(2)),
                ("remove", lambda: [b].remove(3)), ("dict lookup", lambda: {b: 1}[Boom()]), ("identity ok", lambda: b in [b]),
                ("tuple eq", lambda: (b,) == (Boom(),)), ("list eq", lambda: [1, b] == [1, 2])]:
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash today")
for f in (lambda: {BadHash()}, lambda: {BadHash(): 1}, lambda: hash(BadHash()), lambda: BadHash() in {1: 2}, lambda: BadHash() in [1]):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
class BadLen:
    def __len__(self):
        raise KeyError("len")
for f in (lambda: bool(BadLen()), lambda: len(BadLen()), lambda: not BadLen(), lambda: list(BadLen()) if False else "skip"):
    try:
        print(f())
    except KeyError as e:
        print("KeyError:", e)
class BadIter:
    def __iter__(self):
        yield 1
        raise OSError("iter broke")
for f in (lambda: list(BadIter()), lambda: sum(BadIter()), lambda: sorted(BadIter()), lambda: dict.fromkeys(BadIter()), lambda: " ".join(map(str, BadIter()))):
    try:
        print(f())
    except OSError as e:
        print("OSError:", e)
class BadLt:
    def __lt__(self, o):
        raise TypeError("cannot order")
try:
    sorted([BadLt(), BadLt()])
except TypeError as e:
    print("TypeError:", e)
try:
    max(BadLt(), BadLt())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
for f in (lambda: repr([BadRepr()]), lambda: str({1: BadRepr()}), lambda: f"{BadRepr()!r}", lambda: "%r" % BadRepr(), lambda: print(BadRepr())):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
