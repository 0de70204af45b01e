"""Text processing: word frequencies, n-grams, line wrapping and a concordance."""
import re
import textwrap
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(f"{len(words)} words, {len(freq)} distinct, {sum(1 for w, c in freq.items() if c == 1)} hapaxes")
for word, n in freq.most_common(6):
    print(f"{word:>10} {n:3} {'=' * n}")

bigrams = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(4)])

lengths = Counter(map(len, words))
print("length histogram:", dict(sorted(lengths.items())))
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest, "| average:", round(sum(map(len, words)) / len(words), 3))

sentences = [s.strip() for s in re.split(r",\s*", TEXT.replace("\n", " ")) if s.strip()]
print(len(sentences), "clauses; first three:", sentences[:3])

concordance = defaultdict(list)
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for m in re.finditer(r"\b(age|epoch|season)\b", line, re.IGNORECASE):
        concordance[m.group(1).lower()].append((lineno, m.start()))
for key in sorted(concordance):
    print(f"{key}: {concordance[key]}")

print(textwrap.fill(" ".join(words[:40]), width=36))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))

def title_case(s):
    small = {"of", "the", "to", "a"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if i and w in small else w.capitalize())
    return " ".join(out)
print(title_case("a tale of two cities"), "|", title_case("the spring of hope"))
caesar = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
print("it was the best".translate(caesar))
vowels = sum(ch in "aeiou" for ch in TEXT.lower())
print(f"vowels: {vowels} ({vowels / len(TEXT):.1%} of characters)")
