print(1 == 1.0, 1 == 1.0000001, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 == float("inf"), 10**400 < float("inf"))
print(float("nan") < 1, float("nan") > 1, float("nan") == float("nan"), 1 != float("nan"))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 < 2, 3 > 2.5, -0.0 == 0)
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(-2), hash(-1.0))
print(hash(1e100) == hash(int(1e100)), hash(float("inf")), hash(float("-inf")))
print(hash(2**61 - 1), hash(2**61 - 1.0) if False else "", hash(1.5), hash(-1.5))
d = {1: "int", 2.0: "float"}
d[1.0] = "replaced"
d[2] = "replaced too"
print(d)
print(1 in {1.0}, 2.0 in {2}, True in {1}, {1, 1.0, True}, {0.0, 0, False, -0.0})
print(sorted([3, 1.5, True, 2, 0.0, -1]), max(1, 1.0), max(1.0, 1), min(0, False))
print(complex(1, 0) == 1, 1j * 1j == -1, hash(complex(3, 0)) == hash(3))
print(3 < 4 < 5, 3 < 4 > 5, 1 < 2 == 2, (1 < 2) == 2)
try:
    1 < "2"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
try:
    1j < 2j
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] < [0])
print(1 == "1", [] == (), None == 0, {} == [])
