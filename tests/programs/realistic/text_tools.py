# Text utilities: word frequencies, a Caesar cipher and its breaking by
# letter frequency, run-length encoding, anagram groups, palindromes and
# text wrapping.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""


def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()


def frequencies(items):
    counts = {}
    for w in items:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def crack(cipher):
    def score(candidate):
        letters = [c for c in candidate.lower() if c.isalpha()]
        return sum(26 - ENGLISH.index(c) for c in letters)
    return max(range(26), key=lambda s: score(caesar(cipher, -s)))


def rle_encode(s):
    if not s:
        return ""
    out, run, prev = [], 1, s[0]
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out.append(f"{run}{prev}" if run > 1 else prev)
            run, prev = 1, ch
    out.append(f"{run}{prev}" if run > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def anagram_groups(ws):
    groups = {}
    for w in ws:
        groups.setdefault("".join(sorted(w)), set()).add(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]


def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines


ws = words(TEXT)
print(len(ws), "words,", len(set(ws)), "distinct")
print(frequencies(ws)[:8])
print("longest:", max(ws, key=len), "| avg length: %.3f" % (sum(map(len, ws)) / len(ws)))
secret = caesar("Attack at dawn, the eastern gate is weakest!", 11)
print(secret)
shift = crack(secret)
print(shift, caesar(secret, -shift))
print(caesar(caesar("Round Trip", 300), -300))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(s)
    assert rle_decode(enc) == s, s
    print(repr(s), "->", repr(enc))
print(anagram_groups(["listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac", "dog"]))
for s in ["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Not a palindrome", ""]:
    print(f"{s!r:35} {is_palindrome(s)}")
for line in wrap(TEXT, 38):
    print(f"|{line:<38}|")
print(TEXT.title()[:40], TEXT.count("it was"), TEXT.find("wisdom"), TEXT.upper().split()[-1])
table = str.maketrans("aeiou", "AEIOU", ",.")
print(TEXT.splitlines()[0].translate(table))
print(" ".join(w[::-1] for w in "reverse each word here".split()), "-".join(sorted(set("mississippi"))))
