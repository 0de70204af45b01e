"""Generate a maze with a seeded random walk, then solve it by BFS and A*."""
import heapq
import random
from collections import deque

W, H = 10, 6


def generate(seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack, seen = [(0, 0)], {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, (x + dx, y + dy), back) for d, (dx, dy, back) in moves.items()
                   if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nxt, back = rng.choice(sorted(options))
        walls[(x, y)].discard(d)
        walls[nxt].discard(back)
        seen.add(nxt)
        stack.append(nxt)
    return walls


def render(walls, path=()):
    path = set(path)
    lines = ["+" + "---+" * W]
    for y in range(H):
        row, below = "|", "+"
        for x in range(W):
            row += (" * " if (x, y) in path else "   ") + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, below]
    return "\n".join(lines)


def neighbours(walls, cell):
    x, y = cell
    for d, (dx, dy) in {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}.items():
        if d not in walls[cell]:
            yield (x + dx, y + dy)


def bfs(walls, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cell = q.popleft()
        if cell == goal:
            break
        for n in neighbours(walls, cell):
            if n not in prev:
                prev[n] = cell
                q.append(n)
    path, cell = [], goal
    while cell is not None:
        path.append(cell)
        cell = prev[cell]
    return path[::-1], len(prev)


def astar(walls, start, goal):
    h = lambda c: abs(c[0] - goal[0]) + abs(c[1] - goal[1])
    frontier = [(h(start), 0, start)]
    cost = {start: 0}
    expanded = 0
    while frontier:
        _, g, cell = heapq.heappop(frontier)
        expanded += 1
        if cell == goal:
            return g, expanded
        for n in neighbours(walls, cell):
            if g + 1 < cost.get(n, float("inf")):
                cost[n] = g + 1
                heapq.heappush(frontier, (g + 1 + h(n), g + 1, n))
    return None, expanded


maze = generate(7)
path, visited = bfs(maze, (0, 0), (W - 1, H - 1))
print(render(maze, path))
print(f"path length {len(path) - 1}, BFS visited {visited}, A* {astar(maze, (0, 0), (W - 1, H - 1))}")
for seed in (1, 2, 3):
    m = generate(seed)
    p, v = bfs(m, (0, 0), (W - 1, H - 1))
    print(seed, len(p) - 1, v, astar(m, (0, 0), (W - 1, H - 1))[0] == len(p) - 1, sum(len(w) for w in m.values()))
