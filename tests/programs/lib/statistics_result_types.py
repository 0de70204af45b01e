# statistics: the type of an exact result (int data giving an int or a float, Fractions, Decimals rounded by the context, an int subclass, NaN and infinity kept) and fmean over sized data, iterators and generators, with weights, and its errors in CPython's order; compared with python3.
import decimal
import statistics as st
from decimal import Decimal
from fractions import Fraction

class Count(int):
    pass

def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for data in ([1, 3], [1, 2], [True, False, True], [Count(2), Count(4)], [Count(1), Count(2)],
             [Fraction(1, 3), Fraction(1, 6)], [Decimal('1'), Decimal('2'), Decimal('2')],
             [Decimal('1.5'), Decimal('NaN')], [float('inf'), 1.0], [2.5, 3], [Fraction(1, 2), 1]):
    show('mean', st.mean, data)
    show('median', st.median, data)
    show('harmonic_mean', st.harmonic_mean, data)
    show('variance', st.variance, data)
    if all(x == x for x in data):     # (a NaN in fmean is math.fsum's to handle: left out here)
        show('fmean', st.fmean, data)
with decimal.localcontext() as ctx:
    ctx.prec = 5
    show('mean prec 5', st.mean, [Decimal(1), Decimal(2), Decimal(2)])
    show('pvariance prec 5', st.pvariance, [Decimal(1), Decimal(2), Decimal(2)])

show('fmean iterator', st.fmean, iter([1, 2, 4]))
show('fmean generator', st.fmean, (x * x for x in range(5)))
show('fmean map', st.fmean, map(float, '123'))
show('fmean empty', st.fmean, [])
show('fmean empty iterator', st.fmean, iter(()))
show('fmean weights', st.fmean, [1, 2, 3], [3, 2, 1])
show('fmean weights iterators', st.fmean, iter([1, 2, 3]), iter([0.5, 0.25, 0.25]))
show('fmean weights short', st.fmean, [1, 2, 3], [1, 2])
show('fmean weights long', st.fmean, iter([1, 2]), [1, 2, 3])
show('fmean weights zero', st.fmean, [1, 2], [1, -1])
show('fmean bad value', st.fmean, ['a'], [1, 2])
show('fmean bad weight', st.fmean, [1, 2], [1])
show('fmean strings', st.fmean, ['a', 'b'])
show('geometric_mean', st.geometric_mean, iter([2, 8]))
show('geometric_mean empty', st.geometric_mean, [])
