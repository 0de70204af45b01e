def check(value):
    if value = 3:
        return True
