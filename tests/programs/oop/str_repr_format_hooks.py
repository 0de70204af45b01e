class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        return format(str(self), spec)
m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m}, f"{m}", f"{m!r}", f"{m:short}", f"{m:>15}|")
print("%s / %r" % (m, m), "{} / {!r} / {:short}".format(m, m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, [repr(o).startswith("<__main__.OnlyStr object at 0x")])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
class Base:
    def __repr__(self):
        return f"{type(self).__name__}()"
class Derived(Base):
    pass
print(Derived(), [Base(), Derived()])
class Fmt:
    def __format__(self, spec):
        return 5
try:
    f"{Fmt()}"
except TypeError as e:
    print(e)
