class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B())
print(A() != B())
a = A()
print(a == a)

class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Ord({self.v})"
xs = [Ord(3), Ord(1), Ord(2)]
print(sorted(xs), min(xs), max(xs))
print(Ord(1) > Ord(0))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [], (1,) == [1])
print(1 == 1.0 == True, {1: 'a', 1.0: 'b', True: 'c'})
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(-2))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')), hash(()), hash((1, 2)))
import math
print(hash(math.nan) == hash(math.nan), float('nan') == float('nan'))
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,))
from functools import total_ordering
@total_ordering
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(P(1) <= P(2), P(3) >= P(2), P(1) > P(1))
