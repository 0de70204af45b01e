class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
a.count = 100
print(a.count, b.count, Counter.count)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, type(a).__name__, a.__class__ is Counter)
print(sorted(k for k in vars(a)), sorted(k for k in Counter.__dict__ if not k.startswith('__')))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner)[:30])
print(isinstance(a, Counter), isinstance(a, object), issubclass(Counter, object), Counter.__bases__, Counter.__mro__)
a.__dict__['dyn'] = 5
print(a.dyn, getattr(a, 'dyn'), hasattr(a, 'zzz'))
del a.dyn
try:
    a.dyn
except AttributeError as e:
    print(e)
try:
    Counter.nothing
except AttributeError as e:
    print(e)
