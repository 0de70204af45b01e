def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return total, count

avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print(e)

def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as err:
    print(err)

def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as err:
    print(err, "|", repr(err.__cause__))
print(me.gi_running, avg.gi_frame is None)
