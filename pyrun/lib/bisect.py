"""bisect: binary search in sorted sequences, as documented for CPython's
bisect module.

bisect_left(a, x) and bisect_right(a, x) say where x would go in the
sorted a[lo:hi]: before the items equal to x, or after them.
insort_left and insort_right put x there.  A key function, if given, is
applied to the items of a (never to x) before comparing; insort applies
it to x too, since x is an item."""

__all__ = ["bisect", "bisect_left", "bisect_right",
           "insort", "insort_left", "insort_right"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:      # -1 also means "to the end", as in C
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The first index i in [lo, hi] with a[i] >= x (x goes before equals)."""
    lo, hi = _bounds(a, lo, hi)
    # invariant: everything left of lo is < x, everything from hi on is not
    while lo < hi:
        middle = (lo + hi) // 2
        item = a[middle] if key is None else key(a[middle])
        if item < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The first index i in [lo, hi] with a[i] > x (x goes after equals)."""
    lo, hi = _bounds(a, lo, hi)
    # invariant: nothing left of lo is > x, everything from hi on is
    while lo < hi:
        middle = (lo + hi) // 2
        item = a[middle] if key is None else key(a[middle])
        if x < item:
            hi = middle
        else:
            lo = middle + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a, before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a, after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
