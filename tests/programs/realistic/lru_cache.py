# An LRU cache built on a dict and a doubly linked list, a memoizing
# decorator that uses it, and statistics of hits and misses.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.map = {}
        self.head = Node()          # most recent after head
        self.tail = Node()          # least recent before tail
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


def memoize(capacity):
    def decorator(func):
        cache = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            value = cache.get(args, missing)
            if value is missing:
                value = func(*args)
                cache.put(args, value)
            return value
        wrapper.cache = cache
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c.get("z"), c.get("z", "default"))
c.put("d", 4)
print(c, "b" in c, len(c))
c.put("c", 30)
c.put("e", 5)
print(c, list(c.keys()))
print(f"hits={c.hits} misses={c.misses} evictions={c.evictions}")


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(2)
def slow_square(x):
    print(f"  computing {x}^2")
    return x * x


print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache))
for x in [2, 3, 2, 4, 3, 2]:
    print(x, slow_square(x))
print(slow_square.cache, slow_square.__name__)
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)
n = Node(1, 2)
try:
    n.other = 3
except AttributeError as e:
    print("slots:", e)
