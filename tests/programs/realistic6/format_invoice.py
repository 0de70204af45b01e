# An invoice printer built on string formatting: int/float/percent/exponent specs, nested width/precision fields, !r/!s/!a, __format__ on own classes, datetime and Decimal specs, format_map and str.format_map with a __missing__ dict.
from datetime import date
from decimal import Decimal, ROUND_HALF_UP
import string


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __format__(self, spec):
        # spec: [symbol|code][width]; e.g. "s12" -> "€ 1.234,50" style right-aligned
        style, width = (spec[:1], spec[1:]) if spec[:1] in ("s", "c") else ("c", spec)
        units, cents = divmod(abs(self.cents), 100)
        body = f"{units:,}.{cents:02d}".replace(",", "_").replace(".", ",").replace("_", ".")
        sign = "-" if self.cents < 0 else ""
        text = f"{sign}{'€' if style == 's' else self.currency} {body}"
        return format(text, f">{width}") if width else text

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return format(self, "")

    def __add__(self, other):
        return Money(self.cents + other.cents, self.currency)

    def __mul__(self, k):
        return Money(int((Decimal(self.cents) * Decimal(str(k))).quantize(0, ROUND_HALF_UP)), self.currency)


class Sku:
    def __init__(self, code):
        self.code = code

    def __format__(self, spec):
        # "short:SPEC" formats only the family prefix, with SPEC.
        if spec.startswith("short"):
            return format(self.code.split("-")[0], spec[6:])
        return format(self.code, spec)

    def __repr__(self):
        return f"Sku('{self.code}')"


LINES = [
    (Sku("BK-1042"), "Python für Anfänger", 2, Money(2999), 0.07),
    (Sku("PN-7"), "Füller «Classic»", 1, Money(12450), 0.19),
    (Sku("PP-500-A4"), "Paper, 500 sheets", 10, Money(549), 0.19),
    (Sku("GC-25"), "Gift card", 1, Money(2500), 0.0),
]

W = {"desc": 22, "qty": 4, "money": 13}
print(f"{'INVOICE':=^{sum(W.values()) + 18}}")
print(f"{'Date:':<8}{date(2024, 3, 5):%d %b %Y}   {'No.':>6} {42:06d}")
print(f"{'sku':<6} {'description':<{W['desc']}} {'qty':>{W['qty']}} {'price':>{W['money']}} {'vat':>5}")
net = Money(0)
vat_by_rate = {}
for sku, desc, qty, price, rate in LINES:
    total = price * qty
    net = net + total
    vat_by_rate[rate] = vat_by_rate.get(rate, Money(0)) + total * rate
    print(f"{sku:short:<6} {desc:<{W['desc']}.{W['desc']}} {qty:>{W['qty']}d} {total:c{W['money']}} {rate:>5.0%}")
print("-" * (sum(W.values()) + 18))
print(f"{'net':>{W['desc'] + 12}} {net:s{W['money']}}")
for rate, vat in sorted(vat_by_rate.items()):
    if rate:
        print(f"{f'VAT {rate:.0%}':>{W['desc'] + 12}} {vat:s{W['money']}}")
gross = net + sum(vat_by_rate.values(), Money(0))
print(f"{'gross':>{W['desc'] + 12}} {gross:s{W['money']}}")
print(repr(gross), str(gross), f"{gross!s:>20}|{gross!r:^24}|")

# Conversions: !a escapes non-ASCII, !r quotes.
for _, desc, *_ in LINES[:2]:
    print(f"{desc!a} {desc!r:.12} {ascii(desc)[1:-1]:>30}")

# The integer mini-language.
n = 1234567
print(f"{n:,} {n:_} {n:_x} {n:#x} {n:#o} {n:#b} {n:+} {-n: } {n:e} {n:>+12,}")
print(f"{255:08b} {255:#010x} {255:X} {-255:#X} {65:c} {n:n} {0:#x} {10**20:,}")
print(f"{-42:=+8} {42:*^9} {42:<5}| {True:d} {False:>5} {3:%}")
# Floats: fixed, general, exponent, percent, alignment and sign handling.
values = [0.0, -0.0, 1.5, 2.5, 1234.5678, 1e-7, 1e21, float("inf"), float("nan"), 2 / 3]
for v in values:
    print(f"{v!r:>22} {v:10.3f} {v:10.3g} {v:12.3e} {v:9.1%} {v:g} {v:+.2f} {v:#.0f}")
print(f"{3.14159:{'>'}{12}.{3}f}|{2.5:^10.0f}|{3.5:.0f}|{0.125:.2f}|{1e16:.0f}|{123.456:,.2f}")
print(format(1 / 3, ".17g"), format(2 ** 0.5, ".30f"), format(1e300 * 10, ""), format(12.0, "n"))

# Decimal formatting keeps exact digits.
for d in (Decimal("1234.5"), Decimal("-0.005"), Decimal("1E+3"), Decimal("3.14159")):
    print(f"{d} {d:.2f} {d:>12,.3f} {d:e} {d:%}")

# format_map with a default for missing keys, and string.Formatter parsing.
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"


template = "Dear {title} {name}, your order {order[id]:>05} of {order[items]} items ships {when}."
print(template.format_map(Defaults(name="Ada", order={"id": 17, "items": 3})))
print(list(string.Formatter().parse("a{0!r:>{w}}b{{c}}{x.y[0]}")))
print("{0}{1}{0}".format("ab", "-"), "{:{}{}}".format("x", "^", 5), "{!r:}".format("q"))
for bad in ("{0:d}".format, "{:.2f}".format, "{:,s}".format, "{} {}".format):
    try:
        print(bad("text"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(f"{Money(5):x20}")
except ValueError as e:
    print("ValueError:", e)
print("%-6s|%6.2f|%+d|%x|%r|%%|%(k)s" % ("ab", 3.14159, 5, 255, "q", ) if False else
      "%-6s|%6.2f|%+d|%x|%r|%%" % ("ab", 3.14159, 5, 255, "q"), "%(k)s=%(v)05.1f" % {"k": "pi", "v": 3.14159})
