# Conway's Game of Life on an unbounded grid kept as a set of live cells,
# with pattern recognition of still lifes and oscillators.

def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in live)}


def parse(picture):
    return {(x, y) for y, line in enumerate(picture.strip().splitlines())
            for x, ch in enumerate(line) if ch == "#"}


def render(live):
    if not live:
        return "(empty)"
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(min(xs), max(xs) + 1))
                     for y in range(min(ys), max(ys) + 1))


def normalize(live):
    if not live:
        return frozenset()
    mx = min(x for x, _ in live)
    my = min(y for _, y in live)
    return frozenset((x - mx, y - my) for x, y in live)


def classify(live, limit=50):
    seen = {normalize(live): 0}
    history = [live]
    for gen in range(1, limit + 1):
        live = step(live)
        key = normalize(live)
        if not live:
            return f"dies out at generation {gen}"
        if key in seen:
            period = gen - seen[key]
            first = history[seen[key]]
            moved = min(first) != min(live)
            kind = "still life" if period == 1 and not moved else "spaceship" if moved else "oscillator"
            return f"{kind} with period {period} (from generation {seen[key]})"
        seen[key] = gen
        history.append(live)
    return "no repetition found"


patterns = {
    "block": "##\n##",
    "blinker": "###",
    "glider": ".#.\n..#\n###",
    "toad": ".###\n###.",
    "diehard": "......#.\n##......\n.#...###",
    "r-pentomino": ".##\n##.\n.#.",
    "beehive": ".##.\n#..#\n.##.",
}
for name, picture in patterns.items():
    print(f"{name:12} {classify(parse(picture), 140)}")

glider = parse(patterns["glider"])
for gen in range(5):
    print(f"generation {gen}: {sorted(glider)}")
    glider = step(glider)
print(render(glider))
r = parse(patterns["r-pentomino"])
sizes = []
for gen in range(60):
    r = step(r)
    sizes.append(len(r))
print("r-pentomino population:", sizes[::6], "max", max(sizes))
print(render(step(parse(patterns["toad"]))))
