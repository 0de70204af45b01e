# generator and coroutine attributes: gi_running, gi_code, gi_frame (its line), the inspect states; code attributes of functions
import inspect
def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_code.co_name, it.gi_frame is not None, inspect.getgeneratorstate(it))
next(it); print(inspect.getgeneratorstate(it), it.gi_frame.f_lineno)
list(it); print(inspect.getgeneratorstate(it), it.gi_frame)
async def c(): pass
co = c(); print(co.cr_running, co.cr_code.co_name, inspect.getcoroutinestate(co)); co.close()
print(g.__name__, g.__qualname__, g.__code__.co_varnames, g.__code__.co_argcount, g.__defaults__, g.__module__)
def h(a, b=2, *c, d, **e): x = 1
print(h.__code__.co_varnames, h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__code__.co_nlocals, h.__defaults__, h.__kwdefaults__, h.__code__.co_flags & 0xf)
