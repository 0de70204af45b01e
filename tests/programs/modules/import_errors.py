try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(e.name, e.msg.startswith("cannot import name 'no_such_name' from 'math'"))
import math as m, sys
print(m.floor(1.5), 'sys' in sys.modules)
