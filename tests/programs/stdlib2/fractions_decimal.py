# fractions and decimal: construction, arithmetic, contexts, quantize, rounding modes, str/repr, errors
from fractions import Fraction as F
import decimal
from decimal import Decimal as D, localcontext, getcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero
import math

print(F(3, 4), repr(F(3, 4)), F(6, -8), F("1.25"), F(" -3/7 "), F(0.1), F("1e-3"), F(D("2.5")), F(7))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 2, F(-7, 2) % 2)
print(F(2, 3) ** 2, F(4, 9) ** F(1, 2), F(2, 3) ** -2, 2 ** F(1, 2), F(1, 2) + 0.5, F(1, 2) == 0.5, F(1, 3) < 0.34)
print(F(22, 7).limit_denominator(5), F(math.pi).limit_denominator(1000), F(1, 3).as_integer_ratio(), F(5, 2).numerator)
print(round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), math.floor(F(-5, 2)), math.ceil(F(-5, 2)), int(F(-7, 2)), float(F(1, 8)))
print(hash(F(1, 2)) == hash(0.5), F(1, 2) in {0.5}, abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)), F(3, 1).is_integer() if hasattr(F, "is_integer") else "n/a")
print(sum([F(1, n) for n in range(1, 7)]), sorted([F(1, 2), F(1, 3), 0.4]), f"{F(1, 3)}", str(F(4, 2)))
print(divmod(F(7, 2), F(2, 3)), F(1, 3) + 1j if False else "", F.from_float(0.25), F.from_decimal(D("0.125")))
for bad in ["1/0", "abc", "1.2.3"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError", e)

print(D("1.10") + D("2.20"), D("1.1") * 3, D(10) / D(4), D(1) / D(3), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"))
print(repr(D("3.14")), repr(D(0.1)), D("1e3"), D("1E+3") + 0, D("0.000001"), D("0.0000001"), D(-0.0), D("-0"), D("12345678901234567890.123"))
print(D("NaN"), D("-Infinity"), repr(D("sNaN")), D("inf") > 10, D("1.00").normalize(), D("100").normalize(), D("0.00").normalize())
print(D("2").sqrt(), D("1.23456789").quantize(D("0.01")), D("2.675").quantize(D("0.01")), D("2.665").quantize(D("0.01"), rounding=ROUND_HALF_UP))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(D(x).quantize(D("1"), rounding=mode)) for x in ["2.5", "3.5", "-2.5", "2.51", "-2.49", "1.0", "5.1", "0.1"]])
print(D("123.456").quantize(D("1e1")), D("123.456").to_integral_value(), D("-1.5").to_integral_value(), D("1.5").to_integral_value(rounding=ROUND_DOWN))
print(round(D("2.5")), round(D("3.14159"), 3), round(D("1234"), -2), int(D("-9.9")), float(D("0.1")), math.floor(D("-1.1")))
print(D("1.30").as_tuple(), D("-0.005").as_tuple(), D(5).as_integer_ratio(), D("0.75").as_integer_ratio(), D("1.5").adjusted(), D("123").adjusted())
print(D("3.0") == 3, D("0.1") == 0.1, D("0.5") == F(1, 2), hash(D("2.0")) == hash(2), D(2) < 2.5, max(D("1.5"), D("1.50")), sorted([D("2"), D("1.5"), D("-3")]))
print(D("1.5").compare(D("2")), D("-2").copy_abs(), D("2").copy_negate(), D("1").copy_sign(D("-3")), D("10").ln().quantize(D("1e-10")), D("100").log10(), D(2).exp())
print(D("12.5").is_signed(), D("-0").is_signed(), D("0").is_zero(), D("nan").is_nan(), D("inf").is_infinite(), D("1.5").is_finite())
print(f"{D('1234.5678'):,.2f}", f"{D('0.5'):.0%}", f"{D('1e10'):e}", f"{D('3.14159'):>10.3}", f"{D('-2'):+08.2f}", f"{D('1.23'):g}", format(D("12345.6789"), ".3e"))
print(D(1).max(D(2)), D(3).min(D(-1)), D("4").fma(2, 1), D(2) ** 10, D("1.1") ** 2, D(4) ** D("0.5"), pow(D(3), 4, 5))
print(D("1.2345").scaleb(2), D("0.5").next_plus(), D(10).remainder_near(D(3)), D("1E+2").to_eng_string(), D("123E+5").to_eng_string(), D("0.00001234").to_eng_string())

c = getcontext()
print(c.prec, c.rounding, c.Emax, c.Emin, c.capitals, c.clamp)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, +D("1.23456789"), ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(7))
with localcontext(prec=3, rounding=ROUND_UP) as ctx2:
    print(D(1) / D(3), D("9.999") + 0)
ctx3 = Context(prec=4, rounding=ROUND_HALF_UP)
print(ctx3.divide(D(2), D(3)), ctx3.add(D("1.2345"), D(0)), ctx3.create_decimal("3.14159"), ctx3.plus(D("2.5555")), ctx3.power(D(2), D(100)))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError))
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D(0) / D(0)
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D("1.5") + 1.5
except TypeError as e:
    print("TypeError", e)
try:
    D("1e10").quantize(D("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation", e)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / D(0), D(-1) / D(0), ctx.flags[DivisionByZero])
print(D("1.1").__repr__(), str(D("1E-7")), str(D("1E+7")), str(D("-1.2E-10")), D("0E-3"), D("0E+3"), D(123).quantize(D("1E+1")))
print(sum(D("0.1") for _ in range(10)), D("1.000") * D("2.00"), D("10.00") / D("4"), D("1") - D("1.00"), D(7) % D(-3), divmod(D(7), D(-3)))
print(decimal.Decimal.from_float(1.1), D((0, (1, 4, 1), -2)), D((1, (0,), 0)), D("  12  "), D("1_000.5"))
