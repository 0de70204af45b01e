# functools.singledispatch and singledispatchmethod: registration by class, annotation and union, the MRO walk, the errors
from functools import singledispatch, singledispatchmethod
from typing import Union
import collections.abc as cabc

@singledispatch
def show(arg, verbose=False):
    return f'default {arg!r}'

@show.register
def _(arg: int, verbose=False):
    return f'int {arg}'

@show.register(list)
def _(arg, verbose=False):
    return f'list of {len(arg)}'

@show.register
def _(arg: float | complex):
    return f'number {arg}'

@show.register
def _(arg: Union[bytes, bytearray]):
    return f'bytes {len(arg)}'

def for_str(arg, verbose=False):
    return f'str {arg.upper()}' + (' (verbose)' if verbose else '')
show.register(str, for_str)

class MyList(list):
    pass

class Flagged(int):
    pass

print(show(1), show(True), show(Flagged(3)), show([1, 2]), show(MyList([1])), show(2.5), show(1j))
print(show(b'ab'), show(bytearray(b'x')), show('hi'), show('hi', verbose=True), show(None), show({}))
print(show.dispatch(bool).__name__, show.dispatch(str) is for_str, sorted(k.__name__ for k in show.registry))
print(show.__name__, show.__wrapped__.__name__, type(show.registry).__name__)
import re
for bad in (lambda: show(), lambda: show.register(3, for_str), lambda: show.register(lambda x: x),
            lambda: show.register(lambda x: 1, 2)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', re.sub(' at 0x[0-9a-f]+', '', str(e)))
try:
    @show.register
    def _(arg: int | 'x'):
        pass
except Exception as e:
    print(type(e).__name__, str(e)[:40])

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'unknown'
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register(str)
    def _(self, arg):
        return f'named {arg}'

s = Shape()
print(s.area(3), s.area('sq'), s.area(1.5), Shape.area.__name__)

class Calc:
    @singledispatchmethod
    @classmethod
    def parse(cls, value):
        return ('generic', cls.__name__)
    @parse.register
    @classmethod
    def _(cls, value: int):
        return ('int', value)
print(Calc.parse(5), Calc.parse('x'))

@singledispatch
def kind(x):
    return 'other'

@kind.register
def _(x: cabc.Sequence):
    return 'sequence'

class Letters(cabc.Sequence):
    def __getitem__(self, i):
        return 'abc'[i]
    def __len__(self):
        return 3

print(kind(Letters()), kind(5), kind(None), kind.dispatch(Letters).__name__)
