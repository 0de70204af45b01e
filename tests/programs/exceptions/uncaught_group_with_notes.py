def f():
    raise ValueError('inner')
try:
    f()
except ValueError as e:
    e.add_note('extra context')
    e.add_note('second note')
    err = e
try:
    raise err
except ValueError as e2:
    pass
print('ok')
def g():
    excs = []
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            excs.append(e)
    raise ExceptionGroup('group of two', excs + [ExceptionGroup('nested', [TypeError('t')])])
g()
