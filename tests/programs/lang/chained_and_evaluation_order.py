log = []
def v(name, value):
    log.append(name)
    return value

print(v("a", 1) < v("b", 2) < v("c", 0) < v("d", 5), log)
log.clear()
print(v("a", 1) == v("b", 1) != v("c", 2) is not None, log)
log.clear()
result = v("x", 0) or v("y", "") or v("z", "last")
print(result, log)
log.clear()
result = v("x", 1) and v("y", [0]) and v("z", 0) and v("w", 9)
print(result, log)
log.clear()
d = {}
d[v("key", "k")] = v("value", 1)
print(log)
log.clear()
items = [0, 0, 0]
items[v("index", 1)] += v("increment", 5)
print(items, log)
log.clear()
print(v("f", print)(v("arg1", 1), v("arg2", 2), sep=v("sep", "-")), log)
log.clear()
a, b = v("right1", 1), v("right2", 2)
a, b = b, a
print(a, b, log)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 99
print(i, x)
class Obj:
    pass
o = Obj()
o.n = 1
o.n += o.n * 2
print(o.n)
t = 1 if v("cond", False) else v("else", 2)
print(t, log)
print(1 < 2 > 1.5 == 1.5 in [1.5] not in [[0]], 3 > 2 > 1 > 0 > -1)
print([] or {} or 0 or None, (1, 2) and "yes", not [], not [0])
s = "abc"
print("b" in s in ["abc"], s.startswith("a") and s.endswith("c") and len(s) == 3)
