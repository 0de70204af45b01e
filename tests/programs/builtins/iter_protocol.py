class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)), sorted(Countdown(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
it = iter([1, 2, 3])
print(list(it), list(it))
calls = []
def producer():
    calls.append(1)
    return len(calls)
print(list(iter(producer, 4)))
r = range(3)
i1, i2 = iter(r), iter(r)
print(next(i1), next(i1), next(i2))
class NotIter: pass
try:
    for x in NotIter(): pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
e = enumerate('ab'); print(next(e), next(e), type(e).__name__)
z = zip('ab', 'cd'); print(next(z), type(z).__name__)
m = map(abs, [-1]); print(next(m), type(m).__name__, list(m))
