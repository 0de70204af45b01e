# library classes that stand for CPython's C types are named as those in messages ('collections.deque')
import itertools, re, io, operator, functools, collections, decimal
for t in [itertools.count, itertools.chain, re.compile("a"), io.StringIO(), functools.partial(print), operator.itemgetter(1), collections.deque(), collections.defaultdict(), collections.OrderedDict(), decimal.Decimal(1)]:
    try: t.zzz
    except AttributeError as e: print(e)
try: decimal.Decimal(1) + 1.5
except TypeError as e: print(e)
try: len(collections.deque([1]).zz)
except AttributeError as e: print(e)
print(collections.deque.__name__, decimal.Decimal.__name__, type(decimal.Decimal(1)), collections.deque, collections.deque([1]))
try: collections.deque() + 1
except TypeError as e: print(e)
