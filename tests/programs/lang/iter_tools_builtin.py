import io
stream = io.StringIO("alpha\nbeta\n\ngamma\n")
for line in iter(stream.readline, "\n"):
    print("line:", line.rstrip())
counter = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(counter), 0)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(enumerate("abc", 1)), list(zip("ab", [1, 2], (True, False))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(filter(str.isdigit, "a1b2c3")))
print(list(reversed("abc")), list(reversed(range(1, 10, 3))), sorted("bca", reverse=True))
print(min([3, 1, 2], key=lambda x: -x), max([], default="empty"), min("abc", "abd", key=lambda s: s[-1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sum([0.1] * 3), sum(range(5), 10), sum([[1], [2]], []))
print(any([]), all([]), any([0, "", None, 1]), all([1, "x", [0]]))
print(list(range(10))[slice(2, 8, 2)], len(range(0, 100, 7)), range(0, 100, 7)[-1], 49 in range(0, 100, 7))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
    def __len__(self):
        return self.n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(3)
print(list(c), list(reversed(c)), len(c), sorted(c), list(enumerate(c)), 2 in c)
