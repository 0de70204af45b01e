# secrets, timeit and random.SystemRandom (the properties of their results)
import secrets, timeit, random
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", len(secrets.token_urlsafe(16)), secrets.compare_digest("a", "a"))
t = timeit.timeit("sum(range(100))", number=100); print(t >= 0, type(t).__name__)
print(len(timeit.repeat("x = 1", repeat=3, number=10)), timeit.Timer(lambda: None).timeit(5) >= 0)
r = random.SystemRandom(); print(0 <= r.random() < 1, 1 <= r.randint(1, 6) <= 6)
