import functools
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) >= K(4), K(5) > K(4), min([4, 2, 8], key=K))
for e in ['K(1) < 2', 'K(1) == 1', '2 > K(1)', 'K(1) >= None', 'hash(K(1))']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
