class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount = amount
        self.cur = cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.cur[0]}"
        if spec == "":
            return str(self)
        return format(self.amount, spec) + " " + self.cur

m = Money(12.5)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>10.1f}")
print("{}|{!r}|{:short}".format(m, m, m))
print("%s %r" % (m, m))
print(format(m, "08.3f"))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", "%s" % o)

class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, [s][0].__str__(), repr(s).startswith("<__main__.OnlyStr object at 0x"))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
plain = Plain()
print(format(plain, "") == str(plain))
try:
    f"{OnlyRepr():>5}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class Sub(str):
    def __str__(self):
        return "sub-str"
    def __repr__(self):
        return "sub-repr"
x = Sub("raw")
print(x, str(x), repr(x), f"{x}", "%s" % x, x + "!")
