"""Recursion: permutations, subsets, N-queens, Hanoi, flood fill, memoised paths."""
import sys
from functools import lru_cache


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]


def queens(n, row=0, cols=(), out=None):
    out = [] if out is None else out
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), out)
    return out


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves


def flood(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return grid

    def fill(r, c):
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                fill(r + dr, c + dc)
    fill(r, c)
    return grid


@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(["".join(p) for p in permutations(list("abc"))], len(permutations(list(range(6)))))
print(subsets([1, 2, 3]), len(subsets(list(range(10)))))
sols = queens(6)
print(len(sols), sols[0], len(queens(8)))
for row in sols[0]:
    print(" ".join("Q" if c == row else "." for c in range(6)))
print(hanoi(3), len(hanoi(10)))
g = [list(s) for s in ["..##", ".#..", "...#", "##.."]]
print("\n".join("".join(r) for r in flood(g, 0, 0, "~")))
print(paths(16, 16), paths.cache_info().hits > 0, depth(500))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
