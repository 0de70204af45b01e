# Instance layouts of classes with __slots__ and several bases: which
# combinations CPython accepts, and that instances of the accepted ones keep
# their fields apart (a class with empty __slots__ mixed into one with slots
# used to write its fields over the instance dict and crash).
import gc
import weakref


def attempt(label, make):
    try:
        result = make()
    except (TypeError, ValueError, AttributeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', result)


class Mixin:
    __slots__ = ()

    def describe(self):
        return '<%s %r>' % (type(self).__name__, self._m)


class Base:
    __slots__ = ('_m',)

    def __init__(self, m):
        self._m = m


class View(Mixin, Base):
    pass


views = [View(i) for i in range(2000)]
print(sum(v._m for v in views), views[7].describe())
views[3].extra = 'dict'          # View adds a __dict__ after Base's slot
print(views[3].__dict__, views[3]._m)
print(weakref.ref(views[5])() is views[5])
del views
gc.collect()


class ViewFirst(Base, Mixin):
    pass


print(ViewFirst(4)._m, ViewFirst.__mro__[1].__name__)


# a cycle through a slot, found by the collector
class Node(Mixin, Base):
    __slots__ = ('other',)


a, b = Node(1), Node(2)
a.other, b.other = b, a
wa = weakref.ref(a) if hasattr(Node, '__weakref__') else None
del a, b
print('collected', gc.collect() >= 2)


# slots in both bases: the layouts conflict
class Other:
    __slots__ = ('_n',)


attempt('Base + Other', lambda: type('Both', (Base, Other), {}))
attempt('Other + Base', lambda: type('Both', (Other, Base), {}))


class SubOfBase(Base):
    __slots__ = ('x',)


attempt('SubOfBase + Base', lambda: type('Ok', (SubOfBase, Base), {}).__mro__[1].__name__)
attempt('Base + SubOfBase', lambda: type('Bad', (Base, SubOfBase), {}))
attempt('SubOfBase + Other', lambda: type('Both', (SubOfBase, Other), {}))


# a plain class (with a dict) mixed with a class with slots
class Plain:
    def hello(self):
        return 'hello from %s' % type(self).__name__


class Mixed(Plain, Base):
    pass


m = Mixed(9)
m.note = 'n'
print(m._m, m.note, m.hello(), sorted(vars(m)))


class Mixed2(Base, Plain):
    __slots__ = ('y',)


m2 = Mixed2(3)
m2.y = 4
attempt('Mixed2 has no dict', lambda: m2.__dict__)
print(m2._m, m2.y)
print('Mixed2 weakref', weakref.ref(m2)() is m2)


# subclass without __slots__ of a class with __slots__
class Free(Base):
    pass


f = Free(5)
f.z = 6
print(f._m, f.z, f.__dict__)
del f._m
attempt('deleted slot', lambda: f._m)


# __slots__ naming __dict__ and __weakref__
class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__)
attempt('WithDict weakref', lambda: weakref.ref(w))


class WithWeak:
    __slots__ = ('a', '__weakref__')


ww = WithWeak()
ww.a = 1
print(weakref.ref(ww)() is ww)
attempt('WithWeak attribute', lambda: setattr(ww, 'b', 2))


class OnlyDict:
    __slots__ = ('__dict__',)


class OnlyWeak:
    __slots__ = ('__weakref__',)


class DictAndSlots(OnlyDict, Base):
    pass


d = DictAndSlots(7)
d.q = 8
print(d._m, d.q)
attempt('OnlyDict + OnlyWeak + Base',
        lambda: type('T', (OnlyDict, OnlyWeak, Base), {})(1)._m)
attempt('__dict__ twice', lambda: type('T', (OnlyDict,), {'__slots__': ('__dict__',)}))
attempt('__weakref__ twice', lambda: type('T', (OnlyWeak,), {'__slots__': ('__weakref__',)}))
attempt('WithDict + Base', lambda: type('T', (WithDict, Base), {}))


# empty __slots__ on both sides of a class with slots
class Empty2:
    __slots__ = ()


class Deep(Empty2, Mixin, SubOfBase):
    __slots__ = ('z',)

    def __init__(self):
        super().__init__(1)
        self.x, self.z = 2, 3


dp = Deep()
print(dp._m, dp.x, dp.z)
attempt('Deep has no dict', lambda: setattr(dp, 'w', 1))
attempt('Deep.__slots__ conflicts', lambda: type('C', (), {'__slots__': ('v',), 'v': 1}))


# the member descriptor refuses objects of other layouts
attempt('descriptor on other object', lambda: Base._m.__get__(Other()))
attempt('descriptor set on other object', lambda: Base._m.__set__(Other(), 1))


# __class__ assignment between compatible and incompatible layouts
class View2(Mixin, Base):
    pass


v = View(1)
v.__class__ = View2
print(type(v).__name__, v._m)
attempt('__class__ to Other', lambda: setattr(Deep(), '__class__', Other))


class SA:
    __slots__ = ('a',)


class SB:
    __slots__ = ('a',)


class SC:
    __slots__ = ('b',)


class SD:
    __slots__ = ('a', 'b')


class P1:
    pass


class P2:
    pass


def reclass(obj, cls):
    obj.__class__ = cls
    return type(obj).__name__


attempt('SA -> SB', lambda: reclass(SA(), SB))
attempt('SA -> SC', lambda: reclass(SA(), SC))
attempt('SA -> SD', lambda: reclass(SA(), SD))
attempt('P1 -> P2', lambda: reclass(P1(), P2))
attempt('P1 -> SA', lambda: reclass(P1(), SA))
attempt('Free -> Mixed', lambda: reclass(Free(1), Mixed))
attempt('View -> Free', lambda: reclass(View(1), Free))
attempt('int -> P1', lambda: reclass(1, P1))
attempt('P1 -> int', lambda: reclass(P1(), int))

# built-in bases
attempt('int slots', lambda: type('I', (int,), {'__slots__': ('a',)}))
attempt('int empty slots', lambda: type('I', (int,), {'__slots__': ()})(5) + 1)
attempt('tuple slots', lambda: type('T', (tuple,), {'__slots__': ('a',)}))
attempt('str dict slots', lambda: vars(type('S', (str,), {'__slots__': ('__dict__',)})('x')))
attempt('list slots', lambda: type('L', (list,), {'__slots__': ('a',)})([1]).__class__.__name__)
attempt('dict slots', lambda: type('D', (dict,), {'__slots__': ('a', 'b')})(x=1))


class E(Exception):
    __slots__ = ('code',)


e = E('m'); e.code = 3; e.other = 4
attempt('exception slots', lambda: (e.code, e.other, e.args))


class A:
    __slots__ = ('a',)


attempt('list + A', lambda: type('X', (list, A), {}))
attempt('A + list', lambda: type('X', (A, list), {}))
attempt('int + A', lambda: type('X', (int, A), {}))
attempt('Exception + A', lambda: type('X', (Exception, A), {}))
attempt('object + A', lambda: type('X', (object, A), {}).__mro__)


class M:
    __slots__ = ()


attempt('int + M', lambda: type('X', (int, M), {})(3) * 2)
attempt('M + int', lambda: type('X', (M, int), {})(3) * 2)
attempt('M + dict', lambda: type('X', (M, dict), {})(a=1))
attempt('dup slot', lambda: type('X', (), {'__slots__': ('a', 'a')}))
attempt('slot shadows base slot', lambda: type('X', (A,), {'__slots__': ('a',)})().__class__.__name__)
attempt('bad slot name', lambda: type('X', (), {'__slots__': ('1a',)}))
attempt('slot not str', lambda: type('X', (), {'__slots__': (1,)}))
attempt('slots str', lambda: type('X', (), {'__slots__': 'ab'}).ab)
attempt('slots dict', lambda: sorted(type('X', (), {'__slots__': {'p': 'doc p', 'q': 'doc q'}}).__dict__)[-3:])
attempt('mangled', lambda: [k for k in vars(type('X', (), {'__slots__': ('__priv',)})) if 'priv' in k])
print('done')
