def fetch(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}") from None

print(fetch("a"))
try:
    fetch("b")
except ValueError as e:
    print("caught:", e, e.__cause__, e.__suppress_context__)
fetch("c")
