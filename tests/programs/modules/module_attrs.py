import math, sys
print(type(math).__name__, math.__name__, sys.__name__, __name__, type(__builtins__).__name__ in ('module', 'dict'))
print(repr(sys), hasattr(math, 'sqrt'), 'sqrt' in dir(math), callable(math.sqrt))
from math import sqrt as s, pi
print(s(9), pi)
import math as m2
print(m2 is math, m2.sqrt is math.sqrt)
try:
    math.nonexistent
except AttributeError as e:
    print(e)
def f():
    import math
    return math.floor(1.5)
print(f())
print(__doc__, __file__.endswith('module_attrs.py'))
