"""Classical ciphers and encodings: Caesar, Vigenere, run-length, base64, hex dumps."""
import base64
import string
from collections import Counter

ALPHA = string.ascii_lowercase
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.upper(), "".join(ALPHA[(i + shift) % 26] for i in range(26)) + "".join(ALPHA[(i + shift) % 26].upper() for i in range(26)))
    return text.translate(table)


def crack_caesar(cipher):
    letters = [c for c in cipher.lower() if c in ALPHA]
    best = None
    for shift in range(26):
        plain = caesar("".join(letters), -shift)
        score = sum(26 - ENGLISH.index(c) for c in plain)
        if best is None or score > best[0]:
            best = (score, shift)
    return best[1]


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.lower() in ALPHA:
            k = ALPHA.index(key[i % len(key)])
            k = -k if decrypt else k
            base = "a" if ch.islower() else "A"
            out.append(chr((ord(ch) - ord(base) + k) % 26 + ord(base)))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(text):
    if not text:
        return ""
    out, run, prev = [], 1, text[0]
    for ch in text[1:]:
        if ch == prev:
            run += 1
        else:
            out.append(f"{run}{prev}" if run > 1 else prev)
            run, prev = 1, ch
    out.append(f"{run}{prev}" if run > 1 else prev)
    return "".join(out)


def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexes:<{width * 3 - 1}}  |{text}|")


msg = "Attack at dawn! The quick brown fox jumps over the lazy dog."
secret = caesar(msg, 7)
print(secret)
print(caesar(secret, -7) == msg, crack_caesar(secret))
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", decrypt=True) == msg)
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), rle("abc"), rle(""), rle("aaaa"))
raw = msg.encode("utf-8") + bytes([0, 255, 10])
b64 = base64.b64encode(raw)
print(b64, base64.b64decode(b64) == raw, base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"hi"))
hexdump(raw[:30])
freq = Counter(c for c in msg.lower() if c.isalpha())
print("".join(c for c, _ in freq.most_common(6)), sorted(set(ALPHA) - set(msg.lower())))
try:
    base64.b64decode(b"abc")
except Exception as e:
    print(type(e).__name__ + ":", e)
print(bytes.fromhex("48656c6c6f").decode(), "Hello".encode().hex(" "), bytearray(b"abc").hex(), int("ff", 16).to_bytes(1, "big"))
