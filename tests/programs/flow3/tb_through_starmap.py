from collections import defaultdict
import itertools

counts = defaultdict(int)
for w in "a b a".split():
    counts[w] += 1
print(dict(counts))
pairs = list(itertools.starmap(lambda k, v: f"{k}={v}", counts.items()))
print(pairs)
scaled = list(itertools.starmap(lambda k, v: v / (v - 1), counts.items()))
