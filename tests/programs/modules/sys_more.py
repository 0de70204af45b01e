import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.argv).__name__, len(sys.argv))
print(sys.getrecursionlimit(), sys.byteorder, sys.version_info[0], sys.version_info >= (3, 11), sys.version_info.major, sys.version_info.minor)
print(isinstance(sys.getrefcount(object()), int), sys.getsizeof([]) > 0, sys.getsizeof(1) == sys.getsizeof(2))
print(sys.platform, sys.implementation.name != '', 'sys' in sys.modules, sys.stdin is not None, sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit > 0, type(sys.path).__name__, sys.modules['__main__'].__name__, __name__)
sys.stderr.write('err line\n')
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
