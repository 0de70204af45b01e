# secrets: the tokens' lengths and alphabets for the default and given sizes,
# and the errors for bad sizes and bounds.
import secrets
import string

URLSAFE = set(string.ascii_letters + string.digits + "-_")
for n in (None, 0, 1, 2, 3, 16, 31):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), set(h) <= set("0123456789abcdef"),
          len(u), set(u) <= URLSAFE, type(u).__name__)
print(len(secrets.token_bytes()), len(secrets.token_hex()), secrets.DEFAULT_ENTROPY)
for bad in (-1, 1.5, "3"):
    for func in (secrets.token_bytes, secrets.token_hex, secrets.token_urlsafe):
        try:
            func(bad)
        except Exception as exc:
            print(func.__name__, repr(bad), type(exc).__name__, exc)
for bound in (1, 5):
    print(bound, all(0 <= secrets.randbelow(bound) < bound for _ in range(50)))
for bound in (0, -3):
    try:
        secrets.randbelow(bound)
    except ValueError as exc:
        print("randbelow", bound, exc)
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"))
