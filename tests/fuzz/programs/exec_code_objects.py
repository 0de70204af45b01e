# exec() and eval() of the code objects of functions: CPython runs them as
# a call without arguments.
def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    exec(outer().__code__)
except TypeError as e:
    print("TypeError:", e)
exec(outer.__code__)          # a function whose variable lives in a cell
print("outer's code ran")


def gen():
    yield 1


print(exec(gen.__code__))
print(type(eval(gen.__code__)).__name__)


def add(a, b):
    return a + b


try:
    eval(add.__code__)
except TypeError as e:
    print("TypeError:", e)


def star(*args, **kwargs):
    return args, kwargs


print(eval(star.__code__))
