def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()
    def peek():
        return items[-1] if items else None
    def size():
        return len(items)
    return {"push": push, "pop": pop, "peek": peek, "size": size}

s = make_stack()
for v in "abc":
    s["push"](v)
print(s["size"](), s["peek"](), s["pop"](), s["pop"](), s["size"]())
s["pop"]()
try:
    s["pop"]()
except IndexError as e:
    print("IndexError:", e)

def memoize(fn):
    cache = {}
    hits = misses = 0
    def wrapper(*args):
        nonlocal hits, misses
        if args in cache:
            hits += 1
        else:
            misses += 1
            cache[args] = fn(*args)
        return cache[args]
    def stats():
        return {"hits": hits, "misses": misses, "size": len(cache)}
    wrapper.stats = stats
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(10, 10), paths.stats())
def counter_factory():
    counters = []
    for step in (1, 2, 3):
        def make(step=step):
            total = 0
            def tick():
                nonlocal total
                total += step
                return total
            return tick
        counters.append(make())
    return counters
ticks = counter_factory()
print([t() for t in ticks], [t() for t in ticks], [t.__closure__[0].cell_contents for t in ticks])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
