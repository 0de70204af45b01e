def squares(n):
    return [i * i for i in range(n) if i % 2]
