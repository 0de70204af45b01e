print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
print(all([]), all([1, 0]), any([]), any([0, '', None, 1]))
print(ascii('abc'), ascii('ü'), ascii(['é']), bin(0), oct(-8), hex(0))
print(callable(len), callable(1), chr(97), ord('a'), ord('€'))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(list(enumerate(['a', 'b'], start=10)), list(filter(None, [0, 1, '', 'a', None])))
print(format(255, 'x'), format('s'), format(3.5), hash(42), hash(True))
print(isinstance(1, (str, int)), isinstance('a', (list, (tuple, str))), issubclass(int, (str, object)))
print(len('abc'), len([1]), len({}), len(range(10)), len(b'ab'))
print(max([1, 5, 3]), max(1, 5, 3), max('abc', key=ord), max([], default=None), max([1, -5], key=abs))
print(min([4, 2, 8]), min('zyx'), min([], default='empty'), min(3, 1, key=lambda x: -x))
print(next(iter([1])), pow(2, 8), pow(2.0, -1), round(7.567, 1), round(7), round(-7.5))
print(repr('x'), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed('ab')), list(reversed((1, 2))))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1, 0.2]), sum(range(101)))
print(sorted([3, 1, 2]), sorted('cba', reverse=True), list(zip([1, 2, 3], 'ab')), list(zip()), list(map(pow, [2, 3], [3, 2])))
print(type(1), type('a'), type([]), type(None).__name__, type(type))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
