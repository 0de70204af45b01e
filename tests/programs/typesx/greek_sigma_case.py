# Capital sigma lowers to final sigma at the end of a word, in lower(),
# title(), capitalize() and swapcase() alike.
words = ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣ.", "ΑΣ'Β", "ΑΣ\u0301", "ΣΑΣ", "ΑΣ1", "Α.Σ", "ΣΟΦΟΣ ΑΝΘΡΩΠΟΣ"]
for w in words:
    print(f"{w!r:22} lower={w.lower()!r} title={w.title()!r} cap={w.capitalize()!r} swap={w.swapcase()!r}")
print("ὈΔΥΣΣΕΎΣ".lower(), "ὀδυσσεύς".upper(), "σς".upper(), "ΣΣ".lower())
