from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(2), c["the"], c["missing"], len(c), sum(c.values()), c.total())
letters = Counter("mississippi")
print(letters, letters.most_common(), sorted(letters.elements()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +b, -b, a == Counter(a=3, b=1), Counter() == Counter(x=0))
a.update(["a", "z"]); a.subtract({"b": 5}); print(a)
a.update({"a": 10}); print(a, a.most_common(1))
print(Counter({"x": 2, "y": 2, "z": 1}).most_common(), dict(Counter("aab")), list(Counter("cba")))
print(repr(Counter()), Counter("ab") <= Counter("aab"), Counter(a=1) < Counter(a=1))
words = Counter()
for line in ["a b", "b c", "c c"]:
    words.update(line.split())
for word, n in words.most_common():
    print(f"{word:>3}: {'#' * n}")
del words["c"]; print(words, words.pop("a"), words)
try:
    Counter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Counter("a") + 1)
except TypeError as e:
    print("TypeError:", e)
print(Counter("hello").keys() & {"l", "z"}, Counter.fromkeys if False else None)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
