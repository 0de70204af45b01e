"""Elementary cellular automata: rules as numbers, generations as strings, and pattern stats."""


def rule_table(number):
    if not 0 <= number <= 255:
        raise ValueError(f"rule must be in 0..255, not {number}")
    return {tuple(int(b) for b in f"{i:03b}"): (number >> i) & 1 for i in range(8)}


def step(cells, table, wrap=True):
    n = len(cells)
    out = []
    for i in range(n):
        if wrap:
            left, right = cells[(i - 1) % n], cells[(i + 1) % n]
        else:
            left = cells[i - 1] if i > 0 else 0
            right = cells[i + 1] if i < n - 1 else 0
        out.append(table[(left, cells[i], right)])
    return out


def run(rule, width=31, generations=15, wrap=True):
    table = rule_table(rule)
    cells = [0] * width
    cells[width // 2] = 1
    history = [cells]
    for _ in range(generations - 1):
        cells = step(cells, table, wrap)
        history.append(cells)
    return history


def show(history):
    return "\n".join("".join("#" if c else "." for c in row) for row in history)


for rule in (30, 90, 110):
    hist = run(rule)
    print(f"Rule {rule}:")
    print(show(hist))
    live = [sum(row) for row in hist]
    print("live cells per generation:", live)
    seen = {}
    for gen, row in enumerate(run(rule, width=12, generations=40)):
        key = tuple(row)
        if key in seen:
            print(f"  width 12 repeats: generation {gen} == generation {seen[key]}")
            break
        seen[key] = gen
    else:
        print("  width 12: no repeat within 40 generations")
    print()
print(show(run(250, width=21, generations=6, wrap=False)))
try:
    rule_table(300)
except ValueError as e:
    print("ValueError:", e)
