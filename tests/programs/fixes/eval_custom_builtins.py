# eval/exec look builtins up in globals['__builtins__'] (a restricted dict hides the rest); the __builtins__ they add, and an imported module's, is the builtins dict.
g = {"__builtins__": {}}
for src in ["len('abc')", "__import__('os')", "[x for x in range(3)]", "(lambda: abs(-1))()"]:
    try:
        print(eval(src, g))
    except NameError as e:
        print("NameError:", e)
g2 = {"__builtins__": {"len": lambda s: 42, "range": range}}
print(eval("len('abc'), [x for x in range(2)]", g2))
exec("def f():\n    return len('x')\nr = f()", g2)
print(g2["r"])
import builtins
print(eval("abs(-3)", {"__builtins__": builtins}))
print(eval("abs(-4)", {}))
ns = {}
exec("x = min(3, 1)", ns)
print(ns["x"], type(ns["__builtins__"]).__name__)
import json
print(type(json.__builtins__).__name__, type(__builtins__).__name__, json.__builtins__ is vars(__builtins__))
