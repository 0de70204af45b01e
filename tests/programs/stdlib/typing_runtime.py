# typing at run time: Generic subscripts, reprs of the special forms, runtime_checkable protocols, get_type_hints, NamedTuple, TypedDict, overload
from typing import TypeVar, Generic, Protocol, Optional, Union, List, Dict, Callable, Any, Tuple, cast, overload, get_type_hints, NamedTuple, TypedDict, Literal, Final, Iterator, Sequence, runtime_checkable, ClassVar
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], T, Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str], Tuple[int, ...])
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable))
def f(x: int, y: Optional[str] = None) -> List[int]: return [x]
print(get_type_hints(f), f.__annotations__, cast(int, "x"))
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P(1, 2)._asdict(), P._fields, P.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {"name": "x", "year": 1}; print(m, Movie.__annotations__)
print(Literal["a", "b"], Final[int], ClassVar[int], Any, Iterator[int], Sequence[str])
print(Optional[int] == Union[int, None], int | None, list[int], dict[str, list[int]])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), g("a"))
