counter = 0

def outer(step):
    total = 0
    def inner():
        return total + step + counter
    return inner
