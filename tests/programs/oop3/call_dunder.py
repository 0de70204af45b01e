class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)

add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    add5(1, bad=3)
except TypeError as e:
    print("TypeError:", e)

class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)

class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"()
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)

class Method:
    def __call__(self):
        return "instance call"
m = Method()
m.__call__ = lambda: "attribute"
print(m(), m.__call__())

class CountCalls:
    calls = 0
    def __new__(cls, *a):
        cls.calls += 1
        return super().__new__(cls)
    def __init__(self, *a):
        self.a = a
for i in range(3):
    CountCalls(i)
print(CountCalls.calls)
