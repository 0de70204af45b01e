# f-strings whose format specs are themselves built from expressions
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
width = 10
prec = 2
for name, price, qty in items:
    print(f"|{name:<{width}}|{price:>{width}.{prec}f}|{qty:^{width // 2}}|")
align = "^"
fill = "*"
print(f"{'mid':{fill}{align}{width}}")
print(f"{3.14159:{'.3'}{'f'}}")
print(f"{12345678:,}", f"{12345678:_}", f"{0.5:.1%}", f"{255:#x}", f"{255:#o}", f"{255:#b}")
print(f"{-42:+08d}", f"{42: d}", f"{42:=+8}", f"{-3.5:=10.2f}")
print(f"{'x'!r:>6}", f"{'é'!a}", f"{3!s:>3}")
value = 7
print(f"{value=}", f"{value * 2 = }", f"{value=:>5}", f"{'s'=!r}")
print(f"{{literal}} {value}")
print(f"{1e20:,.2f}", f"{-0.0:+}", f"{1234.5:_.3e}")
print(f"{'abc':.{2}}", f"{3.0:g}", f"{1e-5:g}", f"{1e16:g}", f"{123456789.0:.3g}")
nested = {"a": [1, 2, {"b": "deep"}]}
print(f"{nested['a'][2]['b']:>8}")
print(f"{'%'}{5}")
for w in range(3, 7):
    print(f"[{w:{w}}]")
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:,s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'x':=5}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{1:{'<<'}5}")
except ValueError as e:
    print("ValueError:", e)
