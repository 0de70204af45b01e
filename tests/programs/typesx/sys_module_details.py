# Details of the sys module: limits and their errors, exc_info, the streams.
import sys
for v in [0, -1, "x", 1.5, None]:
    try: sys.setrecursionlimit(v); print("set", v)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), sys.maxsize == 2**63 - 1, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.sizeof_digit, sys.hash_info.modulus, sys.hash_info.width)
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.exc_info(), type(sys.argv), sys.flags.optimize, sys.version_info >= (3, 11), sys.version_info.minor)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, sys.exception() if hasattr(sys, "exception") else "no sys.exception")
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.stdin.isatty(), sys.getsizeof(10**100) > 0, sys.modules["sys"] is sys, "math" in sys.builtin_module_names)
for code in ["sys.exit(True)"]:
    try: exec(code)
    except SystemExit as e: print("exit", repr(e.code))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_repr_style)
print(sys.implementation.name == "cpython" or True, type(sys.path).__name__, sys.byteorder, sys.platform)
print(sys.stdout, sys.stderr.encoding, sys.stdin.encoding)
