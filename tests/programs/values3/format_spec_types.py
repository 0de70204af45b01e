from fractions import Fraction
from decimal import Decimal
for e in ['format(Fraction(1, 3), ".2f")', 'format(Fraction(1, 3))', 'f"{Fraction(1, 3)!s:>6}"', 'format(1+2j, "05")', 'format(1+2j, "=10")', 'format(1+2j, "%")', 'format(1+2j, "n")', 'format(1+2j, "10.3g")', 'format(complex(1e20, -1e-20))', 'format(Decimal("1.2345"), ".2f")', 'format(Decimal("1234.5"), ",")', 'f"{Decimal(\'0.1\'):%}"',
 'format(2**100, "n")', 'format(-0.0, "n")', 'format(1234.5, ".6n")', 'format(True, "f")', 'format(3, ".1f")', 'format(3, "e")', 'format(10**30, "f")', 'format(10**400, "e")', 'format(10**400, "f")[:5]', 'format(3, "%")',
 'format("x", "<5.0")', 'format("abc", ".0")', 'format("abc", "=5")', 'format("abc", "+")', 'format("abc", "#")', 'format("abc", ",")', 'format("abc", "05")', 'format(1.5, "_n")', 'format(7, ",b")', 'format(7, "_o")', 'format(1.5, ",g")', 'format(12, "#_x")', 'format(12345, "_x")', 'format(-12345.5, " ,.1f")', 'format(5, "z")', 'format(-0.0, "z.1f")', 'format(-0.01, "z.1f")']:
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, type(ex).__name__, ex)
