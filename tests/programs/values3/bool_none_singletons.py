print(True + 1, True & False, True | 2, True ^ True, ~True, -False, True << 3, True / True, True ** 10, divmod(True, 2))
print(repr(True), str(False), int(True), float(False), complex(True), bool(-1), bool(0j), bool(""), bool(" "), bool(()), bool((0,)))
print(type(True & True), type(True + True), type(True | False), type(~False), type(-True), isinstance(False, int), True == 1.0)
print(f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%s %d %r" % (True, True, False), format(True, "^7"), str(True).upper())
print(None is None, None == None, None != 0, repr(None), str(None), bool(None), type(None)(), [None] * 2, {None: 1}[None])
print(NotImplemented, repr(NotImplemented), ..., Ellipsis, repr(...), type(...)(), type(NotImplemented)() is NotImplemented)
print(sum([True, True, False]), max(False, True), sorted([True, False, True]), [1, 2, 3][True], "ab"[False], {True: "t"}[1])
print(all([True, 1, "x"]), any([False, 0, None]), True and "yes", False or "no", None or 0, 0 and 1/0, not None, not NotImplemented if False else 1)
for expr in ['None + 1', 'None < 1', 'None()', 'None[0]', 'len(None)', 'None.x', 'iter(None)', '... + 1', 'NotImplemented()',
             'bool(1, 2)', 'type(None)(1)', 'True.real', 'True.foo', 'int(None)', '-None', 'None in None', 'abs(None)']:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
