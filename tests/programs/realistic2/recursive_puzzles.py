"""Recursive algorithms: N-queens, permutations, subsets, Hanoi, flood fill, memoized paths."""
from functools import lru_cache


def queens(n):
    solutions = []
    cols = []

    def place(row):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for r in range(6):
    print(" ".join("Q" if first[r] == c else "." for c in range(6)))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print(["".join(p) for p in permutations("abc")])


def subsets_with_sum(nums, target, start=0, chosen=()):
    if target == 0:
        yield chosen
    for i in range(start, len(nums)):
        if nums[i] <= target:
            yield from subsets_with_sum(nums, target - nums[i], i + 1, chosen + (nums[i],))


print(list(subsets_with_sum([2, 3, 5, 7, 8, 10], 15)))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


m = hanoi(4)
print(len(m), m[:5])

grid = [list(row) for row in [
    "..##....",
    ".#..#...",
    ".#..#.##",
    "..##..#.",
    "......#.",
]]


def fill(x, y, ch):
    if not (0 <= y < len(grid) and 0 <= x < len(grid[0])) or grid[y][x] != ".":
        return 0
    grid[y][x] = ch
    return 1 + fill(x + 1, y, ch) + fill(x - 1, y, ch) + fill(x, y + 1, ch) + fill(x, y - 1, ch)


print(fill(2, 1, "o"), fill(0, 0, "~"), fill(7, 4, "*"))
print("\n".join("".join(r) for r in grid))


@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info().hits > 0)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
