# list.sort takes only the keywords key and reverse: the errors for the rest.
for a, k in [((1,), {}), ((1, 2, 3), {}), ((), {"key": None, "reverse": True, "x": 1}), ((1,), {"key": None, "reverse": 1}), ((), {"bad": 1})]:
    try: [3, 1].sort(*a, **k); print("ok")
    except TypeError as e: print(e)
