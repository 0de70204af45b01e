# io: 1000 random sequences of read(), read(n), readline(), readline(n), tell(), seek(0) and newlines on StringIO and TextIOWrapper over random non-ASCII texts with mixed newlines, in every newline mode (the wrapper's tell() where CPython's cookie is a byte position)
import io, random
rng = random.Random(777)
alphabet = ["a", "b", "é", "—", "\n", "\r", "\r\n", " ", "x" * 5]
def text_of(n):
    return "".join(rng.choice(alphabet) for _ in range(n))
out = []
for case in range(1000):
    newline = rng.choice([None, "", "\n", "\r", "\r\n"])
    text = text_of(rng.randrange(0, 60))
    kind = rng.choice(["string", "wrapper"])
    if kind == "string":
        f = io.StringIO(text, newline=newline)
    else:
        f = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8", newline=newline)
    log = [kind, repr(newline)]
    for step in range(rng.randrange(1, 12)):
        op = rng.choice(["read", "readn", "readline", "readlinen", "tell", "seek0", "newlines"])
        if op == "read": log.append(repr(f.read()))
        elif op == "readn": log.append(repr(f.read(rng.randrange(0, 8))))
        elif op == "readline": log.append(repr(f.readline()))
        elif op == "readlinen": log.append(repr(f.readline(rng.randrange(0, 8))))
        elif op == "tell" and (kind == "string" or newline in ("\n", "\r", "\r\n")): log.append(str(f.tell()))
        elif op == "seek0": f.seek(0); log.append("seek0")
        elif op == "newlines": log.append(repr(f.newlines))
    out.append(" ".join(log))
print("\n".join(out))
