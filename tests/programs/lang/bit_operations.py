flags = {"READ": 1 << 0, "WRITE": 1 << 1, "EXEC": 1 << 2, "ADMIN": 1 << 7}

def describe(mask):
    names = [name for name, bit in flags.items() if mask & bit]
    return "|".join(names) or "NONE"

perms = flags["READ"] | flags["WRITE"]
print(perms, bin(perms), describe(perms), describe(perms ^ flags["WRITE"]), describe(perms & ~flags["READ"]))
print(describe(0), describe(0xFF), f"{0xFF:#010b}", f"{perms:08b}", hex(0xFF & ~flags["ADMIN"]))
for n in [0, 1, 5, 255, 256, -1, -8, 2**64 - 1, -(2**70)]:
    print(f"{n:>22} bits={n.bit_length():>3} ones={n.bit_count():>3} >>3={n >> 3:>22} <<2={n << 2}")
print(-1 & 0xFF, -256 | 1, ~0, ~-1, 6 ^ 3, -6 ^ 3, 1 << 100 >> 99, (1 << 64) - 1 & 0xFFFF0000FFFF0000)
def popcount_table(limit):
    return [bin(i).count("1") for i in range(limit)]
print(popcount_table(16), sum(popcount_table(256)))
def gray(n):
    return n ^ (n >> 1)
print([f"{gray(i):04b}" for i in range(8)])
x = 0b1011_0110
print(x, int("1011_0110", 2), int("0b1011_0110", 0), oct(x), f"{x:o}", f"{x:x}", f"{x:X}", f"{x:_b}")
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
