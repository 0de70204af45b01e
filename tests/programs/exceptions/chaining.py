try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError:
        raise TypeError('during handling')
except TypeError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    try:
        raise OSError('a')
    except OSError:
        raise ValueError('b') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
