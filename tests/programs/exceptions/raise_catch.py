def check(x):
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x
for v in [1, -1]:
    try:
        print(check(v))
    except ValueError as e:
        print('caught', e, repr(e), e.args)
try:
    raise KeyError('k')
except LookupError as e:
    print(type(e).__name__, e)
try:
    [][1]
except (TypeError, IndexError) as e:
    print('tuple catch', e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
try:
    try:
        raise RuntimeError('inner')
    except RuntimeError:
        raise
except RuntimeError as e:
    print('reraised', e)
