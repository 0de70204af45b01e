matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2 == 0])
print({n: n ** 2 for n in range(5) if n}, sorted({c.lower() for c in "HeLLo"}), sorted({len(w) for w in "a bb ccc bb".split()}))
words = ["apple", "Banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0].lower(), []).append(w)
print(by_letter, {k: len(v) for k, v in sorted(by_letter.items())}, [w.upper() if len(w) > 5 else w for w in words])
gen = (x * x for x in range(10) if x % 3 == 0)
print(next(gen), list(gen), sum(x for x in range(101)), max((len(w), w) for w in words), any(w.startswith("c") for w in words))
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs, [[y for y in range(x)] for x in range(4)], dict(zip("abc", range(3))), list(zip(*pairs)))
x = 10
print([x for x in range(3)], x, [i for i in range(3) if (j := i * 2) > 1], j)
print([(lambda n: n * k)(2) for k in range(3)], [f(3) for f in [lambda n, k=k: n + k for k in range(3)]])
