def risky(n):
    try:
        v = 10 / n
    except ZeroDivisionError:
        raise ValueError(f"bad n: {n}")
    else:
        return v

print(risky(2))
risky(0)
