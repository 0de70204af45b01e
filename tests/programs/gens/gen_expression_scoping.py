x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [10, 20]
print(list(g))
try:
    g = (i for i in 5)
except TypeError as e:
    print("eager:", e)
def make():
    y = 5
    return (y * i for i in range(3))
print(list(make()))
class C:
    factor = 3
    try:
        values = list(factor * i for i in range(3))
    except NameError as e:
        values = str(e)
print(C.values)
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row if v % 2), sum(x * x for x in range(10)))
print(max((len(w), w) for w in "a bb ccc".split()), "-".join(str(i) for i in range(4)))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(any(i > 1 for i in range(3)), all(i for i in []), sorted((i % 3 for i in range(6)), reverse=True))
