print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False), type(True & 1))
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "05"))
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(None), bool(range(0)))
print(bool(1), bool(-0.1), bool(" "), bool([0]), bool((None,)), bool(range(1)))
print(True == 1, True == 1.0, False == 0, True is 1 == 1, hash(True), hash(False))
print({True: "a", 1: "b", 1.0: "c"})
print({0, False, 0.0}, {1, True})
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(int(True), float(False), str(True).upper(), bool("False"))
print(True.real, True.imag, True.numerator, True.bit_length())
print(isinstance(False, int), bool.__mro__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
class Truthy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Truthy()), bool(Sized()), bool(Neither()), not Truthy())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
print(True and "x", False or [], None or 0 or "last", 1 and 2 and 3)
