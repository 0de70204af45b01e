"""heapq: a priority queue kept in a plain list, as documented for CPython's
heapq module.

The list is a binary min-heap: heap[i] <= heap[2*i + 1] and
heap[i] <= heap[2*i + 2] wherever those exist, so heap[0] is the smallest
item.  Items are compared with < only.

The list ends up in exactly the order CPython leaves it in, because the
two ways of restoring the heap are CPython's algorithm:
  - an item added at the bottom rises while it is smaller than its parent;
  - an item put at a position to sink first walks the hole it leaves down
    to a leaf, always through the smaller child (the right one when the
    left is not smaller), and then rises from there (Floyd's trick: fewer
    comparisons, since an item taken from the bottom usually belongs near
    the bottom).
nsmallest, nlargest and merge give the results their documentation
promises (those of sorted(), which is stable)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _must_be_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError("%s must be list, not %s" % (what, type(heap).__name__))


def _rise(heap, stop, pos):
    """Moves heap[pos] up towards the root (no higher than stop)."""
    item = heap[pos]
    while pos > stop:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if not item < above:
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def _sink(heap, pos):
    """Moves heap[pos] down to its place below pos (see the module doc)."""
    size = len(heap)
    item = heap[pos]
    top = pos
    child = 2 * pos + 1
    while child < size:
        if child + 1 < size and not heap[child] < heap[child + 1]:
            child += 1
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, top, pos)


def heappush(heap, item):
    """Adds item to the heap."""
    _must_be_list(heap, "heappush() argument 1")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the smallest item of the heap."""
    _must_be_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (in one step); the result
    may be larger than item."""
    _must_be_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest item (in one step); the result
    is never larger than item."""
    _must_be_list(heap, "heappushpop() argument 1")
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(x):
    """Rearranges the list x into a heap, in linear time."""
    _must_be_list(x, "heapify() argument")
    # the leaves are heaps already; sink every parent, bottom up
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos)


def nsmallest(n, iterable, key=None):
    """The n smallest items: the same list as sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: the same list as
    sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    iterator = iter(iterable)
    if n <= 0:
        return []
    if key is None:
        key = _same
    # Keep the n best seen so far in a heap whose root is the worst of
    # them, each as [rank, arrival, item]: a later item that ranks equal
    # never displaces an earlier one, as in a stable sort.
    kept = []
    arrival = 0
    for item in iterator:
        rank = key(item)
        if largest:
            entry = [rank, -arrival, item]
        else:
            entry = [_Reversed(rank), -arrival, item]
        arrival += 1
        if len(kept) < n:
            heappush(kept, entry)
        elif kept[0] < entry:
            heapreplace(kept, entry)
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]


def _same(item):
    return item


class _Reversed:
    """A key that orders the other way round."""
    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (of the items in the
    order sorted() would give them, items from earlier inputs first among
    equals).  reverse=True: the inputs are sorted largest first."""
    if key is None:
        key = _same
    # one [rank, input number, item, iterator] entry per unfinished input
    heap = []
    for number, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for item in iterator:
            rank = _Reversed(key(item)) if reverse else key(item)
            heap.append([rank, number, item, iterator])
            break
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = _Reversed(key(item)) if reverse else key(item)
            entry[2] = item
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)
    if heap:
        rank, number, item, iterator = heap[0]
        yield item
        yield from iterator
