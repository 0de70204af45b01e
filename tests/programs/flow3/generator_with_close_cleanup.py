class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return False
def g():
    with CM(1):
        yield 1
        yield 2
x = g()
next(x)
x.close()
y = g()
next(y)
del y
print("--")
def g2():
    with CM(2):
        yield 1
z = g2()
next(z)
try:
    z.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)
def g3():
    try:
        yield 1
    finally:
        return "from finally"
w = g3()
next(w)
print(w.close())
def g4():
    try:
        yield 1
    finally:
        yield 2
v = g4()
next(v)
try:
    v.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g5():
    yield 1
    return 2
def deleg():
    r = yield from g5()
    print("got", r)
    try:
        yield from g4()
    finally:
        print("deleg finally")
d = deleg()
print(list(d))
def infinite():
    i = 0
    while True:
        try:
            yield i
        except GeneratorExit:
            print("closing at", i)
            return
        i += 1
inf = infinite()
for v in inf:
    if v == 3:
        break
inf.close()
def gen_in_gen():
    yield [x for x in (yield "first")]
gg = gen_in_gen()
print(next(gg), gg.send([1, 2]))
squares = (i * i for i in range(5))
print(3 in squares, list(squares))
def raiser():
    yield 1
    raise KeyError("k")
try:
    for item in raiser():
        print("item", item)
except KeyError as e:
    print("KeyError", e)
def gen_throw_type():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)
t = gen_throw_type(); next(t)
print(t.throw(ValueError))
t = gen_throw_type(); next(t)
print(t.throw(ValueError("inst")))
try:
    t.throw(5)
except TypeError as e:
    print("TypeError:", e)
