def a(n):
    if n == 0:
        return {}['k']
    return b(n - 1)
def b(n):
    return a(n)
a(3)
