"""Size-limited reprs, as CPython's reprlib: Repr (its max* limits and
fillvalue, its repr_TYPENAME methods that a subclass can add to), the
module's repr() (a Repr with the default limits) and the recursive_repr()
decorator."""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: a call that comes back to the same object in
    the same thread (a container holding itself) gives fillvalue."""

    def decorate(user_repr):
        running = set()     # (id of the object, thread) of the calls under way

        def wrapper(self):
            key = (id(self), get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_repr(self)
            finally:
                running.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__', '__annotations__'):
            setattr(wrapper, name, getattr(user_repr, name, None))
        return wrapper

    return decorate


def _shortened(text, room, fillvalue):
    """text with its middle replaced by fillvalue if longer than room: the
    head takes half of what is left beside 3 characters, the tail the rest."""
    if len(text) <= room:
        return text
    head = max(0, (room - 3) // 2)
    tail = max(0, room - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


# the documented defaults, in the order CPython's Repr sets them (vars() shows it)
_DEFAULT_LIMITS = (('fillvalue', '...'), ('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6),
                   ('maxarray', 5), ('maxdict', 4), ('maxset', 6), ('maxfrozenset', 6),
                   ('maxdeque', 6), ('maxstring', 30), ('maxlong', 40), ('maxother', 30))


class Repr:
    """A repr() with limits: how deep containers are shown (maxlevel), how
    many items of each kind of container, how many characters of strings,
    ints and other objects; what stands for the rest (fillvalue)."""

    def __init__(self):
        for limit, value in _DEFAULT_LIMITS:
            setattr(self, limit, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """x's repr at depth level: the method repr_TYPENAME if the class
        has one (spaces in the type's name become underscores), else
        repr_instance."""
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _items(self, x, level, opening, closing, limit, one_item_trail=''):
        """The repr of a container's items between opening and closing: at
        most limit of them, each one level deeper."""
        count = len(x)
        if level <= 0 and count:
            inside = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                shown.append(self.fillvalue)
            inside = ', '.join(shown)
            if count == 1 and one_item_trail:
                closing = one_item_trail + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array('{x.typecode}')"
        return self._items(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_sorted_if_possible(x), level, 'frozenset({', '})',
                           self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            shown.append(f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}')
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        room = self.maxstring
        text = builtins.repr(x[:room])
        if len(text) <= room:
            return text
        # cut the string, then its repr, so that escapes are not split
        head = max(0, (room - 3) // 2)
        tail = max(0, room - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _shortened(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return _shortened(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
