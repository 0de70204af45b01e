it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(3)))
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq())
calls = iter([5, 4, 3, 0, 1])
print(list(iter(lambda: next(calls), 0)))
