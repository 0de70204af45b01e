# functools.partialmethod: plain functions, classmethods, staticmethods, callables without __get__
from functools import partialmethod, partial
import re
class Shout:
    def __call__(self, who, word):
        return f'{type(who).__name__} says {word}'
class C:
    def set(self, v, *, flag=False): return (v, flag)
    on = partialmethod(set, True)
    off = partialmethod(set, False, flag=True)
    both = partialmethod(off, flag=False)
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    mk = partialmethod(make, 1)
    st = partialmethod(staticmethod(lambda a, b: a + b), 10)
    called = partialmethod(Shout(), 'hi')
print(C().on(), C().off(), C().both(), C.mk(2), C().mk(3), C().st(5), C.st(1))
print(re.sub(' at 0x[0-9a-f]+', '', repr(C.__dict__['on'])), re.sub(' at 0x[0-9a-f]+', '', repr(C.__dict__['off'])))
print(C.on(C()), type(C.on).__name__, type(C().on).__name__, C().on.__self__.__class__.__name__)
print(C().called(), C.called(C()))
try:
    partialmethod(5)
except TypeError as e:
    print(e)
