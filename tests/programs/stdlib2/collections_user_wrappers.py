# collections.UserDict, UserList, UserString: subclassed, compared, combined and copied as programs do
from collections import UserDict, UserList, UserString
import copy
class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
r = Registry(A=1); r["B"] = 2; r.update({"C": 3}, D=4)
print(r, r.data, "a" in r, "A" in r, len(r), list(r), r.get("a"), r.get("zz", 0), r.pop("a"), r, r.setdefault("e", 5), r)
print(r | {"x": 1}, {"y": 2} | r, type(r | {}).__name__, r.copy(), type(r.copy()).__name__, copy.copy(r) == r, UserDict.fromkeys("ab", 0), Registry.fromkeys("XY"))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
m = Missing(); print(m["ab"], "ab" in m, UserDict(a=1) == {"a": 1}, UserDict({"a": 1}, b=2), UserDict([("k", "v")]))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
u = UserDict(a=1); u |= {"b": 2}; print(u, isinstance(u, dict), repr(UserDict()))
try:
    u | 5
except TypeError as e:
    print("TypeError", e)

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2, 3]); s.push(4)
print(s, s[1:3], type(s[1:3]).__name__, s[0], s + [5], [0] + s, type([0] + s).__name__, s * 2, 2 * s, s == [1, 2, 3, 4], s < [2], len(s), 3 in s, s.index(3), s.count(1))
s += (9,); s *= 1; print(s, s.pop(), s.pop(0), s, list(reversed(s)), sorted(Stack([3, 1, 2])), s.copy(), type(s.copy()).__name__)
s.insert(0, "x"); s.remove("x"); s.extend(Stack([7])); s.reverse(); print(s, s.data)
s.sort(key=lambda v: -v); print(s, UserList(), UserList("abc"), UserList(UserList([1])), copy.copy(s), copy.deepcopy(s))
s[0] = 100; del s[1]; s[1:] = [0, 0]; print(s)
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
t = Shout("hello World")
print(t, repr(t), t.shout(), type(t.shout()).__name__, t.upper(), type(t.upper()).__name__, t[0], type(t[0]).__name__, t[::-1], len(t), "ell" in t, Shout("ell") in t)
print(t.split(), t.count("l"), t.count(Shout("l")), t.find("o"), t.replace("l", "L"), t.replace(Shout("o"), "0"), t.startswith("he"), t.endswith(("x", "d")), t.title(), t.center(15, "*"), t.zfill(13))
print(t + "!", "<" + t, t * 2, t == "hello World", t < "z", t == Shout("hello World"), hash(t) == hash("hello World"), t.encode(), t.join(["a", "b"]), type(t.join("ab")).__name__, t.partition(" "), t.isalpha(), UserString(5), UserString(Shout("x")))
print(Shout("%s-%d") % ("a", 1), "[%s]" % Shout("q"), "%s" % Shout("q"), int(UserString("12")), float(UserString("1.5")), t.strip("hd"), t.lstrip("h"), t.casefold(), t.swapcase(), t.removeprefix("hello "), t.format(), UserString("{x}").format_map({"x": 1}))
print(sorted([Shout("b"), Shout("a")]), t.rsplit("o", 1), t.splitlines(), t.index("W"), t.rindex("l"), t.expandtabs(), t.ljust(13, "."), t.rjust(13), t.isidentifier(), t.translate({104: "H"}), Shout.maketrans("a", "b"))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError", e)
import collections.abc
print(isinstance(UserDict(), collections.abc.MutableMapping), isinstance(Stack(), collections.abc.MutableSequence), isinstance(t, collections.abc.Sequence), UserDict.__abstractmethods__, UserList.__abstractmethods__)
for bad in [lambda: Stack([1]) < 5, lambda: Shout("a") < 1, lambda: Shout("a") + 1, lambda: 1 + Shout("a")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
