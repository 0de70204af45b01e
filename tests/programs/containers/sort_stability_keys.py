records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([r[0] for r in by_age_then_city])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
from operator import itemgetter, attrgetter
print(sorted(records, key=itemgetter(2, 0)))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return f"P({self.n},{self.a})"
people = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(people, key=attrgetter("a")), max(people, key=attrgetter("a")))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min([Cmp(3), Cmp(1)]), max([Cmp(3), Cmp(5)]))
try:
    sorted([P("a", 1), P("b", 2)])
except TypeError as e:
    print(e)
try:
    sorted([1, None, 3])
except TypeError as e:
    print(e)
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs)
print(nums)
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}, reverse=True))
import functools
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(compare)))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]))
data = [1.5, 1, True, 0.5]
print(sorted(data))
