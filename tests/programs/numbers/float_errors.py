import math
tries = [
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0),
    lambda: 10.0 ** 400,
    lambda: 2.0 ** 10000,
    lambda: (-8.0) ** (1 / 3),
    lambda: 0.0 ** -1,
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.exp(1000),
    lambda: int(float("inf")),
    lambda: round(float("nan")),
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 3,
    lambda: (10 ** 400) * 1.0,
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: 2 ** -1,
    lambda: (-2) ** 0.5,
    lambda: 0 ** -1,
    lambda: math.pow(0, -1),
    lambda: math.acos(2),
    lambda: math.fsum([float("inf"), -float("inf")]),
    lambda: float("1e500"),
    lambda: 1e200 * 1e200,
]
for t in tries:
    try:
        print("ok:", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
