# a KeyError inside a generator resumed by send()
def g():
    x = yield 1
    yield x['key']
it = g()
next(it)
it.send({})
