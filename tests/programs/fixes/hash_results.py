# What hash() makes of the value a __hash__ method returns: an int that
# fits a machine word is kept as it is (so that returning hash(y) hashes as
# y), a larger one is reduced as int's hash reduces it, -1 becomes -2, and
# what is not an int is refused.


class H:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __repr__(self):
        return 'H(%r)' % (self.value,)


class MyInt(int):
    pass


results = [
    0, 1, -1, -2, 42, -42,
    2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, 2**62, -(2**62),
    2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, -(2**64) + 5,
    10**30, -(10**30), 3**200, -(7**150),
    True, False, MyInt(2**62), MyInt(-1), MyInt(10**25),
]
for value in results:
    print(repr(value)[:30], hash(H(value)))

# returning the hash of another object hashes as that object
for other in ['text', 2.5, (1, 2), 10**40, -1, None.__class__]:
    print(hash(H(hash(other))) == hash(other))

# equal objects whose hashes agree meet in sets and dicts
keys = {H(2**62): 'a', H(-(2**63)): 'b'}
print(sorted(hash(k) for k in keys))
print(hash(H(2**62)) in {hash(k) for k in keys})

for bad in [1.0, None, 'x', 2**62 + 0.5, [1], (1,)]:
    try:
        hash(H(bad))
    except TypeError as e:
        print(type(bad).__name__, 'TypeError:', e)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError:', e)


class Raises:
    def __hash__(self):
        raise ValueError('no hash today')


try:
    {Raises(): 1}
except ValueError as e:
    print('ValueError:', e)
