# collections.abc.Sequence's mixins walk a sequence by __getitem__ alone:
# which positions iteration, `in`, index() and count() ask for, when they
# ask for the length, and how the first IndexError ends them
from collections.abc import Sequence


class Logged(Sequence):
    """Squares below a limit; records each position asked for.  Its length
    is asked for only when wanted (and may be refused)."""

    def __init__(self, limit, length_known=True):
        self.limit = limit
        self.length_known = length_known
        self.asked = []

    def __getitem__(self, position):
        self.asked.append(position)
        if not 0 <= position < self.limit:
            raise IndexError(position)
        return position * position

    def __len__(self):
        self.asked.append('len')
        if not self.length_known:
            raise RuntimeError('no length')
        return self.limit

    def report(self, label, result):
        print(label, result, self.asked)
        self.asked.clear()


s = Logged(6)
s.report('iteration', [x for x in s])
s.report('in', 9 in s)
s.report('not in', 7 in s)
s.report('count', s.count(4))
s.report('index', s.index(16))
s.report('index from 2', s.index(16, 2))
s.report('index to 5', s.index(16, 0, 5))
s.report('index, negative start', s.index(25, -2))
s.report('index, start before the beginning', s.index(0, -100))
s.report('index, negative stop', s.index(9, 1, -2))
for args in ((16, 0, 4), (16, 5), (2,), (0, 3, 3), (36, 0, 100)):
    try:
        s.index(*args)
    except ValueError as e:
        s.report(f'index{args}', f'ValueError {e!r}')

# without a length, index with non-negative bounds still works
unsized = Logged(4, length_known=False)
unsized.report('unsized index', unsized.index(4))
unsized.report('unsized index bounded', unsized.index(9, 1, 10))
unsized.report('unsized iter', [x for x in unsized])
try:
    unsized.index(1, -1)
except RuntimeError as e:
    unsized.report('unsized index, negative start', f'RuntimeError {e}')
for bad in ((4, None, 2), (4, 'a')):
    try:
        s.index(*bad)
    except TypeError as e:
        s.report(f'index{bad}', f'TypeError {e}')
it = iter(Logged(2))
print(next(it), next(it), next(it, 'done'), list(it))
