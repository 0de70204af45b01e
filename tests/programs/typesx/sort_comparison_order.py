# list.sort compares the pairs CPython compares, in its order: visible when
# __lt__ reports itself, when a comparison fails half-way, and with NaNs.
calls = []

class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        calls.append(f"{self.rank}<{other.rank}")
        return self.rank < other.rank

    def __repr__(self):
        return f"Card({self.rank})"

for ranks in [[5, 3, 8, 1], [1, 2, 3, 4, 5], [9, 7, 5, 3, 1], [2, 2, 1, 1], [4, 1, 3, 9, 7, 8, 2, 6, 5]]:
    calls.clear()
    hand = sorted(Card(r) for r in ranks)
    print(ranks, "->", [c.rank for c in hand], len(calls), " ".join(calls))
    calls.clear()
    hand = sorted((Card(r) for r in ranks), reverse=True)
    print("  reversed:", [c.rank for c in hand], " ".join(calls))

nan = float("nan")
for data in [[3, nan, 1, 2], [nan, 3, 1], [1, 2, nan, 0, -1], [5, 4, nan, 3, 2, 1, nan, 0]]:
    print(sorted(data), sorted(data, reverse=True))

for items, reverse in [([3, 1, "a", 2], False), ([5, 4, 3, "x", 1], False), ([1, 2, 5, 4, "x", 1], True)]:
    try:
        items.sort(reverse=reverse)
    except TypeError as e:
        print("TypeError:", e, "- left as", items)

from functools import cmp_to_key
count = 0
def by_length(a, b):
    global count
    count += 1
    return len(a) - len(b)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=cmp_to_key(by_length)), count)
