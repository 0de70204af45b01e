s = "Hello, Wörld! ✓"
print(len(s), s[0], s[-1], s[7], s[-3:], s[:5], s[::2], s[::-1], s[100:], s[-100:3])
print(s[1:10:3], s[10:1:-2], s[::-3], s[5:5], repr(s[3:1]))
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[1.5]
except TypeError as e:
    print(e)
try:
    s[0] = "h"
except TypeError as e:
    print(e)
print([c for c in "añb"], list(reversed("abc")), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(ord("a"), ord("€"), ord("😀"), chr(97), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010FFFF")
for bad in ("", "ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
for bad in (-1, 0x110000, 2.5):
    try:
        chr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -1, "ab" + "cd")
print(min("hello"), max("hello"), "b" > "a", "B" < "a", "abc" < "abd", "ab" < "abc")
word = "racecar"
print(word == word[::-1], word.find("car"), word[word.find("e"):])
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(b"x", "ascii"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\xff"))
print(repr("é"), repr("\u200b"), repr("\U0001F600"), ascii("é😀"), ascii("plain"))
