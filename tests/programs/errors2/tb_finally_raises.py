# an IndexError in a finally block that runs while ZeroDivisionError propagates
def f():
    try:
        return 1 / 0
    finally:
        print('finally runs')
        [].pop()
f()
