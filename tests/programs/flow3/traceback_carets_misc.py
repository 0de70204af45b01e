def get(d, keys):
    for k in keys:
        d = d[k]
    return d

config = {"db": {"host": "x"}}
print(get(config, ["db", "host"]))
values = [1, 2, 3]
ratio = values[0] / (values[1] - 2)
