# pickle: the library's types as CPython pickles them (range, slice, datetime, Decimal, Fraction, deque, OrderedDict, defaultdict, Counter, namedtuple, dataclass, enum, exceptions)
import pickle, collections, datetime, decimal, fractions, enum, dataclasses
class E(enum.Enum):
    A = 1
class F(enum.IntFlag):
    X = 1
P = collections.namedtuple('P', 'x y')
@dataclasses.dataclass
class D:
    x: int
vals = [range(1,10,2), slice(1,2,3), datetime.date(2020,1,2), datetime.datetime(2020,1,2,3,4,5,6), datetime.timedelta(1,2,3), datetime.time(1,2,3),
        decimal.Decimal('1.5'), fractions.Fraction(1,3), collections.deque([1,2],5), collections.deque([3]), collections.OrderedDict(a=1), collections.defaultdict(list, a=[1]),
        collections.Counter('aab'), P(1,2), D(3), E.A, F.X, ValueError('x'), OSError(2, 'no')]
for v in vals:
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(v, p)
            print(p, d)
            print('  ', repr(pickle.loads(d)))
        except Exception as e:
            print(p, type(e).__name__, e)
import copy
tz = datetime.timezone(datetime.timedelta(hours=2), 'X')
for v in [datetime.datetime(2020,1,2,3,4,5,6, tzinfo=tz, fold=1), datetime.time(23,4,5,999999, fold=1), datetime.time(1, tzinfo=datetime.timezone.utc), datetime.date(9999,12,31)]:
    for p in (0, 2, 3, 4, 5):
        d = pickle.dumps(v, p); print(p, d); r = pickle.loads(d); print(repr(r), r.fold if hasattr(r, 'fold') else '')
    print(repr(copy.deepcopy(v)), repr(copy.copy(v)))
