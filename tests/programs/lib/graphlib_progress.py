# graphlib: is_active() (and bool) through the life of a sorter - before
# prepare, with nodes ready, handed out, partly done, done - and after a
# done() call that fails part-way (the nodes before the bad one count).
import graphlib

ts = graphlib.TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
try:
    ts.is_active()
except ValueError as exc:
    print("ValueError", exc)
ts.prepare()
print(ts.is_active(), bool(ts))
first = ts.get_ready()
print(first, ts.is_active(), ts.get_ready(), ts.is_active())
ts.done(*first)
second = ts.get_ready()
print(second, ts.is_active())
try:
    ts.done(second[0], "zz")
except ValueError as exc:
    print("ValueError", exc)
print(ts.is_active(), ts.get_ready())
try:
    ts.done(second[0])
except ValueError as exc:
    print("ValueError", exc)
ts.done(second[1])
third = ts.get_ready()
print(third, ts.is_active())
ts.done(*third)
print(ts.is_active(), bool(ts), ts.get_ready())

empty = graphlib.TopologicalSorter()
empty.prepare()
print(empty.is_active(), empty.get_ready(), list(graphlib.TopologicalSorter().static_order()))

lone = graphlib.TopologicalSorter()
lone.add(1)
lone.add(2, 1)
lone.add(2, 1)          # twice: 2 waits for 1 twice, and 1's done() covers both
lone.prepare()
print(lone.get_ready(), lone.is_active())
lone.done(1)
print(lone.get_ready(), lone.is_active())
lone.done(2)
print(lone.is_active())
