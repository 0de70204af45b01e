# typing: Generic classes with dataclasses, get_origin/get_args, Union normalizing, protocol checks, TypedDict forms, NewType, string annotations
from typing import *
from dataclasses import dataclass
T = TypeVar("T", bound=int)
K = TypeVar("K"); V = TypeVar("V")
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
p = Pair[str, int]("a", 1); print(p.k, p.v, Pair[str, int], p.__orig_class__)
@dataclass
class Box(Generic[T]):
    item: T
print(Box(3), Box[int](4))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(list[int]), get_args(list[int]), get_origin(int), get_args(Callable[[int], str]))
print(Union[int, str] == Union[str, int], Union[int, int], Optional[Union[int, str]], Union[int, Union[str, float]])
class SupportsClose(Protocol):
    def close(self) -> None: ...
try: isinstance(1, SupportsClose)
except TypeError as e: print(e)
class Impl(SupportsClose):
    def close(self): print("closed")
Impl().close()
Point = TypedDict("Point", {"x": int, "y": int}); print(Point(x=1, y=2), Point.__annotations__)
class Opt(TypedDict, total=False):
    a: int
print(Opt.__optional_keys__, Opt.__total__, Opt(a=1))
UserId = NewType("UserId", int); print(UserId(5), UserId.__name__)
def f(x: "int") -> "str": ...
print(get_type_hints(f))
print(T, T.__bound__, repr(K), TYPE_CHECKING)
