def pick(a, b, c):
    if a and b or not c:
        return a or b
    return c and a
