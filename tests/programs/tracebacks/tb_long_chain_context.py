def step1():
    raise KeyError("a")

def step2():
    try:
        step1()
    except KeyError:
        raise ValueError("b")

def step3():
    try:
        step2()
    except ValueError as e:
        raise TypeError("c") from e

step3()
