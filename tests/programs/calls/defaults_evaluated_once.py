def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(tag=next_id()):
    return tag
print(make(), make(), counter)

def kwdefaults(*, sep=", ", end="!"):
    return sep.join("abc") + end
print(kwdefaults())
print(kwdefaults.__kwdefaults__)
kwdefaults.__kwdefaults__ = {"sep": "-", "end": "?"}
print(kwdefaults())
def f(a, b=2, c=3):
    return a, b, c
f.__defaults__ = (20, 30)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__code__.co_argcount, f.__code__.co_varnames, f.__name__, f.__qualname__)
