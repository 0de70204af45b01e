def f():
    total = 1
    global total
