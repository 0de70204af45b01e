def risky(values):
    return values[10]

def wrapper():
    try:
        risky([1, 2, 3])
    except IndexError:
        print("noting the failure")
        raise

wrapper()
