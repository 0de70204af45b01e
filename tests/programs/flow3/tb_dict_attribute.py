x = {"a": 1}
x.a
