"""Pretty-printing of data structures: pprint, pformat, pp, saferepr,
isreadable, isrecursive and PrettyPrinter, laying out containers over
several lines exactly as CPython's pprint does (width 80 by default, dicts
sorted by key unless sort_dicts=False).

How a value is laid out: its one-line form (what format() returns, cut at
the depth limit) is used if it fits in the room left on the line.  If it
does not, and the value is one of the containers below (judged by its
type's __repr__, so a subclass that keeps the repr is laid out too), it is
broken up: one element (or dict entry) a line, each laid out by the same
rule with the room that is left.  A long string is cut at whitespace into
adjacent literals, bytes into 4-byte pieces.  The "allowance" passed down
is how many closing characters (brackets, a comma) will still follow the
value on its last line, so that they fit too.
"""

import collections as _collections
import functools as _functools
import re as _re
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            stream=stream, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object, dicts in their own order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive data structures."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _one_line(object)[2]


def _compare_for_sorting(a, b):
    """A cmp function for sorting values that may not be comparable with
    each other (the keys of one dict, the elements of one set): their own
    order where they have one, else by type name and then by id.  sorted()
    only asks whether a goes before b, so 0 stands for 'not before'."""
    try:
        before = a < b
    except TypeError:
        before = (str(type(a)), id(a)) < (str(type(b)), id(b))
    return -1 if before else 0


_sort_key = _functools.cmp_to_key(_compare_for_sorting)


def _entry_key(entry):
    # A dict's entries are ordered by key alone: CPython pairs the two
    # keys of key and value, but as such keys are never equal to each
    # other the values are never looked at.
    return _sort_key(entry[0])


def _pack(chunks, empty, room, last_room):
    """The reprs of chunks joined greedily, as many a piece as fit in room
    (last_room for the piece with the last chunk)."""
    pieces = []
    pending = empty
    for number, chunk in enumerate(chunks):
        limit = last_room if number == len(chunks) - 1 else room
        if len(repr(pending + chunk)) > limit:
            if pending:
                pieces.append(repr(pending))
            pending = chunk
        else:
            pending += chunk
    if pending:
        pieces.append(repr(pending))
    return pieces


def _recursion_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is final: no container inside, always readable.
_PLAIN_TYPES = frozenset({str, bytes, bytearray, float, complex, bool,
                          type(None)})

# Every word of a line with the whitespace after it (the last match of the
# pattern is always the empty string, which is dropped).
_WORD_AND_SPACE = _re.compile(r"\S*\s*")


def _repr_when_empty(layout):
    """Makes a layout show an empty value by its repr."""
    def layout_unless_empty(self, value, out, *rest):
        if value:
            layout(self, value, out, *rest)
        else:
            out.append(repr(value))
    return layout_unless_empty


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    # -- the public interface -------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        pieces = []
        self._layout(object, pieces, 0, 0, {}, 0)
        return "".join(pieces)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """The one-line form of object: (text, readable, recursive).
        Subclasses may override it to change how values are shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out over several lines ------------------------------------

    def _layout(self, object, out, indent, allowance, context, level):
        """Appends object's layout to out: its one-line form if that fits
        in the room left on the line, else what the layout of its type
        makes of it (a type without one keeps the long line)."""
        if id(object) in context:
            # Met again inside itself: a marker, and the whole is then
            # recursive and cannot be read back.
            self._recursive = True
            self._readable = False
            out.append(_recursion_marker(object))
            return
        text = self._repr(object, context, level)
        fits = len(text) <= self._width - indent - allowance
        breaker = None if fits else _breaker_for(object)
        if breaker is None:
            out.append(text)
            return
        context[id(object)] = 1
        try:
            breaker(self, object, out, indent, allowance, context, level + 1)
        finally:
            del context[id(object)]

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        # What a part is, the whole is: unreadable, recursive.
        self._readable = self._readable and bool(readable)
        self._recursive = self._recursive or bool(recursive)
        return text

    def _sorted_entries(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_entry_key)
        return list(mapping.items())

    def _extra_indent(self, out):
        # An indent of n puts n - 1 spaces after each opening bracket.
        if self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))

    def _layout_dict(self, d, out, indent, allowance, context, level):
        out.append("{")
        self._extra_indent(out)
        if d:
            self._layout_entries(self._sorted_entries(d), out, indent,
                                 allowance + 1, context, level)
        out.append("}")

    def _layout_entries(self, entries, out, indent, allowance, context,
                        level):
        """key: value lines of a mapping, the values laid out after their
        keys."""
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last = len(entries) - 1
        for position, (key, value) in enumerate(entries):
            if position:
                out.append(separator)
            key_text = self._repr(key, context, level)
            out.append(key_text + ": ")
            room_after = allowance if position == last else 1
            self._layout(value, out, indent + len(key_text) + 2, room_after,
                         context, level)

    def _layout_list(self, items, out, indent, allowance, context, level):
        out.append("[")
        self._layout_items(items, out, indent, allowance + 1, context, level)
        out.append("]")

    def _layout_tuple(self, items, out, indent, allowance, context, level):
        closing = ",)" if len(items) == 1 else ")"
        out.append("(")
        self._layout_items(items, out, indent, allowance + len(closing),
                           context, level)
        out.append(closing)

    @_repr_when_empty
    def _layout_set(self, items, out, indent, allowance, context, level):
        kind = type(items)
        if kind is set:
            opening, closing = "{", "}"
        else:
            opening, closing = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        out.append(opening)
        self._layout_items(sorted(items, key=_sort_key), out, indent,
                           allowance + len(closing), context, level)
        out.append(closing)

    def _layout_items(self, items, out, indent, allowance, context, level):
        """The elements of a sequence: one a line, or with compact=True as
        many a line as fit."""
        items = list(items)
        indent += self._indent_per_level
        self._extra_indent(out)
        newline = ",\n" + " " * indent
        full_line = self._width - indent + 1
        room = full_line
        separator = ""
        last = len(items) - 1
        for position, item in enumerate(items):
            if position == last:
                full_line -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if needed > room:
                    room = full_line
                    if separator:
                        separator = newline
                if needed <= room:
                    room -= needed
                    out.append(separator + text)
                    separator = ", "
                    continue
            out.append(separator)
            separator = newline
            self._layout(item, out, indent,
                         allowance if position == last else 1, context, level)

    @_repr_when_empty
    def _layout_str(self, text, out, indent, allowance, context, level):
        self._layout_pieces(text, self._str_pieces, out, indent, allowance,
                            level)

    def _layout_pieces(self, value, cut, out, indent, allowance, level):
        """A string or bytes cut into literals one under the other; at the
        top level in parentheses, so that the result still reads back."""
        in_parentheses = level == 1
        if in_parentheses:
            indent += 1
            allowance += 1
        pieces = cut(value, self._width - indent, allowance)
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        joined = ("\n" + " " * indent).join(pieces)
        out.append("(" + joined + ")" if in_parentheses else joined)

    @staticmethod
    def _str_pieces(text, width, allowance):
        """The reprs of the pieces a string is cut into: line by line, and
        a line too long for the width word by word."""
        pieces = []
        lines = text.splitlines(True)
        for line_number, line in enumerate(lines):
            last_line = line_number == len(lines) - 1
            last_room = width - allowance if last_line else width
            if len(repr(line)) <= last_room:
                pieces.append(repr(line))
            else:
                words = _WORD_AND_SPACE.findall(line)[:-1]
                pieces += _pack(words, "", width, last_room)
        return pieces

    def _layout_bytes(self, data, out, indent, allowance, context, level):
        if len(data) <= 4:
            out.append(repr(data))
            return
        self._layout_pieces(data, self._bytes_pieces, out, indent, allowance,
                            level)

    @staticmethod
    def _bytes_pieces(data, width, allowance):
        """The reprs of the pieces bytes are cut into: as many 4-byte
        groups as fit in the width."""
        groups = [data[start:start + 4] for start in range(0, len(data), 4)]
        # CPython keeps the allowance free only when the last group is
        # short (a length that is a multiple of 4 overruns it by design).
        last_room = width if len(data) % 4 == 0 else width - allowance
        return _pack(groups, b"", width, last_room)

    def _layout_bytearray(self, data, out, indent, allowance, context,
                          level):
        out.append("bytearray(")
        self._layout_bytes(bytes(data), out, indent + 10, allowance + 1,
                           context, level + 1)
        out.append(")")

    @_repr_when_empty
    def _layout_ordered_dict(self, d, out, indent, allowance, context,
                             level):
        name = type(d).__name__
        out.append(name + "(")
        self._layout(list(d.items()), out, indent + len(name) + 1,
                     allowance + 1, context, level)
        out.append(")")

    @_repr_when_empty
    def _layout_default_dict(self, d, out, indent, allowance, context,
                             level):
        name = type(d).__name__
        factory = self._repr(d.default_factory, context, level)
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(d, out, indent, allowance + 1, context, level)
        out.append(")")

    @_repr_when_empty
    def _layout_counter(self, counter, out, indent, allowance, context,
                        level):
        name = type(counter).__name__
        out.append(name + "({")
        self._extra_indent(out)
        self._layout_entries(counter.most_common(), out,
                             indent + len(name) + 1, allowance + 2, context,
                             level)
        out.append("})")

    def _layout_namespace(self, namespace, out, indent, allowance, context,
                          level):
        kind = type(namespace)
        name = "namespace" if kind is _types.SimpleNamespace else kind.__name__
        out.append(name + "(")
        self._layout_fields(list(vars(namespace).items()), out,
                            indent + len(name) + 1, allowance + 1, context,
                            level)
        out.append(")")

    def _layout_dataclass(self, instance, out, indent, allowance, context,
                          level):
        import dataclasses
        name = type(instance).__name__
        fields = [(field.name, getattr(instance, field.name))
                  for field in dataclasses.fields(instance) if field.repr]
        out.append(name + "(")
        # No room is kept for the closing parenthesis here: CPython's
        # layout of a dataclass does not keep it either.
        self._layout_fields(fields, out, indent + len(name) + 1, allowance,
                            context, level)
        out.append(")")

    def _layout_fields(self, fields, out, indent, allowance, context, level):
        """name=value lines of a namespace or dataclass."""
        separator = ",\n" + " " * indent
        last = len(fields) - 1
        for position, (name, value) in enumerate(fields):
            if position:
                out.append(separator)
            out.append(name + "=")
            if id(value) in context:
                out.append("...")
                continue
            self._layout(value, out, indent + len(name) + 1,
                         allowance if position == last else 1, context,
                         level)

    def _layout_chain_map(self, chain, out, indent, allowance, context,
                          level):
        maps = chain.maps
        if not maps or (len(maps) == 1 and not maps[0]):
            out.append(repr(chain))
            return
        name = type(chain).__name__
        indent += len(name) + 1
        out.append(name + "(")
        for position, mapping in enumerate(maps):
            if position:
                out.append(",\n" + " " * indent)
            last = position == len(maps) - 1
            self._layout(mapping, out, indent, allowance + 1 if last else 1,
                         context, level)
        out.append(")")

    @_repr_when_empty
    def _layout_deque(self, items, out, indent, allowance, context, level):
        name = type(items).__name__
        indent += len(name) + 1
        out.append(name + "([")
        # What follows the last element: the closing brackets, or with a
        # maxlen a comma, and the maxlen on a line of its own.
        if items.maxlen is None:
            tail, room_after = "])", allowance + 2
        else:
            maxlen = self._repr(items.maxlen, context, level)
            tail, room_after = "],\n%smaxlen=%s)" % (" " * indent, maxlen), 2
        self._layout_items(items, out, indent, room_after, context, level)
        out.append(tail)

    # -- the one-line form ----------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _PLAIN_TYPES:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = format(object, "_d") if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._container_repr(
                object, "{%s}", self._sorted_entries(object), True,
                context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._container_repr(object, "[%s]", object, False,
                                        context, maxlevels, level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._container_repr(object, template, object, False,
                                        context, maxlevels, level)
        text = repr(object)
        return text, (text and not text.startswith("<")), False

    def _container_repr(self, container, template, elements, are_entries,
                        context, maxlevels, level):
        """The one-line form of a dict, list or tuple, its elements shown
        by format(); "..." in place of them past the depth limit."""
        key = id(container)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion_marker(container), False, True
        # Each element as a list of the format() triples of its parts (a
        # dict entry has two parts, shown joined by ": ").
        context[key] = 1
        try:
            formatted = [[self.format(part, context, maxlevels, level + 1)
                          for part in (element if are_entries else (element,))]
                         for element in elements]
        finally:
            del context[key]
        text = ", ".join(": ".join(triple[0] for triple in parts)
                         for parts in formatted)
        triples = [triple for parts in formatted for triple in parts]
        if not are_entries:
            return (template % text, all(triple[1] for triple in triples),
                    any(triple[2] for triple in triples))
        # A dict's parts are combined with and/or, as CPython's are: a
        # false readability such as the '' of an empty repr comes through
        # as it is (pprint.isreadable({1: x}) is '' then, not False).
        readable, recursive = True, False
        for _, part_readable, part_recursive in triples:
            readable = readable and part_readable
            recursive = recursive or part_recursive
        return template % text, readable, recursive


def _breaker_for(object):
    """The PrettyPrinter method that lays object out over several lines:
    the one for its type's __repr__, or the field-by-field one of a
    dataclass; None if it has none."""
    method = _LAYOUTS.get(type(object).__repr__)
    if method is None and _has_generated_repr(object):
        method = PrettyPrinter._layout_dataclass
    return method


def _has_generated_repr(object):
    """Whether object is a dataclass instance shown by the __repr__ that
    @dataclass wrote (those are laid out field by field)."""
    if "dataclasses" not in _sys.modules or isinstance(object, type):
        return False
    dataclasses = _sys.modules["dataclasses"]
    if not dataclasses.is_dataclass(object):
        return False
    if not getattr(object, "__dataclass_params__").repr:
        return False
    own = getattr(type(object).__repr__, "__code__", None)
    return own is not None and own is _generated_repr_code()


_probe = []


def _generated_repr_code():
    # The code of the __repr__ that dataclasses generates, from a class made
    # once for the purpose.
    if not _probe:
        import dataclasses

        @dataclasses.dataclass
        class Probe:
            pass
        _probe.append(Probe.__repr__.__code__)
    return _probe[0]


# How each container is laid out, by the __repr__ its type has.
_LAYOUTS = {
    dict.__repr__: PrettyPrinter._layout_dict,
    list.__repr__: PrettyPrinter._layout_list,
    tuple.__repr__: PrettyPrinter._layout_tuple,
    set.__repr__: PrettyPrinter._layout_set,
    frozenset.__repr__: PrettyPrinter._layout_set,
    str.__repr__: PrettyPrinter._layout_str,
    bytes.__repr__: PrettyPrinter._layout_bytes,
    bytearray.__repr__: PrettyPrinter._layout_bytearray,
    _collections.OrderedDict.__repr__: PrettyPrinter._layout_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._layout_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._layout_counter,
    _collections.deque.__repr__: PrettyPrinter._layout_deque,
    _collections.ChainMap.__repr__: PrettyPrinter._layout_chain_map,
    _types.SimpleNamespace.__repr__: PrettyPrinter._layout_namespace,
}
