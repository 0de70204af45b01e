import re

data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 10], y)
print({x: sq for x in range(6) if (sq := x * x) % 2 == 0})
total = 0
print([total := total + x for x in data], total)
lines = ["key=value", "no equals", "a=1", "=empty key"]
for line in lines:
    if (m := re.match(r"(\w+)=(\w*)", line)):
        print("parsed", m.group(1), "->", repr(m.group(2)))
    else:
        print("skipped", repr(line))
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2], sum(x for row in matrix for x in row))
print({(i, j) for i in range(3) for j in range(3) if i < j})
print({k: [v for v in range(k)] for k in range(4)})
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words}, sorted({len(w) for w in words}))
print([w.upper() if len(w) > 3 else w for w in words][:5])
print(any(len(w) > 4 for w in words), all(w.islower() for w in words), max(words, key=len), min(words))
nested = [[1, [2, 3]], [4], []]
print([b for a in nested for b in a], [len(a) for a in nested])
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def first(pred, it, default=None):
    return next((x for x in it if pred(x)), default)
print(first(lambda x: x > 5, data), first(lambda x: x > 50, data, "none"))
