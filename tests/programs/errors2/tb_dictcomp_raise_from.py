# raise ... from e inside a function called from a dict comprehension: the direct-cause chain
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'bad input {s!r}') from e
def load(items):
    return {k: parse(v) for k, v in items}
load([('a', '1'), ('b', 'x')])
