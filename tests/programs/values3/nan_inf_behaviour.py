import math
nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 0, nan > 0, nan is nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan), nan in {nan})
x = float("nan")
print(x in [nan], x == x, math.isnan(x), sorted([3, nan, 1]), min(nan, 1), min(1, nan), max([2, nan, 1]), sum([1, nan]))
print(inf > 10**308, -inf < -10**308, inf == inf, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf, inf + 1 == inf, math.isinf(-inf))
print(int(1e308) > 10**307, 2 ** 1023 * 2.0, float(2**1023) * 2, math.ldexp(1, 1024) if False else "ok", 1e308 + 1e308)
print(repr(nan), str(-inf), f"{nan:f}", f"{inf:e}", f"{-inf:10.2f}", f"{nan:>6}", "%f %e %g" % (nan, inf, -inf), format(nan, "%"), hash(inf))
print(math.floor(1.5), math.isfinite(nan), math.copysign(1, nan) in (1.0, -1.0), abs(-nan) != abs(-nan), float("-nan") != 0)
for e in ['int(nan)', 'int(inf)', 'round(inf)', 'math.floor(nan)', 'math.ceil(-inf)', 'divmod(inf, 1)', 'inf % 1', '1 % inf', 'math.fmod(inf, 1)', 'nan.as_integer_ratio()', 'inf.as_integer_ratio()', 'math.trunc(inf)']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
