def safe(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(safe(lambda: [1 / x for x in [1, 0]]))
print(safe(lambda: {x: y for x, y in [(1, 2), (3,)]}))
print(safe(lambda: [undefined_name for _ in range(1)]))
print(safe(lambda: {[]: 1 for _ in range(1)}))
print(safe(lambda: {x for x in [[1]]}))
print(safe(lambda: [x for x in None]))
print(safe(lambda: [x.upper() for x in ["a", 1]]))
class K:
    vals = [1, 2]
    try:
        doubled = [v * 2 for v in vals]
    except NameError as e:
        doubled = str(e)
    try:
        crossed = [v * w for v in vals for w in vals]
    except NameError as e:
        crossed = str(e)
print(K.doubled, K.crossed)
