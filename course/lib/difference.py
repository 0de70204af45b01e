"""difference.py - where two trees first differ, said in a student's terms.

first(want, got, ignore) walks the expected tree in order and returns the
first place where `got` differs, as (path, expected, found), or None.  Maps
are compared by the expected keys (a stage may write keys of its own, as
readers ignore unknown keys, docs/formats.md §2); keys in `ignore` are
skipped everywhere.  Values differ if their types differ, so True is not 1.
"""

MISSING = object()


class Kind(str):
    """A node's kind, shown as a name: BinOp, not 'BinOp'."""
    __repr__ = str.__str__


def first(want, got, ignore=frozenset(), path=()):
    if isinstance(want, dict) and isinstance(got, dict):
        for key, item in want.items():
            if key in ignore:
                continue
            found = first(item, got.get(key, MISSING), ignore, path + (key,))
            if found:
                return found
        return None
    if isinstance(want, list) and isinstance(got, list):
        for i, (a, b) in enumerate(zip(want, got)):
            found = first(a, b, ignore, path + (i,))
            if found:
                return found
        if len(want) != len(got):
            i = min(len(want), len(got))
            return (path + (i,),
                    want[i] if i < len(want) else MISSING,
                    got[i] if i < len(got) else MISSING)
        return None
    if type(want) is not type(got) or want != got:
        return (path, want, got)
    return None


def path_text(path):
    text = ''
    for step in path:
        text += '[%d]' % step if isinstance(step, int) else ('.' + step if text else step)
    return text


def value_text(value, limit=70):
    """A value as a student would write it: nodes by name, long values cut."""
    if value is MISSING:
        return 'nothing'
    if isinstance(value, dict) and '_node' in value:
        text = value['_node'] + '(...)'
    elif isinstance(value, dict) and 'co_name' in value:
        text = '<code object %s>' % value['co_name']
    elif isinstance(value, (list, dict)):
        text = repr(value)
    else:
        text = repr(value) if not hasattr(value, '_fields') else str(value)
    return text if len(text) <= limit else text[:limit - 3] + '...'


def describe(found, want_root):
    """One line for a difference; names the code object it is in, if any."""
    path, want, got = found
    if path and path[-1] == '_node':         # a node of another kind: name both
        path, want, got = path[:-1], Kind(want), Kind(got)
    where = path_text(path)
    node = want_root
    for depth, step in enumerate(path[:-1]):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and 'co_qualname' in node:
            where = "in code object '%s': %s" % (node['co_qualname'], path_text(path[depth + 1:]))
    return '%s: expected %s, got %s' % (where, value_text(want), value_text(got))
