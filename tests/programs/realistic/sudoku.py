# A sudoku solver: constraint propagation with candidate sets and
# backtracking search, with a validity checker and statistics.

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

HARD = """
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
"""


def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        lines.append(" ".join(cells[0:3]) + " | " + " ".join(cells[3:6]) + " | " + " ".join(cells[6:9]))
    return "\n".join(lines)


def peers(r, c):
    ps = set()
    for i in range(9):
        ps.add((r, i))
        ps.add((i, c))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            ps.add((i, j))
    ps.discard((r, c))
    return ps


PEERS = {(r, c): peers(r, c) for r in range(9) for c in range(9)}


class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.backtracks = 0

    def candidates(self, r, c):
        used = {self.grid[i][j] for i, j in PEERS[(r, c)]}
        return [v for v in range(1, 10) if v not in used]

    def propagate(self):
        """Fills cells with a single candidate; returns the filled cells, or None on contradiction."""
        filled = []
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        cands = self.candidates(r, c)
                        if not cands:
                            return filled, False
                        if len(cands) == 1:
                            self.grid[r][c] = cands[0]
                            filled.append((r, c))
                            changed = True
        return filled, True

    def solve(self):
        filled, ok = self.propagate()
        if ok:
            empty = [(len(self.candidates(r, c)), r, c) for r in range(9) for c in range(9) if self.grid[r][c] == 0]
            if not empty:
                return True
            _, r, c = min(empty)
            for v in self.candidates(r, c):
                self.guesses += 1
                self.grid[r][c] = v
                if self.solve():
                    return True
                self.grid[r][c] = 0
            self.backtracks += 1
        for r, c in filled:
            self.grid[r][c] = 0
        return False


def valid(grid):
    units = [[(r, c) for c in range(9)] for r in range(9)]
    units += [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[r][c] for r, c in unit) == list(range(1, 10)) for unit in units)


for name, text in [("easy", PUZZLE), ("hard", HARD)]:
    s = Solver(parse(text))
    solved = s.solve()
    print(f"{name}: solved={solved} valid={valid(s.grid)} guesses={s.guesses} backtracks={s.backtracks}")
    print(show(s.grid))
bad = parse(PUZZLE)
bad[0][2] = 5
s = Solver(bad)
print("contradiction:", s.solve(), s.grid == bad)
