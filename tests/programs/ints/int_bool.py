print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(type(True + 1), type(True & True), type(True | False), repr(True ^ False), isinstance(True, int), issubclass(bool, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(()), bool({}), bool(range(0)))
print(str(True), repr(False), int(True), float(False), hash(True), True == 1.0, {1: 'a', True: 'b', 1.0: 'c'})
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), [1, 2][True])
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(e)
class B(int): pass
try:
    class C(bool): pass
except TypeError as e:
    print(e)
