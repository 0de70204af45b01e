# dataclasses: fields and their options, the generated methods, slots, frozen, helpers
import copy
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, KW_ONLY, InitVar)


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)
    note: str = field(default='', metadata={'unit': 'text'})


a = Item('pen', 1.5)
b = Item('pen', 1.5, secret='other')
print(a, a == b, a is not b, a.tags is not Item('x').tags, Item.__dataclass_params__)
print([f.name for f in fields(a)], fields(Item)[4].metadata, fields(Item)[4].metadata['unit'])
print(fields(Item)[0].metadata, type(fields(Item)[4].metadata).__name__)
attempt('metadata write', lambda: fields(Item)[4].metadata.__setitem__('unit', 'y'))
print(asdict(a), astuple(a), replace(a, price=2), is_dataclass(a), is_dataclass(Item), is_dataclass(1))
attempt('missing arg', lambda: Item())
attempt('both defaults', lambda: field(default=1, default_factory=list))


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


attempt('mutable', mutable_default)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), v, Version(1)]), hash(v) == hash(Version(1, 2)))
attempt('frozen', lambda: setattr(v, 'major', 5))
print(isinstance(FrozenInstanceError(), AttributeError), Version.__dataclass_params__)


@dataclass(slots=True)
class Slim:
    x: int
    y: int = 5


s = Slim(1)
print(s, Slim.__slots__, hasattr(s, '__dict__'), Slim.__qualname__, Slim.y if hasattr(Slim, 'y') else 'slot')
attempt('new attr', lambda: setattr(s, 'z', 1))


@dataclass(frozen=True, slots=True)
class FrozenSlim:
    a: int
    b: str = 'b'


fs = FrozenSlim(3)
print(fs, copy.copy(fs), copy.deepcopy(fs) == fs, fs.__getstate__(), FrozenSlim.__slots__)


@dataclass(slots=True)
class SlimChild(Slim):
    z: int = 0


print(SlimChild(1, 2, 3), SlimChild.__slots__)


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 1


print(Options('p', verbose=True), Options('q', depth=3))
attempt('positional kw_only', lambda: Options('p', True))


@dataclass
class WithInit:
    value: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.value *= scale


print(WithInit(3, 4), [f.name for f in fields(WithInit)])


@dataclass(eq=False)
class Identity:
    x: int


print(Identity(1) == Identity(1), Identity(1).__eq__ is not None)
