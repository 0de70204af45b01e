def check(n):
    assert n > 0, f"n must be positive, got {n}"
check(5)
check(-2)
