f(**d, b)
