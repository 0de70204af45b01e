"""Conway's Game of Life on a small torus, with pattern detection."""

GLIDER = [".#.", "..#", "###"]


class Board:
    def __init__(self, width, height, live=()):
        self.width, self.height = width, height
        self.live = frozenset(live)

    @classmethod
    def from_pattern(cls, pattern, width, height, at=(1, 1)):
        ox, oy = at
        cells = {(ox + x, oy + y) for y, row in enumerate(pattern) for x, ch in enumerate(row) if ch == "#"}
        return cls(width, height, cells)

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self):
        counts = {}
        for cell in self.live:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        born = {c for c, k in counts.items() if k == 3}
        survive = {c for c in self.live if counts.get(c, 0) in (2, 3)}
        return Board(self.width, self.height, born | survive)

    def __eq__(self, other):
        return self.live == other.live

    def __hash__(self):
        return hash(self.live)

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.width)) for y in range(self.height))


b = Board.from_pattern(GLIDER, 8, 6)
seen = {b: 0}
for gen in range(1, 40):
    b = b.step()
    if gen in (1, 4):
        print(f"generation {gen}:\n{b}\n")
    if b in seen:
        print(f"state at generation {gen} repeats generation {seen[b]} (period {gen - seen[b]})")
        break
    seen[b] = gen
blinker = Board.from_pattern(["###"], 5, 5, at=(1, 2))
print(blinker, blinker.step(), sep="\n\n")
print(blinker.step().step() == blinker, len(blinker.live), sorted(blinker.step().live))
