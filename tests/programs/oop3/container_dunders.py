class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of grid")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [f"slice({key.start}, {key.stop}, {key.step})"]
        raise TypeError(f"bad key type: {type(key).__name__}")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __reversed__(self):
        return iter(["reversed!"])

g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print(list(g))
print("#" in g, "x" in g, len(g))
print(g[1:2], g[::3], g[1:])
del g[0, 0]
print(list(g), list(reversed(g)))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
try:
    g["a"]
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s)
for x in s:
    print(x, end=" ")
print()
print(list(reversed([1,2])))
try:
    reversed(s)
except TypeError as e:
    print("TypeError:", e)

class Sized:
    def __len__(self):
        return -1
try:
    len(Sized())
except ValueError as e:
    print("ValueError:", e)
class Big:
    def __len__(self):
        return 2**70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)

class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["zz"], m.get("q"), "zz" in m)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    5[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del object()[0]
except TypeError as e:
    print("TypeError:", e)
