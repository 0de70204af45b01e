inventory = {"apples": 3, "pears": 0, "plums": 7}
for fruit in list(inventory):
    if inventory[fruit] == 0:
        del inventory[fruit]
print(inventory)
inventory["pears"] = 4
inventory["apples"] = 5
print(inventory, list(inventory.items())[-1])
del inventory["apples"]
inventory["apples"] = 1
print(list(inventory))
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
inventory["kiwis"] = 2
print(keys, values, items, len(keys), "kiwis" in keys, 2 in values, ("kiwis", 2) in items, ("kiwis", 3) in items)
print(sorted(keys), sorted(values), sorted(items, key=lambda kv: kv[1]))
print(keys == {"plums", "pears", "apples", "kiwis"}, keys - {"plums"} == {"pears", "apples", "kiwis"}, keys.isdisjoint(["x"]))
print(items & {("plums", 7)}, values == values, dict(items) == inventory, list(zip(keys, values))[:2])
print(inventory.keys().mapping if hasattr(keys, "mapping") else "", type(keys).__name__, type(values).__name__, type(items).__name__)
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}, "d": 5}
print(merged, {k: v for k, v in merged.items() if v % 2}, {v: k for k, v in merged.items()})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"].get("q", {}).get("r", "default"))
copy = dict(nested)
copy["x"]["y"]["z"] = 99
print(nested["x"]["y"]["z"], copy is nested, copy == nested)
d = dict.fromkeys(range(5), 0)
for i in range(0, 5, 2):
    d.pop(i)
d[10] = 1
print(d, next(iter(d)), next(reversed(d)), list(d.items())[::-1])
try:
    values & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
