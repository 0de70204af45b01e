def hypotenuse(a, b):
    square = a * a + b * b
    return square ** 0.5

print(hypotenuse(3, 4))
