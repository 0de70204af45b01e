def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@times(3)
def hello(name):
    return 'hi ' + name
add(2, b=3)
print(hello('x'))
print(add.__name__)
@trace
@times(2)
def both(x):
    return x * 2
both(5)
