import types
class Yielder:
    def __await__(self):
        value = yield "suspend"
        return f"resumed with {value}"
async def work():
    r = await Yielder()
    return r.upper()
c = work()
print(c.send(None))
try:
    c.send("data")
except StopIteration as e:
    print("result:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
async def awaits_twice(coro):
    a = await coro
    b = await coro
async def driver():
    inner = simple()
    await awaits_twice(inner)
d = driver()
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def thrower():
    try:
        await Yielder()
    except ValueError as e:
        return f"caught {e}"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("into coro"))
except StopIteration as e:
    print(e.value)
cl = thrower()
cl.send(None)
cl.close()
print(cl.cr_frame, type(cl).__name__, cl.cr_running)
async def agen():
    yield 1
    yield 2
ag = agen()
print(type(ag).__name__, type(ag.__anext__()).__name__)
nx = ag.__anext__()
try:
    nx.send(None)
except StopIteration as e:
    print("anext value", e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def collect():
    return [x async for x in agen()]
print(run(collect()))
async def nested():
    async def inner(n):
        return n * 2
    total = 0
    for i in range(4):
        total += await inner(i)
    return total
print(run(nested()))
print(simple.__name__, type(simple).__name__, simple.__code__.co_flags & 0x80 != 0)
try:
    iter(simple())
except TypeError as e:
    print("TypeError:", e)
