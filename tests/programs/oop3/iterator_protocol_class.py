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

c = Countdown(3)
print(list(c), list(c))
print(next(Countdown(1)), next(Countdown(0), "done"))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)

class Reader:
    def __init__(self):
        self.lines = ["a", "b", "", "c"]
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
r = Reader()
print(list(iter(r.readline, "")))

import itertools
class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
print(list(itertools.islice(Naturals(), 5)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(3)))
print(dict(zip(Countdown(3), "abc")))
