def gen():
    try:
        yield 1
        yield 2
    finally:
        return "finally-return"
g = gen()
print(next(g))
try:
    g.throw(ValueError("swallowed by return"))
except StopIteration as e:
    print("StopIteration value:", e.value)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counter()
next(c)
print([c.send(None) for _ in range(3)], c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
def g3():
    yield from range(3)
    return "done"
def wrap():
    result = yield from g3()
    print("wrapped got", result)
print(list(wrap()))
