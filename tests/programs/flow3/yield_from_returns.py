def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(3)
    print("inner returned", b)
    return a + b

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print("outer returned", e.value)

def delegate_list():
    r = yield from [1, 2, 3]
    print("list gives", r)
    r = yield from "ab"
    return r
print(list(delegate_list()))

def sub():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "caught KeyError in sub"
    finally:
        print("sub finally")
def main():
    yield from sub()
    yield "main done"
m = main()
print(next(m), m.throw(KeyError), next(m))
m2 = main()
next(m2)
m2.close()
print("closed")
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(2), (x * x for x in range(3)), {"k": 1})))
def gen_ret():
    return 7
    yield
def wrap():
    v = yield from gen_ret()
    yield v
print(list(wrap()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
