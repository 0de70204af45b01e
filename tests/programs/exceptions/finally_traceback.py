def f():
    try:
        raise ValueError('in try')
    finally:
        print('cleanup runs')
f()
