import inspect
def worker():
    x = yield 1
    yield x * 2
g = worker()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send(21))
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))
print(g.__name__, g.__qualname__, inspect.isgenerator(g), inspect.isgeneratorfunction(worker))
def outer():
    def inner_gen():
        yield
    return inner_gen()
print(outer().__qualname__)
ge = (i for i in range(3))
print(ge.__name__, ge.__qualname__)
print(g.gi_running, g.gi_frame, g.gi_code.co_name)
