print({3, 1, 2})
print({10, 5, 100, 1000, 7})
print({-1, -2, -3, 0})
print(set(range(20, 0, -3)))
print({2**61, 2**61 - 1, 5, 2**64})
print({1 << 40, 1 << 35, 1 << 30})
print({0.5, 1.5, 2.0, 100.25})
s = set()
for i in [31, 7, 63, 15, 127, 1, 255]:
    s.add(i)
print(s)
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
s = {i * 8 for i in range(12)}
print(s)
print(frozenset([33, 1, 65, 97]))
print({x * x for x in range(-5, 6)})
s = set()
for i in range(50, 0, -1):
    s.add(i * 37 % 101)
print(s)
print({(1, 2), (2, 1), (0, 0)} == {(0, 0), (2, 1), (1, 2)})
print({None, True, 3.5} == {True, None, 3.5})
big = set(range(1000))
print(sum(big), min(big), max(big), len(big))
a = {1, 2, 3, 9, 17}
b = {17, 33, 2}
print(a | b, a & b, a ^ b, a - b)
