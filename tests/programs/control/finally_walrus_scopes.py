def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        raise ValueError
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('fin', i)
    return i
print(h())
print([y := 5, y ** 2], [z for x in range(3) if (z := x * 2) > 1], z)
def scope():
    total = 0
    [total := total + v for v in range(4)]
    return total
print(scope())
from contextlib import contextmanager
