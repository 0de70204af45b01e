class Key:
    def __init__(self, name, version):
        self.name, self.version = name, version

    def __eq__(self, other):
        print(f"  eq({self.name}, {getattr(other, 'name', other)})")
        return isinstance(other, Key) and (self.name, self.version) == (other.name, other.version)

    def __hash__(self):
        return hash(self.name) & 0 | len(self.name)

    def __repr__(self):
        return f"Key({self.name!r}, {self.version})"


print("building set")
keys = {Key("ab", 1), Key("cd", 1), Key("ab", 2)}
print(len(keys))
print("membership")
print(Key("ab", 2) in keys, Key("zz", 9) in keys)
d = {Key("x", 1): "first"}
print("update same key")
d[Key("x", 1)] = "second"
print(d)
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float", True: "bool"})
print({0: "a", False: "b", 0.0: "c"}, {-1, -2, -1.0}, {2**61 - 1, 0}, hash(-1), hash(-2))


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, NoHash() == 5, [NoHash()].count(7), 7 in [NoHash()])


class Same:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Same)


print(len({Same(), Same(), 1, 1.0, True}), {Same(): 1}[Same()])
