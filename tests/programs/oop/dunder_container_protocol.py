class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        if not isinstance(pos, tuple):
            raise TypeError(f"grid index must be a tuple, not {type(pos).__name__}")
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} outside {self.w}x{self.h} grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self[pos]
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 2)
g[1, 0] = "#"
g[3, 1] = "@"
print(list(g), len(g), "#" in g, "?" in g, g[0, 0])
del g[1, 0]
print(list(g))
for bad in [lambda: g[9, 9], lambda: g[1], lambda: g.__delitem__((0, 0))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
class Slicer:
    def __getitem__(self, key):
        return key
s = Slicer()
print(s[1], s[1:2], s[::3], s[1, 2:3], s[...], s["k"], s[:, None])
class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d)), "2H" in d, [c for c in d if c.startswith("A")])
class Callable:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return (self.n, args, kwargs)
c = Callable()
print(c(), c(1, k=2), callable(c))
class Ctx:
    def __len__(self):
        return 5
    def __bool__(self):
        return False
print(len(Ctx()), bool(Ctx()), "yes" if Ctx() else "no")
