import sys
print(type(sys.argv), len(sys.argv), sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
x = []
print(sys.getrefcount(x))
print(sys.getsizeof([]), sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(1.5), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(()), sys.getsizeof((1, 2)))
sys.stdout.write('direct write\n')
sys.stderr.write('err write\n')
print(sys.byteorder, sys.version_info[0], sys.version_info[:2] >= (3, 11))
