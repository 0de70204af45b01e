"""A binary search tree with iterators, recursion, generators and dunder methods."""


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

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

    def __len__(self):
        return self.size

    def __iter__(self):
        yield from self._inorder(self.root)

    def _inorder(self, node):
        if node:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node.key:
                yield from walk(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from walk(node.right)
        return list(walk(self.root))

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

    def pretty(self):
        lines = []
        def show(node, prefix, is_left):
            if node is None:
                return
            show(node.right, prefix + ("│   " if is_left else "    "), False)
            lines.append(prefix + ("└── " if is_left else "┌── ") + str(node.key))
            show(node.left, prefix + ("    " if is_left else "│   "), True)
        show(self.root, "", True)
        return "\n".join(lines)


words = "the quick brown fox jumps over the lazy dog again and again".split()
t = BST((w, i) for i, w in enumerate(words))
print(len(t), list(t))
print(t)
print(t["fox"], "cat" in t, "dog" in t, t.height())
print(t.range("b", "j"))
print(t.pretty())
for k in ["the", "quick", "zebra"]:
    try:
        del t[k]
        print("deleted", k, len(t))
    except KeyError as e:
        print("KeyError:", e)
print(list(t), t.height())
nums = BST((n, n * n) for n in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(sum(v for _, v in nums.items()), nums.range(33, 62), max(nums), min(nums))
print(sorted(nums, key=lambda k: -k)[:3], [k for k in nums if k % 20 == 0])
it = iter(nums)
print(next(it), next(it), next(it))
