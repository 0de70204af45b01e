counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 10
        return n
    bump(); bump()
    return n
print(outer())
def make():
    x = 'enclosing'
    def show():
        return x
    x = 'changed'
    return show
print(make()())
