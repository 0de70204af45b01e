"""An LRU cache built on a doubly linked list and a dict, with a decorator and statistics."""
import functools


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LRUCache:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or capacity <= 0:
            raise ValueError(f"capacity must be a positive int, not {capacity!r}")
        self.capacity = capacity
        self._map = {}
        self._root = _Node()
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self._root.next
        node.prev = self._root
        self._root.next.prev = node
        self._root.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self._map) >= self.capacity:
            oldest = self._root.prev
            self._unlink(oldest)
            del self._map[oldest.key]
            self.evictions += 1
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._root.next
        while node is not self._root:
            yield node.key
            node = node.next

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self._map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


def lru(capacity):
    def decorate(func):
        cache = LRUCache(capacity)

        @functools.wraps(func)
        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = func(*args)
                cache[args] = result
                return result

        wrapper.cache = cache
        return wrapper
    return decorate


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c))
c["a"]
c["d"] = 4
print(c, "b" in c, c.get("b", "gone"))
c["c"] = 30
print(list(c), c.evictions)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError:", e)
print(f"hits={c.hits} misses={c.misses} rate={c.hit_rate:.1%}")
for bad in (0, -1, 2.5, "3"):
    try:
        LRUCache(bad)
    except ValueError as e:
        print("ValueError:", e)


@lru(50)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("python", "python")]:
    print(f"{x!r:>9} -> {y!r:<10} {edit_distance(x, y)}")
ec = edit_distance.cache
print(edit_distance.__name__, len(ec), ec.evictions > 0, f"{ec.hit_rate:.2f}")
