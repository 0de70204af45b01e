inventory = {"apples": 3, "pears": 0}
inventory["kiwis"] = 7
print(inventory.get("apples"), inventory.get("plums"), inventory.get("plums", -1))
print(inventory.setdefault("pears", 10), inventory.setdefault("figs", 2), inventory)
print(inventory.pop("pears"), inventory.pop("nope", "default"), inventory)
try:
    inventory.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(inventory.popitem(), inventory)
inventory.update({"apples": 10}, limes=4)
inventory.update([("mangos", 1)])
print(inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items()))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict(zip("ab", [1, 2])), dict(a=1, b=2))
print(dict([("k", "v")]), dict({"a": 1}, b=2), dict(), {**{"a": 1}, "b": 2, **{"a": 3}})
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
d = {"x": 1}
d |= [("y", 2)]
print(d)
print(len(d), "x" in d, 1 in d, list(reversed(d)), d == {"y": 2, "x": 1})
copy = d.copy()
copy["z"] = 0
print(d, copy)
d.clear()
print(d)
bad = [
    lambda: {}.popitem(),
    lambda: {}["missing"],
    lambda: {[1]: 2},
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: dict(5),
    lambda: {}.get(),
    lambda: {} | [],
    lambda: {}.update(1),
    lambda: {}.fromkeys(),
    lambda: {"a": 1} < {"b": 2},
    lambda: dict({"a": 1}, {"b": 2}),
    lambda: {}.setdefault([], 1),
]
for b in bad:
    try:
        b()
    except Exception as e:
        print(type(e).__name__ + ":", e)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
