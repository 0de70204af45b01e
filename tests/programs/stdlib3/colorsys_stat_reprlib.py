# colorsys conversions, stat's mode bits and filemode, reprlib's limits, Repr subclasses and recursive_repr
import colorsys
import stat
import reprlib
from collections import deque
from array import array

colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.9, 0.1, 0.7), (0.3, 0.3, 0.6), (1.0, 0.5, 0.0)]
for rgb in colors:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hsv, hls, yiq)
    print('   back', colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
for h in [0.0, 1 / 6, 0.25, 0.5, 0.75, 0.99, 1.0, -0.25, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.2), colorsys.hsv_to_rgb(0.3, 0.0, 0.4))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(10, 20, 30))

modes = [0o100644, 0o100755, 0o040755, 0o041777, 0o120777, 0o020620, 0o060660, 0o010600,
         0o140755, 0o104755, 0o102755, 0o101644, 0o106000, 0o170777, 0, 0o7777]
for mode in modes:
    tests = [name for name in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO',
                               'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT')
             if getattr(stat, name)(mode)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), tests)
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IROTH, stat.S_IFREG, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT,
      stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_ENFMT == stat.S_ISGID, stat.S_IREAD, stat.S_IFDOOR)
print(bool(0o644 & stat.S_IWUSR), stat.S_IMODE(True))
for bad in ['x', 1.5, -1, 2 ** 40, 2 ** 64]:
    try:
        stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    stat.filemode()
except TypeError as e:
    print('TypeError:', e)
try:
    stat.S_IMODE(mode=1)
except TypeError as e:
    print('TypeError:', e)

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([]))
print(reprlib.repr('x' * 100), reprlib.repr("it's a long string with 'quotes' and \n escapes \t here"))
print(reprlib.repr(2 ** 300), reprlib.repr(-(10 ** 50)), reprlib.repr(12345))
print(reprlib.repr({n: str(n) for n in range(10)}), reprlib.repr({'b': 1, 'a': 2, 3: 4}), reprlib.repr({}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(deque(range(10))), reprlib.repr(array('i', range(10))), reprlib.repr(array('d')))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}}))
print(reprlib.repr(range(1000)), reprlib.repr(3.14159), reprlib.repr(None), reprlib.repr(b'x' * 100))


class Point:
    def __repr__(self):
        return 'Point(' + ', '.join(str(n) for n in range(30)) + ')'


class Broken:
    def __repr__(self):
        raise RuntimeError('no repr')


print(reprlib.repr(Point()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxlevel, r.maxother, r.fillvalue = 3, 10, 2, 8, '…'
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr(Point()), r.repr({1: [2, [3]]}))
r.maxlevel = 0
print(r.repr([]), r.repr([1]), r.repr({}), r.repr({1: 2}), r.repr((1, 2)), r.repr(set()), r.repr({1}))
print(sorted(vars(reprlib.Repr())), reprlib.aRepr.maxdict)


class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return '<a point>'

    def repr_TextIOWrapper(self, obj, level):
        return '<file>'


print(MyRepr().repr([Point(), Point()]), MyRepr().repr({'p': Point()}))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name}, {self.children})'


class Ring(list):
    @reprlib.recursive_repr(fillvalue='<cycle>')
    def __repr__(self):
        return 'Ring' + list.__repr__(self)


a, b = Node('a'), Node('b')
a.children.append(b)
b.children.append(a)
print(a, b)
ring = Ring([1, 2])
ring.append(ring)
print(ring, Node.__repr__.__name__, Node.__repr__.__qualname__)
