# A sensor-data pipeline of generators: itertools islice/tee/chain/zip_longest/pairwise/accumulate/groupby/compress/takewhile/dropwhile/starmap/product, batching by hand, send() to a running averager, generator close/return values and yield from.
import itertools as it
import math
import operator
import random

rng = random.Random(2024)


def readings(sensor, n):
    """A noisy sine for one sensor; some readings missing (None)."""
    for t in range(n):
        value = round(20 + 5 * math.sin(t / 3) + rng.uniform(-0.5, 0.5), 2)
        yield sensor, t, None if rng.random() < 0.1 else value


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


def fill_gaps(stream):
    last = None
    for sensor, t, value in stream:
        if value is None:
            value = last
        last = value
        yield sensor, t, value


def averager():
    total = count = 0
    average = None
    try:
        while True:
            value = yield average
            if value is None:
                break
            total += value
            count += 1
            average = total / count
    finally:
        print(f"  averager closed after {count} values")
    return round(average, 3) if count else None


def delegate(values):
    result = yield from averager_driver(values)
    yield f"delegated result {result}"


def averager_driver(values):
    avg = averager()
    next(avg)
    for v in values:
        yield round(avg.send(v), 2)
    try:
        avg.send(None)
    except StopIteration as stop:
        return stop.value


merged = it.chain(readings("A", 12), readings("B", 12))
a_side, b_side = it.tee(fill_gaps(merged))
print("first three:", list(it.islice(a_side, 3)))
print("from 10 to 14:", [(s, t) for s, t, _ in it.islice(b_side, 10, 15)])

stream = list(fill_gaps(it.chain(readings("A", 24), readings("B", 24))))
for sensor, group in it.groupby(stream, key=operator.itemgetter(0)):
    values = [v for _, _, v in group]
    deltas = [round(b - a, 2) for a, b in it.pairwise(values)]
    rising = sum(1 for d in deltas if d > 0)
    peak = max(range(len(values)), key=values.__getitem__)
    print(f"{sensor}: n={len(values)} mean={sum(values) / len(values):.2f} peak@{peak} rising={rising}")
    print("   running max:", list(it.accumulate(values, max))[::6])
    print("   batches of 5:", [round(sum(b) / len(b), 1) for b in batched(values, 5)])

a_vals = [v for s, _, v in stream if s == "A"][:8]
b_vals = [v for s, _, v in stream if s == "B"][:5]
for a, b in it.zip_longest(a_vals, b_vals, fillvalue=float("nan")):
    print(f"   {a:6.2f} {b:6.2f} {'<' if a < b else '>=' if a >= b else '?'}")

hot = [v > 23 for v in a_vals]
print("hot readings:", list(it.compress(a_vals, hot)))
print("until hot:", list(it.takewhile(lambda v: v <= 23, a_vals)), "after:", len(list(it.dropwhile(lambda v: v <= 23, a_vals))))
print("scaled:", list(it.starmap(lambda v, k: round(v * k, 1), zip(a_vals[:4], it.count(1, 0.5)))))
print("grid:", ["".join(p) for p in it.product("AB", "12", repeat=1)], len(list(it.product(range(3), repeat=3))))
print("cycle:", "".join(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.combinations("abcd", 2))[:4])
print("pairs:", list(it.permutations(range(3), 2)), list(it.combinations_with_replacement("ab", 2)))
print("filterfalse:", list(it.filterfalse(None, [0, 1, "", "a", None, []])), list(it.accumulate([1, 2, 3], initial=10)))

print("averaging:")
gen = delegate([1, 2, 3, 4])
print("  ", list(gen))
avg = averager()
print("  primed:", next(avg), avg.send(10), avg.send(20))
avg.close()
print("  after close:", avg.gi_frame is None)
try:
    avg.send(1)
except StopIteration:
    print("  StopIteration from a closed generator")


def numbered(lines):
    count = 0
    try:
        for count, line in enumerate(lines, 1):
            yield f"{count:03d} {line}"
    except GeneratorExit:
        print(f"  numbered: stopped early at {count}")
        raise


g = numbered(["alpha", "beta", "gamma", "delta"])
print(next(g), next(g))
g.close()
print(list(numbered(["x"])))
gen2 = (x * x for x in range(5))
print(3 in gen2, list(gen2), sum(x for x in range(10) if x % 3), any(v is None for v in [1, None]))
try:
    next(it.islice([], 1))
except StopIteration:
    print("empty islice")
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
