# timeit with a timer of its own (so that the times are known): autorange tries 1, 2, 5, 10, ... up to 0.2 s (with its callback); timeit and repeat with string and callable statements; setup runs before each timing, in the same local namespace as stmt (its names do not leak into globals); this module's globals by default; bad statements
import timeit

runs = 0
def work():
    global runs
    runs += 1
def clock():
    return runs / 1000          # each run of work() "takes" a millisecond

t = timeit.Timer(work, timer=clock)
print(t.autorange(lambda number, seconds: print("tried", number, round(seconds, 6))))
print(t.autorange())
print(round(t.timeit(30), 6), [round(s, 6) for s in t.repeat(3, 7)])
print(round(timeit.timeit(work, timer=clock, number=12), 6))
print([round(s, 6) for s in timeit.repeat(work, timer=clock, repeat=2, number=4)])

setups = []
namespace = {"work": work, "setups": setups}
print(round(timeit.timeit("work(); work()", "setups.append(1)", timer=clock, number=5, globals=namespace), 6))
print(round(timeit.Timer("x.append(1); work()", "x = []", timer=clock, globals=namespace).timeit(3), 6),
      "x" in namespace, setups)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
try:
    timeit.Timer(3)
except ValueError as e:
    print("ValueError:", e)
try:
    timeit.Timer("pass", 3)
except ValueError as e:
    print("ValueError:", e)
for bad in ("x = (", "return 5", "yield"):
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)
print(timeit.timeit("sys.version; time.perf_counter", number=2) >= 0)   # (this module's globals by default)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
counter = timeit.Timer("n += 1", "n = 0", timer=clock)
print(round(counter.timeit(50), 6))
import gc
print(gc.isenabled())
