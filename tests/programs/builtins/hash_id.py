print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**20), hash(-10**20))
print(hash(0.0), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float('inf')), hash(float('-inf')))
print(hash(()), hash((1,)), hash((1, 2)), hash((None,)) == hash((None,)), hash(True), hash(frozenset([1, 2])))
print(hash(1) == hash(1.0) == hash(True), hash(2**64) == hash(float(2**64)))
print(hash(complex(1, 2)), hash(None) == hash(None), hash(range(0, 4, 2)) == hash(range(0, 3, 2)))
a = [1]
b = a
print(id(a) == id(b), a is b, id([]) is not None)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
