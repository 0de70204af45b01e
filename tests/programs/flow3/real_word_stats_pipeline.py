"""Generator pipeline for text statistics: read, clean, count, report."""
import re
from collections import Counter

TEXT = """\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us...
"""


def lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield number, line


def words(numbered_lines):
    for number, line in numbered_lines:
        for match in re.finditer(r"[A-Za-z']+", line):
            yield number, match.group().lower()


def without(stopwords, pairs):
    return ((n, w) for n, w in pairs if w not in stopwords)


def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def index(pairs):
    where = {}
    for n, w in pairs:
        where.setdefault(w, set()).add(n)
    return where


stop = {"it", "was", "the", "of", "we", "us"}
all_words = [w for _, w in words(lines(TEXT))]
counts = Counter(all_words)
print("total words:", len(all_words), "distinct:", len(counts))
print("top 5:", counts.most_common(5))
content = list(without(stop, words(lines(TEXT))))
print("content words:", len(content))
ci = index(content)
for word in sorted(ci, key=lambda w: (-len(ci[w]), w))[:6]:
    print(f"  {word:<12} lines {sorted(ci[word])}")
bigrams = Counter(window((w for _, w in content), 2))
for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"  {a} {b}: {n}")
lengths = Counter(len(w) for w in all_words)
width = max(lengths.values())
for length in sorted(lengths):
    bar = "#" * lengths[length]
    print(f"{length:>2} | {bar:<{width}} | {lengths[length]}")
longest = max(all_words, key=len)
print(f"longest: {longest!r} ({len(longest)} letters)")
print("capitalised in source:", sorted({w for w in re.findall(r"\b[A-Z][a-z]+", TEXT)}))
gen = words(lines(TEXT))
print(next(gen), next(gen))
gen.close()
print(list(gen))
