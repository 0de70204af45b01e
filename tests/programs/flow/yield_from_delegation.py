def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer received", result)
    yield "outer-done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("exhausted")

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), {"k": 0})))

def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
    finally:
        print("sub finally")

def delegator():
    yield from sub()
    yield "after"

d = delegator()
print(next(d))
print(d.throw(ValueError))
print(next(d))
d2 = delegator()
next(d2)
d2.close()
def gen_return_value():
    r = yield from (i for i in range(2))
    yield r
print(list(gen_return_value()))
