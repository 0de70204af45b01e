# Generators used as coroutines, pipelines and context-managed resources.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total, count
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("running average:", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

def delegate():
    result = yield from averager()
    print("delegate got", result)
    yield "after"

d = delegate()
next(d)
d.send(4)
d.send(8)
print(d.send(None))

def tracker(log):
    try:
        while True:
            item = yield
            log.append(item)
    except GeneratorExit:
        log.append("closed")
        raise
    finally:
        log.append("finally")

log = []
t = tracker(log)
next(t)
t.send("a")
t.send("b")
t.close()
t.close()
print(log)

def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("recovered from", e)

r = resilient()
print(next(r), r.throw(ValueError("bad input")), r.throw(ValueError("again")))
try:
    r.throw(KeyError, "k")
except KeyError as e:
    print("KeyError escaped:", e)
print(r.gi_frame is None, next(r, "exhausted"))

def chunks(iterable, size):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk.clear()
    if chunk:
        yield tuple(chunk)

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(chunks(range(7), 3)), list(flatten([1, [2, (3, [4])], [], 5])))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
print(list(countdown(3)), [*countdown(2)], sum(countdown(4)))
