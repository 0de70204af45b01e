"""Shell-style wildcards, as CPython's fnmatch: * matches anything, ?
one character, [seq] one of seq, [!seq] one not in it."""

import re
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """True if name matches pat (case as the system's, which on Linux counts)."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def _compile(pat):
    regex = _cache.get(pat)
    if regex is None:
        regex = _cache[pat] = re.compile(translate(pat))
    return regex


def filter(names, pat):
    """The names that match pat."""
    match = _compile(posixpath.normcase(pat)).match
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def translate(pat):
    """The regular expression (as a str) for a pattern."""
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] != '.*':
                res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if not stuff:
                    res.append('(?!)')
                elif stuff == '!':
                    res.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append(f'[{stuff}]')
        else:
            res.append(re.escape(c))
    return f'(?s:{"".join(res)})\\Z'
