class A:
    def m(self, x):
        return x
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    @staticmethod
    def s(x, y):
        return x + y

a = A()
print(a.m(1), A.m(a, 2), a.c(3), A.c(4), a.s(1, 2), A.s(3, 4))
for thunk in [lambda: a.m(), lambda: a.m(1, 2), lambda: A.m(), lambda: a.c(),
              lambda: A.s(1), lambda: a.m(x=1, y=2), lambda: A.m(1)]:
    try:
        thunk()
    except TypeError as e:
        print(e)
def noargs():
    return 1
try:
    noargs(1)
except TypeError as e:
    print(e)
try:
    noargs(x=1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    len([], x=1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    "x".split(1)
except TypeError as e:
    print(e)
try:
    int("1", "2")
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
try:
    (1)()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    A()(1)
except TypeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __init__(self, a, b):
        pass
try:
    B(1)
except TypeError as e:
    print(e)
try:
    B(1, 2, 3)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
