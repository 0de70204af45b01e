print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), list(x for x in 'abc' if x != 'b'))
print(any(x > 3 for x in [1, 2, 5]), all(x for x in []), min((x for x in [3, 1, 2]), default=0))
g = ((i, j) for i in range(3) for j in range(i))
print(list(g))
nested = [[1, 2], [3], []]
print([x for sub in nested for x in sub], [[y * 2 for y in sub] for sub in nested])
print({x: [y for y in range(x)] for x in range(4)})
print(sorted({c for c in 'mississippi'}), [i for i in range(20) if i % 2 if i % 3])
x = 'outer'
print([x for x in range(3)], x)
print(list(zip(*[(1, 'a'), (2, 'b')])))
gen = (x for x in range(3))
print(next(gen), list(gen), next(gen, 'exhausted'))
def firstn(g, n):
    return [v for _, v in zip(range(n), g)]
