def a():
    return b()
def b():
    return c
class X:
    y = a()
