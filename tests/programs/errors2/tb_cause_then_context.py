# a cause chain (from e) inside a context chain: both separators in one traceback
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('v') from e
except ValueError as e2:
    raise KeyError('k')
