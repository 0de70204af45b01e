def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None

print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
for n in range(2, 20):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
else:
    print("while finished normally")
while True:
    count -= 1
    if count < 2:
        break
else:
    print("never printed")
print("count is", count)
for x in []:
    print("never")
else:
    print("empty loop else runs")
results = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        results.append((i, j))
print(results)
def search(grid, value):
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == value:
                return r, c
    raise LookupError(f"{value} not in grid")
grid = [[1, 2], [3, 4]]
print(search(grid, 4))
try:
    search(grid, 5)
except LookupError as e:
    print(e)
i = 0
for i in range(5):
    pass
print("loop variable after loop:", i)
for ch in "hello":
    if ch == "l":
        print("found l")
        break
print([c for c in "mississippi" if c not in "aeiou"][:4])
