# typing at run time: Protocol and runtime_checkable, NamedTuple, TypedDict,
# calling a parameterized generic class, get_type_hints
from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, Generic, TypeVar,
                    List, Optional, get_type_hints, get_origin, get_args, Dict)


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, error)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return 'closed'


class OptedOut:
    close = None


class Unrelated:
    pass


print(isinstance(Resource(), Closable), isinstance(OptedOut(), Closable), isinstance(Unrelated(), Closable))
print(isinstance(open, Closable), Closable._is_protocol, Closable._is_runtime_protocol)


class Sized2(Protocol):
    size: int


attempt('not runtime', lambda: isinstance(Resource(), Sized2))
attempt('runtime_checkable on class', lambda: runtime_checkable(Resource))


class Implementation(Closable):
    def close(self):
        return 'impl'


print(Implementation._is_protocol, isinstance(Implementation(), Closable), Implementation().close())


class Employee(NamedTuple):
    name: str
    dept: str = 'none'
    salary: float = 0.0

    def describe(self):
        return f'{self.name} in {self.dept}'


e = Employee('ann', salary=10.5)
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(dept='ops'), e._asdict(), isinstance(e, tuple), e[0], Employee.__name__)


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int


def bad_orders():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: str


def overwrite():
    class Bad(NamedTuple):
        a: int

        def _make(cls):
            pass


attempt('order', bad_order)
attempt('orders', bad_orders)
attempt('overwrite', overwrite)
Pair = NamedTuple('Pair', [('left', int), ('right', int)])
print(Pair(1, 2), Pair.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


class Extended(Movie, total=False):
    rating: float


m = Movie(title='Heat', year=1995)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Extended.__optional_keys__))
print(sorted(Extended.__required_keys__), Extended.__annotations__, Movie.__total__, Extended.__total__)
Point = TypedDict('Point', {'x': int, 'y': int}, total=False)
print(Point(x=1), sorted(Point.__optional_keys__), Point.__total__)
attempt('isinstance TypedDict', lambda: isinstance({}, Movie))

T = TypeVar('T')


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


b = Box[int](5)
print(b.item, b.__orig_class__, get_origin(List[int]), get_args(Dict[str, int]))
print(list[int]([1, 2]), List[int], Optional[int])


def annotated(x: int, y: 'List[str]' = None) -> Optional[str]:
    return None


print(get_type_hints(annotated))
