# hashlib (md5, sha1, sha2 family) over block boundaries, copy(), hmac, pbkdf2_hmac
import hashlib, hmac
for data in [b"", b"abc", b"hello world", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 200, "é".encode()]:
    print(len(data), [hashlib.new(n, data).hexdigest() for n in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")])
h = hashlib.sha256(); h.update(b"hello "); h2 = h.copy(); h.update(b"world"); print(h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, h.name, hashlib.md5(b"x").digest())
try: hashlib.sha256("str")
except TypeError as e: print(e)
try: hashlib.new("nope")
except ValueError as e: print(e)
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.new(b"k" * 100, b"m", hashlib.sha1).hexdigest(), hmac.compare_digest("abc", "abc"), hmac.digest(b"k", b"m", "md5").hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())
