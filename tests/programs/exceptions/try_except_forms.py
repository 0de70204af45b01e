def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        elif x == 1:
            raise TypeError('one')
        elif x == 2:
            return 1 / 0
        elif x == 3:
            raise KeyError(x)
    except (ValueError, TypeError) as e:
        print('multi', type(e).__name__, e)
    except ZeroDivisionError:
        print('zde')
    except Exception as e:
        print('generic', repr(e))
    else:
        print('else', x)
    finally:
        print('finally', x)
for i in range(5):
    f(i)
try:
    try:
        raise ValueError('inner')
    except TypeError:
        print('wrong')
except ValueError as e:
    print('outer got', e)
e = None
try:
    raise RuntimeError('x')
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def g():
    try:
        raise ValueError
    except ValueError:
        raise
try:
    g()
except ValueError as e:
    print('reraised', repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
