# re, fractions, csv: small API corners (re.Pattern[str], Match.regs, copying patterns and matches, Fraction.real/imag/conjugate, csv.DictReader not subscriptable in 3.11).
import csv, re, copy, fractions
for e in ['csv.DictReader[str]', 'csv.DictWriter[str]', 're.Pattern[str]', 're.Match[bytes]']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
m = re.match('(a)(b)?', 'a')
p = re.compile('x')
print(m.regs, copy.copy(p) is p, copy.deepcopy(m) is m, copy.copy(m) is m)
f = fractions.Fraction(3, 4)
print(f.real, f.imag, f.conjugate(), type(f.imag), type(f.real), fractions.Fraction(-1, 3).conjugate())
