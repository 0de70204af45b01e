it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 3)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(len, [])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), iter(Seq()).__class__.__name__)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(any([]), all([]), any([0, "", 3]), all([1, "x", [0]]), any(x > 5 for x in range(10)))
try:
    next(5)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(print, None, 1)
except TypeError as e:
    print(e)
try:
    iter(5, None)
except TypeError as e:
    print(e)
m = map(int, "123")
print(next(m), list(m), list(m))
