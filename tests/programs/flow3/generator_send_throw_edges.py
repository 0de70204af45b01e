def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("reset because", e)
            total = 0
            continue
        if x is None:
            break
        total += x
    return f"final {total}"

g = accumulator()
print(next(g), g.send(5), g.send(10))
print(g.throw(ValueError("oops")))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)

g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
c = closer()
next(c)
c.close()
c.close()
print(list(c))
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "nope"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError:", e)
print(list(t))
def reraise():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("converted")
r = reraise()
next(r)
try:
    r.throw(ZeroDivisionError)
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
def bad_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
x = (i for i in range(3))
print(x.gi_running, x.gi_frame is not None)
list(x)
print(x.gi_frame)
