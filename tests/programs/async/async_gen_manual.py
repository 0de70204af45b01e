async def agen():
    yield 5
    yield 6
a = agen()
for i in range(3):
    n = a.__anext__()
    try:
        n.send(None)
    except StopIteration as e:
        print('stop', e.value)
    except StopAsyncIteration:
        print('end')
