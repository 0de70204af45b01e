def f(x):
    try:
        if x == 0:
            return 'zero'
        if x == 1:
            raise ValueError('one')
        return 'other'
    except ValueError as e:
        return 'caught ' + str(e)
    finally:
        print('finally for', x)
print(f(0)); print(f(1)); print(f(2))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('cleanup', i)
    return 'done'
print(h())
def k():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(k())
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
    else:
        print('no')
    finally:
        print('outer finally')
nested()
