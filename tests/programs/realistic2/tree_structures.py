"""A binary search tree and an n-ary file tree with iteration, recursion and dunders."""


class BST:
    class _Node:
        __slots__ = ("key", "value", "left", "right")

        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = self._Node(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, value))
                self.size += 1
                return
            node = child

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __len__(self):
        return self.size

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {self[k]!r}" for k in self) + "})"


t = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(t)
print(len(t), t.height(), "fox" in t, "cat" in t, t["quick"], list(t)[:3])
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)


class Entry:
    def __init__(self, name, size=0, children=None):
        self.name = name
        self.size = size
        self.children = children

    @property
    def is_dir(self):
        return self.children is not None

    def total(self):
        if not self.is_dir:
            return self.size
        return sum(c.total() for c in self.children)

    def walk(self, prefix=""):
        path = f"{prefix}/{self.name}" if prefix else self.name
        yield path, self
        for c in self.children or ():
            yield from c.walk(path)

    def render(self, indent=0):
        mark = "/" if self.is_dir else f" ({self.size:,} B)"
        lines = ["  " * indent + self.name + mark]
        for c in sorted(self.children or (), key=lambda e: (not e.is_dir, e.name)):
            lines.extend(c.render(indent + 1))
        return lines


root = Entry("root", children=[
    Entry("docs", children=[Entry("guide.md", 12000), Entry("api.md", 48000)]),
    Entry("src", children=[
        Entry("main.py", 3400),
        Entry("util", children=[Entry("text.py", 900), Entry("num.py", 1500)]),
        Entry("empty", children=[]),
    ]),
    Entry("README", 800),
])
print("\n".join(root.render()))
print("total:", f"{root.total():,}")
big = [(p, e.size) for p, e in root.walk() if not e.is_dir and e.size > 1000]
print(sorted(big, key=lambda pe: -pe[1]))
dirs = {p: e.total() for p, e in root.walk() if e.is_dir}
for p, s in sorted(dirs.items()):
    print(f"{s:>8,}  {p}")
