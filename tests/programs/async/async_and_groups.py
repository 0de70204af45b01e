async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
class Awaitable:
    def __await__(self):
        v = yield 'suspended'
        return v * 2
async def use():
    r = await Awaitable()
    return r + 1
co = use()
print(co.send(None))
try:
    co.send(20)
except StopIteration as e:
    print(e.value)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
try:
    consume().send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self):
        print('aenter'); return 'res'
    async def __aexit__(self, *a):
        print('aexit', a[0]); return False
async def withit():
    async with ACM() as r:
        print('inside', r)
    return 'done'
try:
    withit().send(None)
except StopIteration as e:
    print(e.value)
try:
    raise ExceptionGroup('many', [ValueError('a'), TypeError('b'), ValueError('c')])
except* ValueError as eg:
    print('values', eg.exceptions)
except* TypeError as eg:
    print('types', eg.exceptions)
e = ValueError('with note')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__)
eg = ExceptionGroup('grp', [KeyError(1), ValueError(2)])
print(eg, repr(eg), eg.message, eg.exceptions)
sub = eg.subgroup(lambda x: isinstance(x, ValueError))
print(repr(sub))
m, r = eg.split(KeyError)
print(repr(m), repr(r))
import sys
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
g = gen(); next(g); del g
print('after del')
print(sys.exc_info())
try:
    raise KeyError('x')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
raise ValueError('final') from KeyError('cause')
