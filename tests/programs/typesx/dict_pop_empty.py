# dict.pop on an empty dict does not hash the key (a list gives KeyError).
for d in ({}, {1: 2}):
    for k in ([1], 1, "x"):
        for args in ((k,), (k, "dflt")):
            try: print(repr(d.pop(*args)))
            except (KeyError, TypeError) as e: print(type(e).__name__, e)
