def worker():
    print("start")
    try:
        while True:
            try:
                job = yield
                print("job", job)
            except ValueError as e:
                print("recovered from", e)
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad job"))
w.send(2)
w.close()
w.close()
try:
    w.send(3)
except StopIteration:
    print("stopped")

def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = refuses()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def returns():
    yield 1
    return "result"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

g = returns()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("thrown into unstarted:", e)
print(list(g))

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            yield f"caught {e!r}"
c = catcher()
next(c)
print(c.throw(TypeError("t")))
try:
    c.send(5)
except Exception:
    pass
gen = (x for x in range(3))
print(next(gen))
gen.close()
print(list(gen))
