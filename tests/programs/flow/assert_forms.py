def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(3))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0])

def invariant(items):
    assert all(isinstance(i, int) for i in items), "all ints"
    assert len(items) < 5, len(items)
    return sum(items)
print(invariant([1, 2]))
for bad in ([1, "x"], [1, 2, 3, 4, 5]):
    try:
        invariant(bad)
    except AssertionError as e:
        print("failed:", e)
assert True
print("done")
