words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w.lower() for w in words if len(w) > 4])
print({w[0].lower(): len(w) for w in words})
print({len(w) for w in words})
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([w if w.islower() else w.upper() for w in words])
print({k: v for k, v in zip("abc", range(3)) if v})
print([y for x in [[1, 2], [3]] for y in x])
print([n for n in range(20) if n % 2 if n % 3])
print([(a := i * 2) for i in range(3)], a)
total = 0
print([total := total + n for n in [1, 2, 3]], total)
print({i: [j for j in range(i)] for i in range(4)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print(sorted({x % 5 for x in range(100)}), list({c: None for c in "hello"}))
print([i for i in range(3)] == list(range(3)), [None for _ in "ab"])
i = "outer"
print([i for i in range(2)], i)
print([f"{k}={v}" for k, v in {"x": 1, "y": 2}.items()])
nested = [[[1, 2], [3]], [[4]]]
print([z for x in nested for y in x for z in y])
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
