# float.hex and float.fromhex round-trip every float, subnormals included.
import sys
values = [5e-324, 1e-320, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, -1e-315,
          sys.float_info.min, sys.float_info.max, 1.0, 0.1, -2.5, 1e308, 0.0, -0.0, 123.456]
for v in values:
    h = v.hex()
    print(f"{v!r:>24} {h:>24} {float.fromhex(h) == v}")
x = 1.0
steps = 0
while x > 0:
    x /= 1024
    steps += 1
    if steps % 15 == 0:
        print(steps, x.hex())
print(steps, (5e-324).hex(), float.fromhex("0x0.0000000000001p-1022"), float.fromhex("0x1p-1075"))
