def f():
    try:
        raise ValueError('a')
    except ValueError as e:
        raise TypeError('b') from e
excs = []
try:
    f()
except TypeError as e:
    excs.append(e)
try:
    raise ExceptionGroup('eg', excs + [KeyError('k')])
except* KeyError:
    print('handled key')
