# typing: how the aliases show, compare and unpack; TypeVar, Generic parameters, NewType, cast, get_type_hints
from typing import (List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterable,
                    Iterator, Sequence, Mapping, Set, FrozenSet, Type, Literal, Final, ClassVar,
                    cast, overload, get_type_hints, NamedTuple, Protocol, Annotated, NewType, TYPE_CHECKING)
import typing
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Tuple[()], Callable[[int], str])
print(Callable[..., int], Any, Literal['a', 1], Final[int], ClassVar[int], Type[int], Set[int], FrozenSet[str])
print(Union[int], Union[int, int, str], Optional[Union[int, str]], Union[int, None] == Optional[int])
print(List[int] == List[int], List[int] != List[str], hash(List[int]) == hash(List[int]))
print(typing.get_origin(List[int]), typing.get_args(Union[int, str]), typing.get_args(Callable[[int], str]))
print(Iterable[int], Iterator[str], Sequence[int], Mapping[str, int], Annotated[int, 'meta'])
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, T.__name__, K.__bound__)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack[int], Stack.__parameters__ if hasattr(Stack, '__parameters__') else '')
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, cast(int, 'x'), TYPE_CHECKING)
def f(a: int, b: 'str' = 'x') -> List[int]: return []
print(get_type_hints(f), f.__annotations__)
print(int | str, list[int], dict[str, list[int]], isinstance(1, int | str), Optional[int] | None if False else '')
print(repr(typing.Any), typing.NoReturn, typing.Union)
K2 = TypeVar('K2')
V = TypeVar('V')
class Pair(Generic[K2, V]): pass
class IntPair(Pair[int, V]): pass
class Plain(Stack): pass
print(Pair.__parameters__, IntPair.__parameters__, Plain.__parameters__, Stack.__orig_bases__)
