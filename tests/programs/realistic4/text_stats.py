"""Text statistics: word frequencies, sentence lengths, a concordance."""
import re
import string
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us; we had nothing before us! Were we all going direct to Heaven? We
were all going direct the other way."""

STOP = {"it", "was", "the", "of", "we", "us", "to", "all", "had"}


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.replace("\n", " "))
    return [p.strip() for p in parts if p.strip()]


def concordance(text, word, width=20):
    flat = " ".join(text.split())
    for m in re.finditer(r"\b%s\b" % re.escape(word), flat, re.IGNORECASE):
        left = flat[max(0, m.start() - width):m.start()]
        right = flat[m.end():m.end() + width]
        yield f"{left:>{width}} [{m.group()}] {right:<{width}}"


ws = words(TEXT)
print(f"{len(ws)} words, {len(set(ws))} distinct, avg length {sum(map(len, ws)) / len(ws):.3f}")
freq = Counter(w for w in ws if w not in STOP)
for word, n in freq.most_common(6):
    print(f"  {word:<12}{n:>3} {'*' * n}")
print("letters:", "".join(sorted(c for c, _ in Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase).most_common(5))))
for i, s in enumerate(sentences(TEXT), 1):
    n = len(words(s))
    print(f"{i}. ({n:2d} words) {s[:40]}{'...' if len(s) > 40 else ''}")
for line in concordance(TEXT, "age"):
    print(line)
for line in concordance(TEXT, "we", 12):
    print(line)
longest = max(ws, key=lambda w: (len(w), w))
print("longest:", longest, "| capitalised:", sorted(set(re.findall(r"\b[A-Z][a-z]+", TEXT))))
pairs = Counter(zip(ws, ws[1:]))
print("bigrams:", [" ".join(p) for p, n in pairs.most_common(3)])
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("rot3:", TEXT.split("\n")[0].lower().translate(caesar))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print(f"vowel ratio {vowels / sum(c.isalpha() for c in TEXT):.2%}")
