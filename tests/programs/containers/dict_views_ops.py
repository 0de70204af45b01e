a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb == {"x", "y", "z", "w"}, sorted(ka - kb), ka ^ kb == {"x", "z", "w"})
print(ka, a.values(), a.items())
print("x" in ka, ("x", 1) in a.items(), ("x", 2) in a.items(), 1 in a.values())
print(ka == {"x", "y", "z"}, a.items() == {("x", 1), ("y", 2), ("z", 3)}, a.values() == a.values())
print(ka.isdisjoint({"q"}), len(ka), list(reversed(a.items())), sorted(a.items() & {("y", 2)}))
keys = a.keys()
a["new"] = 4
print(keys, len(keys))
del a["x"]
print(list(keys))
print(type(keys).__name__, type(a.values()).__name__, type(a.items()).__name__)
try:
    keys[0]
except TypeError as e:
    print(e)
print(keys.mapping if hasattr(keys, "mapping") else "")
vals = a.values()
print(sum(vals), max(vals), sorted(vals, reverse=True))
print({k: v for k, v in a.items() if v % 2 == 0})
inverted = {v: k for k, v in a.items()}
print(inverted)
print(sorted(set(a) - {"y"}), list(a.items())[0], next(iter(a.values())))
