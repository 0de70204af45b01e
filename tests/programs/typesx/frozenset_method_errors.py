# Methods frozenset shares with set name frozenset in their errors.
for obj in ({1}, frozenset({1})):
    for name, args in [("isdisjoint", ()), ("issubset", (1, 2)), ("union", ()), ("__contains__", ()), ("copy", (1,))]:
        try: print(getattr(obj, name)(*args))
        except TypeError as e: print(e)
    try: obj.union([1], x=2)
    except TypeError as e: print(e)
