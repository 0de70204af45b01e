import math
print((3.7).__floor__(), math.floor(-3.7), math.ceil(3.2), math.trunc(-3.7), round(3.7), round(-3.5), round(0.5), round(1.5))
print(round(3.14159, 3), round(2.675, 2), round(1.005, 2), round(12345.6789, -3), round(5.5, 0), round(-0.4))
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((7.0).is_integer(), (7.5).is_integer(), float(10**20), int(1e20), int(-2.9e15))
print(abs(-2.5), -(-0.0), 0.0 == -0.0, hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e100) == hash(int(1e100)))
print(divmod(-7.0, 2.0), 7.0 % -3, -7.0 % 3, 5.0 // -2)
print(max(1, 2.5), min(-1, -1.0), sum([0.1] * 10), 3 * 0.1, 0.1 * 3 == 0.3)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
