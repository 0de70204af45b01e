# graphlib: the groups of get_ready, the cycles found, the errors, over
# many small random graphs
import random, graphlib
from graphlib import TopologicalSorter, CycleError

rng = random.Random(11)
for trial in range(60):
    n = rng.randrange(1, 8)
    ts = TopologicalSorter()
    edges = []
    for _ in range(rng.randrange(10)):
        node = rng.randrange(n)
        preds = [rng.randrange(n) for _ in range(rng.randrange(3))]
        if trial % 3 == 0:
            preds = [p for p in preds if p < node]
        ts.add(node, *preds)
        edges.append((node, preds))
    try:
        ts.prepare()
        steps = []
        while ts.is_active():
            group = ts.get_ready()
            steps.append(group)
            ts.done(*group[::-1])
        print(trial, edges, "->", steps)
    except CycleError as e:
        print(trial, edges, "->", e.args, "ready:", ts.get_ready())

print(list(TopologicalSorter({"b": "a", "c": "b", "a": ""}).static_order()))
print(list(TopologicalSorter({None: [0], 0: []}).static_order()))
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [4], 4: [2]}).static_order())
except CycleError as e:
    print(type(e).__mro__[1].__name__, e, e.args[1])

ts = TopologicalSorter({"x": ["y"]})
for call in (ts.get_ready, ts.is_active, lambda: ts.done("x"), lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add("z"), lambda: ts.done("q"), lambda: ts.done("x")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready(), bool(ts), ts.get_ready())
ts.done("y")
try:
    ts.done("y")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("x")
print(ts.is_active(), TopologicalSorter[int])
