# typing (NamedTuple, TypedDict, Generic, Protocol, get_type_hints, annotation reprs), abc (abstractmethod, register), contextlib helpers
import typing
from typing import NamedTuple, TypedDict, Generic, TypeVar, Protocol, runtime_checkable, Optional, Union, Callable, Any, Literal, get_type_hints, get_origin, get_args
import abc
from abc import ABC, ABCMeta, abstractmethod
import contextlib
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, redirect_stderr, closing, nullcontext
import io
import sys

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults, Point.__annotations__, Point(1), isinstance(p, tuple))
print(Point._make([5, 6]), p[0], len(p), p == (3, 4), Point.__doc__ if False else "")
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)

class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m: Movie = {"title": "x", "year": 1}
print(m, Movie(title="t", year=2), Movie.__required_keys__ == frozenset({"title", "year"}), Partial.__optional_keys__, Movie.__total__, Partial.__total__, sorted(Movie.__annotations__))
class Both(Movie, Partial):
    extra: bool
print(sorted(Both.__required_keys__), sorted(Both.__optional_keys__), type(Movie(title="a", year=1)))

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=int)
print(T, repr(K), N.__bound__, K.__constraints__, T.__name__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box[int], Box.__parameters__, Box[str].__args__, get_origin(Box[int]) is Box, Box.__mro__[1:])
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair[bytes, list[int]])
for bad in [lambda: Box[int, str], lambda: Box[()], lambda: Pair[int], lambda: typing.Generic[int], lambda: Box[int][str], lambda: typing.Protocol[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class IntBox(Box[int]):
    pass
try:
    IntBox[int]
except TypeError as e:
    print("TypeError", e)
V = TypeVar("V")
print(Pair[str, V][int], Pair[K, list[T]], Pair[K, typing.List[T]][bytes, float], typing.Dict[K, T][str, int], typing.List[T][int], IntBox.__parameters__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self):
        pass
print(isinstance(Res(), Closer), isinstance(1, Closer), issubclass(Res, Closer), issubclass(int, Closer))
@runtime_checkable
class HasData(Protocol):
    size: int
    def grow(self): ...
for bad in [lambda: issubclass(Res, HasData), lambda: issubclass(1, Closer)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class NotRuntime(Protocol):
    def meth(self): ...
try:
    isinstance(Res(), NotRuntime)
except TypeError as e:
    print("TypeError", e)

print(list[int] | None, Optional[int], Union[int, str], Union[int], Union[int, None, str], Optional[Union[int, str]])
print(dict[str, list[int]], tuple[int, ...], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], typing.List[int], typing.Dict[str, int])
print(type[int], int | str, (int | str) | None, typing.Tuple[()], tuple[()], typing.Set, typing.Sequence[int], typing.Iterator[str], typing.Type[int])
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int | str), get_args(Literal[1, 2]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], int | None == Optional[int], typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int])
print(repr(typing.Annotated[int, "meta"]), typing.get_type_hints(Point), typing.Union[list[int], dict[str, int]])
def f(a: int, b: "str" = "x", *args: float, c: Optional[list[int]] = None, **kw: bool) -> dict[str, int]:
    pass
print(get_type_hints(f), f.__annotations__)
class Annotated_:
    x: int
    y: list[str]
    z: "Annotated_ | None"
print(get_type_hints(Annotated_), Annotated_.__annotations__)
print(typing.cast(int, "s"), typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), typing.NewType("UserId", int))
UserId = typing.NewType("UserId", int)
print(UserId, UserId.__supertype__, UserId(3) + 1, UserId.__name__, UserId.__module__, UserId | None, int | UserId)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError", e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Square(3).describe(), Shape.__abstractmethods__ == frozenset({"area", "name"}), Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw") or NotImplemented
        return NotImplemented
class Canvas:
    def draw(self):
        pass
print(isinstance(Canvas(), Drawable), issubclass(int, Drawable))
class Sized_(ABC):
    pass
Sized_.register(list)
@Sized_.register
class Mine:
    pass
print(isinstance([], Sized_), issubclass(Mine, Sized_), isinstance((), Sized_), Mine.__name__, abc.get_cache_token() is not None)
class WithStatic(ABC):
    @staticmethod
    @abstractmethod
    def make(): ...
    @classmethod
    @abstractmethod
    def build(cls): ...
print(sorted(WithStatic.__abstractmethods__))

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("boom")
try:
    with tag("u"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)
@tag("deco")
def decorated():
    print("in decorated")
decorated()
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with suppress(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("not suppressed", e)
with suppress(ExceptionGroup if False else KeyError):
    {}["x"]
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
    help_text = "x"
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print("err", file=sys.stderr)
print(repr(ebuf.getvalue()))
class Thing:
    def close(self):
        print("closed thing")
with closing(Thing()) as th:
    print(type(th).__name__)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran", 1)
    print(names)
with ExitStack() as stack:
    stack.push(lambda *exc: print("exit cb", exc[0].__name__ if exc[0] else None) or True)
    raise RuntimeError("swallowed")
print("after stack")
def cleanup(stack_name):
    print("cleanup", stack_name)
with ExitStack() as outer:
    outer.callback(cleanup, "outer")
    inner = outer.pop_all()
print("outer closed")
inner.close()
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("CM exit")
with CM() as cm:
    print(type(cm).__name__)
class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False
@Reusable()
def work():
    print("working")
work()
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with contextlib.chdir(".") if hasattr(contextlib, "chdir") else nullcontext():
    pass
class Later(ABC):
    @abstractmethod
    def run(self): ...
Later.run = lambda self: "ran"
print(Later.__abstractmethods__, abc.update_abstractmethods(Later) is Later, Later.__abstractmethods__, Later().run())
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
