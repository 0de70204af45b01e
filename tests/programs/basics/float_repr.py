vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 123.456, 1e15, 1e16, 1e-4, 1e-5, 9007199254740993.0, 0.1 + 0.7, 3.0, -1.5, 4.35, 100.0 / 3]
for v in vals:
    print(repr(v), str(v), v.__repr__())
print(float('1_000.5'), float('  3  '), float('-inf'), float('InFiNiTy'), float('nan') != float('nan'), float(True))
for bad in ['abc', '', '1.2.3', '1e', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 > 1e308)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
