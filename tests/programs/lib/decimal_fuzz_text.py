# decimal: parsing, repr/str/eng, format() with many specs (specials padded with spaces, zeros in e-format, no # or _), conversions, round, hashing, the operators and comparisons with Decimals, ints, floats and Fractions; compared with python3.
import random
from decimal import *
from fractions import Fraction
random.seed(33)
def rnd():
    k = random.random()
    if k < 0.05: return random.choice(['NaN', 'Infinity', '-Infinity', '-0', '0E-5', '0', '-NaN123', 'sNaN', 'inf', '-INF', 'nan'])
    digits = str(random.randint(0, 10 ** random.randint(1, 22)))
    if random.random() < 0.5:
        p = random.randint(0, len(digits))
        digits = digits[:p] + '.' + digits[p:]
    return random.choice(['', '-', '+']) + digits + random.choice(['', 'E' + str(random.randint(-30, 30)), 'e+3', 'e-7'])
specs = ['', 'f', '.0f', '.3f', 'e', '.0e', '.3E', 'g', '.1g', '.5G', '%', '.2%', ',', ',.2f', '_.3f', '+', ' .4', '>15.3f', '<12', '^14.2e', '=+12.1f', '012.3f', '#.0f', '#g', 'n', '.3n', 'F', '010,.2f', '*^20.3g']
for trial in range(600):
    text = rnd()
    try:
        d = Decimal(text)
    except Exception as e:
        print(trial, repr(text), type(e).__name__); continue
    out = [repr(d), str(d), d.to_eng_string(), d.is_finite(), d.is_signed()]
    for spec in random.sample(specs, 4):
        try:
            out.append('%s=%s' % (spec, format(d, spec)))
        except Exception as e:
            out.append('%s=%s' % (spec, type(e).__name__))
    if d.is_finite():
        digits = random.randint(-3, 4)
        for make in [lambda: int(d), lambda: float(d), lambda: round(d), lambda: round(d, digits), lambda: hash(d) == hash(Fraction(d)),
                     lambda: d == Fraction(d), lambda: d.as_tuple(), lambda: d.normalize(), lambda: d.adjusted(), lambda: d.number_class(),
                     lambda: abs(d), lambda: -d, lambda: +d, lambda: d.copy_abs().sqrt()]:
            try:
                out.append(make())
            except Exception as e:
                out.append(type(e).__name__)
        other = Decimal(rnd())
        for op in ['+', '-', '*', '/', '//', '%', '<', '<=', '==', '!=', '>', '>=']:
            try:
                out.append('%s %s' % (op, eval('d %s other' % op)))
            except Exception as e:
                out.append('%s %s' % (op, type(e).__name__))
        try:
            out.append(divmod(d, other))
        except Exception as e:
            out.append(type(e).__name__)
        for x in [3, 2.5, Fraction(1, 3)]:
            try:
                out.append((d + x if not isinstance(x, Fraction) else d == x, d < x))
            except Exception as e:
                out.append(type(e).__name__)
    print(trial, repr(text), out)
