"""numbers: the numeric tower of abstract base classes, as documented for
CPython's numbers module.

    Number > Complex > Real > Rational > Integral

Each level lists the operations its numbers support.  Most are abstract
(a concrete class must define them); a few follow from the others and
are given here (Real.__divmod__ from // and %, Integral.__index__ from
int(), ...).  complex, float and int are registered at their levels, so
isinstance(3, numbers.Integral) is true; fractions.Fraction is a
Rational and decimal.Decimal a Number by their own declarations."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(owner, table):
    """The abstract methods of class owner, from a table of lines
    'name  what it means'; a name in brackets is a property."""
    methods = {}
    for line in table.strip().splitlines():
        name, meaning = line.split(None, 1)
        is_property = name.startswith("[")
        name = name.strip("[]")

        def operation(self, *operands):
            raise NotImplementedError

        operation.__name__ = name
        operation.__qualname__ = owner + "." + name
        operation.__doc__ = meaning
        operation = abstractmethod(operation)
        methods[name] = property(operation) if is_property else operation
    return methods


class Number(metaclass=ABCMeta):
    """All numbers.  Whether a number is hashable is up to its class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with + - * / **, abs(), real and imag parts, conjugate()."""
    __slots__ = ()
    locals().update(_abstract("Complex", """
        __complex__   complex(self)
        [real]        the real part
        [imag]        the imaginary part
        __add__       self + other
        __radd__      other + self
        __neg__       -self
        __pos__       +self
        __mul__       self * other
        __rmul__      other * self
        __truediv__   self / other
        __rtruediv__  other / self
        __pow__       self ** exponent
        __rpow__      base ** self
        __abs__       abs(self), a Real
        conjugate     the complex conjugate
        __eq__        self == other
    """))

    def __bool__(self):
        """A number is true unless it equals zero."""
        return self != 0

    def __sub__(self, other):
        """self - other, as self + (-other)."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as (-self) + other."""
        return -self + other


class Real(Complex):
    """Ordered numbers: < <= // % divmod() round() math.floor/ceil/trunc,
    float()."""
    __slots__ = ()
    locals().update(_abstract("Real", """
        __float__     float(self)
        __trunc__     math.trunc(self), an Integral
        __floor__     math.floor(self), an Integral
        __ceil__      math.ceil(self), an Integral
        __round__     round(self, ndigits=None)
        __floordiv__  self // other
        __rfloordiv__ other // self
        __mod__       self % other
        __rmod__      other % self
        __lt__        self < other
        __le__        self <= other
    """))

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return self // other, self % other

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return other // self, other % self

    # a real number is a complex number whose imaginary part is 0
    real = property(lambda self: +self, doc="The number itself.")
    imag = property(lambda self: 0, doc="0: a real number has none.")

    def conjugate(self):
        """The number itself: it is its own conjugate."""
        return +self

    def __complex__(self):
        return complex(float(self), 0)


class Rational(Real):
    """Numbers with a numerator and a denominator (in lowest terms)."""
    __slots__ = ()
    locals().update(_abstract("Rational", """
        [numerator]   the numerator, in lowest terms
        [denominator] the denominator, positive, in lowest terms
    """))

    def __float__(self):
        """The quotient numerator / denominator, as true division of ints
        rounds it (correctly, without overflowing)."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: int(), operator.index(), the shifts and bit operations."""
    __slots__ = ()
    locals().update(_abstract("Integral", """
        __int__       int(self)
        __pow__       self ** exponent, or pow(self, exponent, modulus)
        __lshift__    self << other
        __rlshift__   other << self
        __rshift__    self >> other
        __rrshift__   other >> self
        __and__       self & other
        __rand__      other & self
        __xor__       self ^ other
        __rxor__      other ^ self
        __or__        self | other
        __ror__       other | self
        __invert__    ~self
    """))

    # an integer is the fraction int(self) / 1
    numerator = property(lambda self: +self, doc="The integer itself.")
    denominator = property(lambda self: 1, doc="1.")

    def __float__(self):
        return float(int(self))

    def __index__(self):
        """operator.index(self): the integer as an int."""
        return int(self)


Complex.register(complex)
Real.register(float)
Integral.register(int)
