def a():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][3]
        except IndexError as e:
            raise KeyError("deep") from None

def b():
    try:
        a()
    except KeyError:
        raise TypeError("outer")

b()
