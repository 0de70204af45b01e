# graphlib: static_order and get_ready/done in CPython order, CycleError
from graphlib import TopologicalSorter, CycleError
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"d": ["b", "c"], "c": ["a"], "b": ["a"]}).static_order()))
ts = TopologicalSorter(); ts.add(3, 2, 1); ts.add(7); ts.add(2, 1); print(tuple(ts.static_order()))
ts = TopologicalSorter({"shirt": ["undershirt"], "tie": ["shirt"], "jacket": ["tie", "belt"], "belt": ["pants"], "pants": ["undershorts"], "shoes": ["socks", "pants"]})
ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print(ready); ts.done(*ready)
try: list(TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except CycleError as e: print(e.args)
ts = TopologicalSorter(); ts.add("x")
try: ts.done("x")
except ValueError as e: print(e)
