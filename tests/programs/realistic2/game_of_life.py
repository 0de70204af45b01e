"""Conway's Game of Life on a small torus, with pattern detection."""


class Board:
    def __init__(self, width, height, alive=()):
        self.width = width
        self.height = height
        self.alive = frozenset(alive)

    @classmethod
    def parse(cls, picture):
        rows = [line for line in picture.strip("\n").splitlines()]
        cells = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        return cls(max(map(len, rows)), len(rows), cells)

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for cell in self.alive:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        born = {c for c, k in counts.items() if k == 3}
        survive = {c for c in self.alive if counts.get(c, 0) in (2, 3)}
        return Board(self.width, self.height, born | survive)

    def __eq__(self, other):
        return isinstance(other, Board) and self.alive == other.alive

    def __hash__(self):
        return hash(self.alive)

    def __len__(self):
        return len(self.alive)

    def __str__(self):
        return "\n".join(
            "".join("#" if (x, y) in self.alive else "." for x in range(self.width))
            for y in range(self.height)
        )


def run(board, limit=40):
    seen = {board: 0}
    history = [board]
    for gen in range(1, limit + 1):
        board = board.step()
        if board in seen:
            first = seen[board]
            return gen, first, history
        seen[board] = gen
        history.append(board)
    return limit, None, history


patterns = {
    "blinker": """
.....
..#..
..#..
..#..
.....
""",
    "block": """
....
.##.
.##.
....
""",
    "glider": """
.#....
..#...
###...
......
......
......
""",
    "diehard-ish": """
......
.##...
..#...
......
""",
}

for name, picture in patterns.items():
    board = Board.parse(picture)
    gens, first, history = run(board)
    if first is None:
        verdict = f"no repeat within {gens} generations"
    elif len(history[first]) == 0:
        verdict = f"dies out after {first} generations"
    elif gens - first == 1:
        verdict = f"still life from generation {first}"
    else:
        verdict = f"period {gens - first} from generation {first}"
    print(f"{name}: {len(board)} cells, {verdict}")
    print(board.step())
    print()
