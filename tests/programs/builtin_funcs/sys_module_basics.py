import sys
print(sys.argv[0].endswith("sys_module_basics.py"), len(sys.argv))
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.version.startswith("3.11"))
print(sys.getrecursionlimit(), type(sys.getrefcount(object())).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit if False else "", sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.getsizeof(0) > 0, isinstance(sys.getsizeof([]), int))
print(sys.stdout is sys.__stdout__, sys.stderr.write("err line\n"))
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(type(sys.path).__name__, sys.executable != "", sys.implementation.name != "")
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info()[0])
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
sys.stdout.flush()
