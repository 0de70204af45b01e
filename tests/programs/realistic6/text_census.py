# Text statistics read from stdin: input() for a header, sys.stdin iteration and readline for the rest, EOFError, Counter.most_common, unicodedata-free letter classes, str methods, re.split, and aligned tables.
import re
import sys
from collections import Counter, defaultdict

title = input().lstrip("# ").strip()
top_n = int(input())
print(f"== {title.title()} (top {top_n}) ==")

first = sys.stdin.readline()
lines = [first] + [line for line in sys.stdin]
try:
    input()
except EOFError:
    print("stdin exhausted: EOFError")
print("lines:", len(lines), "blank:", sum(1 for l in lines if not l.strip()),
      "ending in newline:", all(l.endswith("\n") for l in lines))

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
words = [w.casefold() for line in lines for w in WORD.findall(line)]
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts))
for word, n in counts.most_common(top_n):
    print(f"  {word:<8}{n:>3} {'*' * n}")
ties = sorted(w for w, n in counts.items() if n == 1)
print("hapaxes:", len(ties), ties[:6])

by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
for length in sorted(by_length)[-3:]:
    print(f"  {length:2d}: {', '.join(by_length[length])}")

chars = Counter(ch for line in lines for ch in line)
classes = Counter()
for ch, n in chars.items():
    kind = ("upper" if ch.isupper() else "lower" if ch.islower() else "digit" if ch.isdigit()
            else "space" if ch.isspace() else "punct" if not ch.isalnum() else "other")
    classes[kind] += n
print("classes:", sorted(classes.items()))
non_ascii = sorted({ch for ch in chars if ord(ch) > 127})
print("non-ascii:", "".join(non_ascii), [f"U+{ord(c):04X}" for c in non_ascii[:3]])

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(l.strip() for l in lines)) if s.strip()]
print("sentences:", len(sentences))
for s in sentences:
    n = len(WORD.findall(s))
    print(f"  {n:2d} words | {s[:40]!r}{'...' if len(s) > 40 else ''}")

numbers = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e\d+)?", "".join(lines))]
print("numbers:", numbers, "sum:", sum(numbers))
widths = [len(l.rstrip("\n").expandtabs(8)) for l in lines]
print("widths:", widths, "longest:", max(range(len(widths)), key=widths.__getitem__) + 3)
print("tabs expanded:", repr(lines[2].expandtabs(4).rstrip()))
print("swapcase:", lines[-1].strip().swapcase(), "| centered:", "[" + "end".center(9, ".") + "]")
print("title:", "naïve café owners".title(), "| capitalize:", "éCOLE".capitalize())
