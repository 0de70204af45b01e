for n in [0, 1, 7, 255, 256, -1, -255, 2**31 - 1, 2**64]:
    print(f"{n:>22} bin={bin(n)} oct={oct(n)} hex={hex(n)} bits={n.bit_length()} ones={n.bit_count()}")
for text, base in [("777", 8), ("ff", 16), ("FF", 16), ("1010", 2), ("zz", 36), ("0x1f", 16), ("0o17", 8), ("0b11", 2), ("  12  ", 10), ("-0b1", 0), ("1_000", 10)]:
    print(repr(text), base, int(text, base))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags ^ READ, flags & ~EXEC, format(flags, "03b"), f"{flags:#06b}")
print(1 << 10, 1024 >> 3, -16 >> 2, -1 << 3, 0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010, 0xff & -256)
x = 0b1011_0110
print([(x >> i) & 1 for i in range(8)], sum((x >> i) & 1 for i in range(8)), x.bit_count(), int("".join(reversed(f"{x:08b}")), 2))
for e in ['int("8", 8)', 'int("g", 16)', 'int("0x1f", 10)', 'int("0b2", 0)', 'int("", 2)', 'int("1", 0.5)', 'bin("1")', 'oct(1.0)', '1 << 1.0', '1 >> -1', '1 & 1.0', '~1.5']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
