# CPython's errors for wrong arguments to pow, sort/sorted's reverse, complex
for a in [(2.0, 3, 4), (2, 3.0, 4), (2, 3, 4.0), (2j, 3, 4), (2, 3, 4j), (2, 3, 0)]:
    try: print(pow(*a))
    except Exception as e: print(type(e).__name__, e)
for rev in ["x", None, 1.5, 2 ** 70, 2, 0, True]:
    try: print(sorted([3, 1, 2], reverse=rev), end=" ")
    except Exception as e: print(type(e).__name__, e, end=" ")
    try:
        l = [3, 1, 2]; l.sort(reverse=rev); print(l)
    except Exception as e: print(type(e).__name__, e)
for args in [(1, "a"), (1, []), ("1", 2), ([], 1)]:
    try: print(complex(*args))
    except Exception as e: print(type(e).__name__, e)
