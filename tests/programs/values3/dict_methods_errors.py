d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()), d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d.pop("d"), d.pop("zz", "gone"), d.popitem(), d)
d.update({"x": 9}, y=10); d.update([("z", 11)]); print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict(zip("ab", [1, 2])), dict(a=1, **{"b": 2}))
print(d | {"new": 1}, {"a": 1} | {"a": 2}); d |= {"m": 0}; print(d)
keys = d.keys()
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}), {"a": 1}.items() <= {"a": 1, "b": 2}.items())
print(type(reversed({"a": 1, "b": 2})).__name__, list(reversed({"a": 1, "b": 2})), list(reversed(d.items()))[:1])
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, repr({}), repr({(1, 2): [3]}))
r = {}
r["self"] = r
print(r)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for expr in ['{}["missing"]', '{}.popitem()', '{}.pop("k")', 'dict([1, 2])', 'dict([(1, 2, 3)])', 'dict(1)',
             '{[]: 1}', '{}.get()', 'dict.fromkeys()', '{"a": 1} + {"b": 2}', '{"a": 1} < {"b": 2}',
             '{}.update(1)', '{}.update([1])', 'd.keys()[0]', '{(1, [2]): 3}', '{}.setdefault()',
             'dict({}, {})', '{} | []', '{}[(1,)]', 'list({}.values())[0]']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    for k in d:
        d["added" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    dd = {1: 1}
    for k in dd:
        del dd[k]
        dd[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
