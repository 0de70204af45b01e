def left_to_right(x):
    return x * 7 * 86400

def grouped(x):
    return x * (7 * 86400)

def too_big():
    return 2 ** 200
