"""Tic-tac-toe with a minimax player (memoised), a board class and a match loop."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class IllegalMove(ValueError):
    pass


class Board:
    def __init__(self, cells="." * 9):
        if len(cells) != 9 or set(cells) - set("XO."):
            raise ValueError(f"bad board {cells!r}")
        self.cells = cells

    def __str__(self):
        rows = [" ".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n".join(rows)

    def __repr__(self):
        return f"Board({self.cells!r})"

    def __eq__(self, other):
        return isinstance(other, Board) and self.cells == other.cells

    def __hash__(self):
        return hash(self.cells)

    @property
    def turn(self):
        return "X" if self.cells.count("X") == self.cells.count("O") else "O"

    def moves(self):
        return [i for i, c in enumerate(self.cells) if c == "."]

    def play(self, i):
        if not 0 <= i < 9:
            raise IllegalMove(f"square {i} is off the board")
        if self.cells[i] != ".":
            raise IllegalMove(f"square {i} is taken by {self.cells[i]}")
        return Board(self.cells[:i] + self.turn + self.cells[i + 1:])

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != "." and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return None

    def over(self):
        return self.winner() is not None or not self.moves()


@lru_cache(maxsize=None)
def score(board):
    """+1 if X wins with best play, -1 if O does, 0 for a draw."""
    w = board.winner()
    if w:
        return 1 if w == "X" else -1
    if not board.moves():
        return 0
    results = [score(board.play(m)) for m in board.moves()]
    return max(results) if board.turn == "X" else min(results)


def best_move(board):
    pick = max if board.turn == "X" else min
    return pick(board.moves(), key=lambda m: (score(board.play(m)), -m))


def game(opening=()):
    b = Board()
    for m in opening:
        b = b.play(m)
    while not b.over():
        b = b.play(best_move(b))
    return b


final = game()
print(final)
print("winner:", final.winner() or "draw", "| positions scored:", score.cache_info().currsize)
for opening in [(0,), (4, 0), (0, 1), (1, 3, 2)]:
    b = game(opening)
    print(opening, "->", b.cells, b.winner() or "draw")
b = Board("XX.OO....")
print(b.turn, best_move(b), score(b))
for attempt in [lambda: b.play(0), lambda: b.play(9), lambda: Board("XXX"), lambda: Board("ABCDEFGHI")]:
    try:
        attempt()
    except IllegalMove as e:
        print("IllegalMove:", e)
    except ValueError as e:
        print("ValueError:", e)
print(Board("X........") == Board("X........"), len({Board(), Board(), Board("X........")}))
print(repr(Board("XO.......").play(4)))
